package loglinear.jit.opencl;

import java.lang.foreign.MemorySegment;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;

/** A {@code cl_mem} buffer of one {@link OpenClDevice}. Closing releases it (again is a no-op). */
final class OpenClBuffer implements DeviceBuffer {
    private final OpenClDevice device;
    private final ElementType type;
    private final long length;
    private MemorySegment mem;

    OpenClBuffer(OpenClDevice device, ElementType type, long length, MemorySegment mem) {
        this.device = device;
        this.type = type;
        this.length = length;
        this.mem = mem;
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

    /** The cl_mem handle. */
    MemorySegment mem() {
        if (mem == null) {
            throw new IllegalArgumentException("buffer of " + length + " " + type + " elements is closed");
        }
        return mem;
    }

    boolean isOpen() {
        return mem != null;
    }

    @Override
    public void close() {
        if (mem != null) {
            MemorySegment handle = mem;
            mem = null;
            device.release(this, handle);
        }
    }
}
