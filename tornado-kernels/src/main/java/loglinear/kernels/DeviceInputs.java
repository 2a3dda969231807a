package loglinear.kernels;

import java.util.ArrayList;
import java.util.List;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceException;
import loglinear.jit.ElementType;
import loglinear.reference.Inputs;
import loglinear.reference.Shape;

/**
 * Device buffers holding one forward's tensors in the layout of spec section 1 (flat, C order, float32): q, k
 * [B, T, G, K]; v, o [B, T, H, V]; g, beta [B, T, H]; lambda [B, T, H, L]. {@code beta} exists only when asked
 * for (delta-rule variants). Callers that keep their data on the device fill these buffers themselves (for example
 * in pieces with {@link Device#write(DeviceBuffer, long, float[], int, int)}) and call
 * {@link ForwardPlan#runResident()}.
 */
public final class DeviceInputs implements AutoCloseable {
    private final Device device;
    private final Shape shape;
    private final DeviceBuffer q;
    private final DeviceBuffer k;
    private final DeviceBuffer v;
    private final DeviceBuffer g;
    private final DeviceBuffer beta;
    private final DeviceBuffer lambda;
    private final DeviceBuffer o;
    private boolean closed;

    private DeviceInputs(Device device, Shape shape, List<DeviceBuffer> buffers, boolean withBeta) {
        this.device = device;
        this.shape = shape;
        this.q = buffers.get(0);
        this.k = buffers.get(1);
        this.v = buffers.get(2);
        this.g = buffers.get(3);
        this.lambda = buffers.get(4);
        this.o = buffers.get(5);
        this.beta = withBeta ? buffers.get(6) : null;
    }

    /** Bytes {@link #allocate} takes for {@code shape}. */
    public static long bytesFor(Shape shape, boolean withBeta) {
        long elements = 2 * shape.qkElements() + 2 * shape.vElements() + shape.gateElements()
                + shape.lambdaElements() + (withBeta ? shape.gateElements() : 0);
        return elements * Float.BYTES;
    }

    /**
     * Allocates the buffers of {@code shape} on {@code device}; every tensor must fit in 2^31 - 1 elements (kernels
     * index with int). On failure frees what was allocated and throws a {@link DeviceException} naming the bytes.
     */
    public static DeviceInputs allocate(Device device, Shape shape, boolean withBeta) {
        if (device == null) {
            throw new IllegalArgumentException("device is missing: expected an open loglinear.jit.Device");
        }
        requireIndexable("q/k [B, T, G, K]", shape.qkElements(), shape);
        requireIndexable("v/o [B, T, H, V]", shape.vElements(), shape);
        requireIndexable("lambda [B, T, H, L]", shape.lambdaElements(), shape);
        long[] lengths = {shape.qkElements(), shape.qkElements(), shape.vElements(), shape.gateElements(),
                shape.lambdaElements(), shape.vElements(), shape.gateElements()};
        int count = withBeta ? 7 : 6;
        List<DeviceBuffer> buffers = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                buffers.add(device.allocate(ElementType.FLOAT, Math.max(1, lengths[i])));
            }
        } catch (DeviceException e) {
            buffers.forEach(DeviceBuffer::close);
            throw new DeviceException("could not allocate " + bytesFor(shape, withBeta) + " bytes of inputs/output for "
                    + shape + " on " + device.name() + " (" + device.freeMemoryBytes() + " bytes free): "
                    + e.getMessage(), e);
        }
        return new DeviceInputs(device, shape, buffers, withBeta);
    }

    static void requireIndexable(String what, long elements, Shape shape) {
        if (elements > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " has " + elements + " elements for " + shape
                    + ", more than the " + Integer.MAX_VALUE + " a kernel can index; use a smaller B, T or H");
        }
    }

    /** Copies the host tensors in (beta only when this holds a beta buffer and the inputs have one). */
    public void write(Inputs inputs) {
        if (!inputs.shape().equals(shape)) {
            throw new IllegalArgumentException("inputs have shape " + inputs.shape() + ", expected " + shape);
        }
        requireOpen();
        writeIfNonEmpty(q, inputs.q());
        writeIfNonEmpty(k, inputs.k());
        writeIfNonEmpty(v, inputs.v());
        writeIfNonEmpty(g, inputs.g());
        writeIfNonEmpty(lambda, inputs.lambda());
        if (beta != null) {
            if (inputs.beta() == null) {
                throw new IllegalArgumentException("beta is missing: expected shape [B, T, H] = "
                        + shape.gateElements() + " elements");
            }
            writeIfNonEmpty(beta, inputs.beta());
        }
    }

    private void writeIfNonEmpty(DeviceBuffer dst, float[] src) {
        if (src.length > 0) {
            device.write(dst, 0, src, 0, src.length);
        }
    }

    /** Reads o [B, T, H, V] back (waits for the launches before it). */
    public float[] readOutput() {
        requireOpen();
        float[] out = new float[Math.toIntExact(shape.vElements())];
        if (out.length > 0) {
            device.read(o, 0, out, 0, out.length);
        }
        return out;
    }

    public Device device() {
        return device;
    }

    public Shape shape() {
        return shape;
    }

    public DeviceBuffer q() {
        return q;
    }

    public DeviceBuffer k() {
        return k;
    }

    public DeviceBuffer v() {
        return v;
    }

    public DeviceBuffer g() {
        return g;
    }

    /** Null unless allocated with beta. */
    public DeviceBuffer beta() {
        return beta;
    }

    public DeviceBuffer lambda() {
        return lambda;
    }

    public DeviceBuffer o() {
        return o;
    }

    /** Bytes held by these buffers. */
    public long bytes() {
        long total = q.bytes() + k.bytes() + v.bytes() + g.bytes() + lambda.bytes() + o.bytes();
        return beta == null ? total : total + beta.bytes();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("device inputs for " + shape + " are closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            q.close();
            k.close();
            v.close();
            g.close();
            lambda.close();
            o.close();
            if (beta != null) {
                beta.close();
            }
        }
    }
}
