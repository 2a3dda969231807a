package loglinear.jit.cuda;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;

/** Device memory from {@code cuMemAlloc_v2} on one {@link CudaDevice}. Closing frees it (again is a no-op). */
final class CudaBuffer implements DeviceBuffer {
    private final CudaDevice device;
    private final ElementType type;
    private final long length;
    private long pointer;

    CudaBuffer(CudaDevice device, ElementType type, long length, long pointer) {
        this.device = device;
        this.type = type;
        this.length = length;
        this.pointer = pointer;
    }

    @Override
    public ElementType type() {
        return type;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public Device device() {
        return device;
    }

    /** The CUdeviceptr. */
    long pointer() {
        if (pointer == 0) {
            throw new IllegalArgumentException("buffer of " + length + " " + type + " elements is closed");
        }
        return pointer;
    }

    @Override
    public void close() {
        if (pointer != 0) {
            long p = pointer;
            pointer = 0;
            device.release(this, p);
        }
    }
}
