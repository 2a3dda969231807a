package loglinear.jit.opencl;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import loglinear.jit.DeviceEvent;
import loglinear.jit.DeviceException;

/** A marker in an OpenCL queue; times come from {@code CL_PROFILING_COMMAND_END} (the queue profiles). */
final class OpenClEvent implements DeviceEvent {
    private final OpenClApi api;
    private MemorySegment event;

    OpenClEvent(OpenClApi api, MemorySegment event) {
        this.api = api;
        this.event = event;
    }

    @Override
    public float elapsedMillisSince(DeviceEvent start) {
        if (!(start instanceof OpenClEvent other)) {
            throw new IllegalArgumentException("start must be an OpenCL event, got "
                    + (start == null ? "null" : start.getClass().getSimpleName()));
        }
        long startNanos = other.endNanos();
        long endNanos = endNanos();
        return (float) ((endNanos - startNanos) / 1e6);
    }

    /** Waits for the event and returns its CL_PROFILING_COMMAND_END in device nanoseconds. */
    long endNanos() {
        if (event == null) {
            throw new IllegalArgumentException("event is closed");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment list = arena.allocate(ADDRESS);
            list.set(ADDRESS, 0, event);
            OpenClErrors.check((int) api.clWaitForEvents.invokeExact(1, list), "clWaitForEvents");
            MemorySegment value = arena.allocate(JAVA_LONG);
            OpenClErrors.check((int) api.clGetEventProfilingInfo.invokeExact(event, OpenClApi.CL_PROFILING_COMMAND_END,
                    8L, value, MemorySegment.NULL), "clGetEventProfilingInfo(CL_PROFILING_COMMAND_END)");
            return value.get(JAVA_LONG, 0);
        } catch (DeviceException | IllegalArgumentException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("OpenCL event query failed", t);
        }
    }

    @Override
    public void close() {
        if (event != null) {
            MemorySegment handle = event;
            event = null;
            try {
                int rc = (int) api.clReleaseEvent.invokeExact(handle);
                OpenClErrors.check(rc, "clReleaseEvent");
            } catch (DeviceException e) {
                throw e;
            } catch (Throwable t) {
                throw new DeviceException("clReleaseEvent failed", t);
            }
        }
    }
}
