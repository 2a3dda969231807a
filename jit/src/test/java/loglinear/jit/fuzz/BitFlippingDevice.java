package loglinear.jit.fuzz;

import loglinear.jit.Backend;
import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceEvent;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.Range;

/** A device that behaves like {@code inner} but flips the lowest bit of one element of every int read-back. */
final class BitFlippingDevice implements Device {
    private final Device inner;
    private final int flippedIndex;

    BitFlippingDevice(Device inner, int flippedIndex) {
        this.inner = inner;
        this.flippedIndex = flippedIndex;
    }

    @Override
    public Backend backend() {
        return inner.backend();
    }

    @Override
    public String name() {
        return "bit-flipping " + inner.name();
    }

    @Override
    public String driverVersion() {
        return inner.driverVersion();
    }

    @Override
    public long totalMemoryBytes() {
        return inner.totalMemoryBytes();
    }

    @Override
    public long freeMemoryBytes() {
        return inner.freeMemoryBytes();
    }

    @Override
    public DeviceBuffer allocate(ElementType type, long length) {
        return inner.allocate(type, length);
    }

    @Override
    public void write(DeviceBuffer dst, long dstOffset, float[] src, int srcOffset, int count) {
        inner.write(dst, dstOffset, src, srcOffset, count);
    }

    @Override
    public void write(DeviceBuffer dst, long dstOffset, int[] src, int srcOffset, int count) {
        inner.write(dst, dstOffset, src, srcOffset, count);
    }

    @Override
    public void read(DeviceBuffer src, long srcOffset, float[] dst, int dstOffset, int count) {
        inner.read(src, srcOffset, dst, dstOffset, count);
    }

    @Override
    public void read(DeviceBuffer src, long srcOffset, int[] dst, int dstOffset, int count) {
        inner.read(src, srcOffset, dst, dstOffset, count);
        if (flippedIndex < count) {
            dst[dstOffset + flippedIndex] ^= 1;
        }
    }

    @Override
    public Kernel compile(Class<?> owner, String name) {
        return inner.compile(owner, name);
    }

    @Override
    public void launch(Kernel kernel, Range global, Range local, Object... args) {
        inner.launch(kernel, global, local, args);
    }

    @Override
    public void synchronize() {
        inner.synchronize();
    }

    @Override
    public DeviceEvent recordEvent() {
        return inner.recordEvent();
    }

    @Override
    public void close() {
        inner.close();
    }
}
