package loglinear.kernels;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.Range;
import loglinear.reference.Options;
import loglinear.reference.Shape;

/**
 * The qkL2Norm step of a forward plan: q, k <- x / sqrt(sum x^2 + 1e-6) per row of K, written into the plan's own
 * q and k buffers ({@link Mamba2Kernels#l2NormalizeRows}). Inactive (no kernel, no buffers) when the options do not
 * ask for it.
 */
final class QkNormalization {
    private final Device device;
    private final Kernel kernel;
    private DeviceBuffer normalizedQ;
    private DeviceBuffer normalizedK;

    private QkNormalization(Device device, Kernel kernel) {
        this.device = device;
        this.kernel = kernel;
    }

    /** Compiles the kernel when {@code options.qkL2Norm()} is set; allocate the buffers with {@link #allocate}. */
    static QkNormalization compile(Device device, Options options) {
        return new QkNormalization(device,
                options.qkL2Norm() ? device.compile(Mamba2Kernels.class, "l2NormalizeRows") : null);
    }

    /** Float elements of the two normalised copies: 2 B T G K when active, else 0. */
    static long elements(Shape shape, Options options) {
        return options.qkL2Norm() ? 2 * shape.qkElements() : 0;
    }

    boolean active() {
        return kernel != null;
    }

    /** Allocates the normalised q and k of {@code shape} as intermediates of {@code resources} when active. */
    void allocate(PlanResources resources, Shape shape) {
        if (active()) {
            normalizedQ = resources.allocate(ElementType.FLOAT, Math.max(1, shape.qkElements()));
            normalizedK = resources.allocate(ElementType.FLOAT, Math.max(1, shape.qkElements()));
        }
    }

    /** Launches the normalisation of {@code rows} rows of {@code keyDim} of q and of k (asynchronous). */
    void launch(DeviceInputs inputs, int rows, int keyDim) {
        // One sub-group of 32 per row, at most 2^16 sub-groups (they stride over the rows).
        long subGroups = Math.min(Math.max(rows, 1), 1 << 16);
        Range global = Range.of(PlanChecks.roundUp((int) subGroups * 32, Mamba2Kernels.ROW_THREADS));
        Range local = Range.of(Mamba2Kernels.ROW_THREADS);
        device.launch(kernel, global, local, inputs.q(), normalizedQ, rows, keyDim);
        device.launch(kernel, global, local, inputs.k(), normalizedK, rows, keyDim);
    }

    DeviceBuffer q() {
        return normalizedQ;
    }

    DeviceBuffer k() {
        return normalizedK;
    }
}
