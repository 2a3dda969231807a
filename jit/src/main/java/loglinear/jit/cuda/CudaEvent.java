package loglinear.jit.cuda;

import static java.lang.foreign.ValueLayout.JAVA_FLOAT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import loglinear.jit.DeviceEvent;
import loglinear.jit.DeviceException;

/** A CUDA event recorded on a device's stream (timing enabled). */
final class CudaEvent implements DeviceEvent {
    private final CudaDevice device;
    private final CudaDriverApi api;
    private MemorySegment event;

    CudaEvent(CudaDevice device, CudaDriverApi api, MemorySegment event) {
        this.device = device;
        this.api = api;
        this.event = event;
    }

    MemorySegment handle() {
        if (event == null) {
            throw new IllegalArgumentException("event is closed");
        }
        return event;
    }

    @Override
    public float elapsedMillisSince(DeviceEvent start) {
        if (!(start instanceof CudaEvent other) || other.device != device) {
            throw new IllegalArgumentException("start must be a CUDA event of the same device, got "
                    + (start == null ? "null" : start.getClass().getSimpleName()));
        }
        device.makeCurrent();
        try (Arena a = Arena.ofConfined()) {
            api.check((int) api.cuEventSynchronize.invokeExact(other.handle()), "cuEventSynchronize");
            api.check((int) api.cuEventSynchronize.invokeExact(handle()), "cuEventSynchronize");
            MemorySegment millis = a.allocate(JAVA_FLOAT);
            api.check((int) api.cuEventElapsedTime.invokeExact(millis, other.handle(), handle()),
                    "cuEventElapsedTime");
            return millis.get(JAVA_FLOAT, 0);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("CUDA event query failed", t);
        }
    }

    @Override
    public void close() {
        if (event != null) {
            MemorySegment handle = event;
            event = null;
            device.makeCurrent();
            try {
                api.check((int) api.cuEventDestroy.invokeExact(handle), "cuEventDestroy");
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new DeviceException("cuEventDestroy failed", t);
            }
        }
    }
}
