package loglinear.kernels;

import java.util.ArrayList;
import java.util.List;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceException;
import loglinear.jit.ElementType;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * The device memory one forward plan owns: its resident inputs and output ({@link DeviceInputs}) and the
 * intermediates it allocates, with the byte accounting, the free-memory check before anything is allocated, and the
 * open/closed state. Closing frees everything once.
 */
final class PlanResources implements AutoCloseable {
    private final Device device;
    private final Variant variant;
    private final Shape shape;
    private final DeviceInputs inputs;
    private final List<DeviceBuffer> intermediates = new ArrayList<>();
    private boolean closed;

    private PlanResources(Device device, Variant variant, Shape shape, DeviceInputs inputs) {
        this.device = device;
        this.variant = variant;
        this.shape = shape;
        this.inputs = inputs;
    }

    /**
     * Throws a {@link DeviceException} when the inputs of {@code shape} (with beta when {@code withBeta}) plus
     * {@code intermediateBytes} do not fit in the device's free memory.
     */
    static void requireFits(Device device, Variant variant, Shape shape, boolean withBeta, long intermediateBytes) {
        long wanted = DeviceInputs.bytesFor(shape, withBeta) + intermediateBytes;
        long free = device.freeMemoryBytes();
        if (wanted > free) {
            throw new DeviceException("forward plan for " + variant.cliName() + " " + shape + " needs " + wanted
                    + " bytes of device memory, " + free + " bytes free on " + device.name());
        }
    }

    /** Allocates the resident inputs and output of {@code shape}; intermediates follow through {@link #allocate}. */
    static PlanResources withInputs(Device device, Variant variant, Shape shape, boolean withBeta) {
        return new PlanResources(device, variant, shape, DeviceInputs.allocate(device, shape, withBeta));
    }

    /** One intermediate buffer, counted in {@link #intermediateBytes()} and freed by {@link #close()}. */
    DeviceBuffer allocate(ElementType type, long length) {
        DeviceBuffer buffer = device.allocate(type, length);
        intermediates.add(buffer);
        return buffer;
    }

    /**
     * Frees everything allocated so far after an intermediate allocation failed, and returns the exception to throw:
     * it names the {@code intermediateBytes} asked for, the variant, shape, device and its free memory.
     */
    DeviceException allocationFailed(DeviceException cause, long intermediateBytes) {
        freeAll();
        return new DeviceException("could not allocate " + intermediateBytes + " bytes of intermediates for "
                + variant.cliName() + " " + shape + " on " + device.name() + " (" + device.freeMemoryBytes()
                + " bytes free): " + cause.getMessage(), cause);
    }

    DeviceInputs inputs() {
        return inputs;
    }

    /** Bytes of the intermediate buffers. */
    long intermediateBytes() {
        long total = 0;
        for (DeviceBuffer buffer : intermediates) {
            total += buffer.bytes();
        }
        return total;
    }

    /** Bytes of the inputs, output and intermediates together. */
    long allocatedBytes() {
        return inputs.bytes() + intermediateBytes();
    }

    /** Throws an {@link IllegalStateException} once the plan is closed. */
    void requireOpen() {
        if (closed) {
            throw new IllegalStateException("forward plan for " + variant.cliName() + " " + shape + " is closed");
        }
    }

    private void freeAll() {
        intermediates.forEach(DeviceBuffer::close);
        intermediates.clear();
        inputs.close();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            freeAll();
        }
    }
}
