package loglinear.jit.tools.mma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.Range;
import loglinear.jit.tools.DeviceCheckMain;

/**
 * Checks {@code KernelContext.mmaAccumulate} on one device against a float64 product: the {@link MmaKernels}
 * on seeded random matrices. The error of an element is |C - C_exact| / (|C0| + sum_p |A[r, p] B[p, c]|), so it
 * does not depend on cancellation; it must stay below {@link #BOUND} (float32 accumulation over a few hundred terms
 * and the 2^-21 of the three-way TF32 split are both far below it).
 *
 * <p>Command line: {@code MmaCheck [--backend SPEC]} (default {@code auto}); exits with 1 when a case fails.
 */
public final class MmaCheck {
    /** Largest normalised element error accepted. */
    public static final double BOUND = 1e-5;
    /**
     * Largest normalised element error accepted for the pair forms: on CUDA each product carries up to 3 2^-18
     * from the bfloat16 split (hi + lo rounds each value to about 2^-18, and lo * lo is dropped).
     */
    public static final double PAIRS_BOUND = 4e-5;

    /** One kernel on one shape: the largest normalised element error and the verdict. */
    public record Result(String kernel, int m, int n, int depth, double maxError, float[] output)
            implements DeviceCheckMain.Case {
        public boolean passed() {
            return maxError <= (kernel.startsWith("productPairs") ? PAIRS_BOUND : BOUND);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-24s m=%-4d n=%-4d depth=%-4d max normalised error %.3e  %s",
                    kernel, m, n, depth, maxError, passed() ? "PASS" : "FAIL");
        }
    }

    /** Shapes (m, n, depth) every check runs: one group, several groups, odd tile counts, deep reductions. */
    public static final int[][] SHAPES = {{64, 32, 16}, {128, 96, 48}, {192, 64, 256}, {64, 160, 512}};

    /** Shapes of the bounded form: partial warp tiles, partial n-tiles, depths that are not multiples of 8. */
    public static final int[][] EDGE_SHAPES = {{1, 1, 1}, {70, 45, 13}, {130, 33, 129}, {16, 8, 8}, {5, 100, 0}};

    private MmaCheck() {
    }

    /** Command line: {@code [--backend SPEC]} (default {@code auto}); exits with 1 when a case fails. */
    public static void main(String[] args) {
        DeviceCheckMain.run("MmaCheck", args, device -> run(device, 1234));
    }

    /** Every kernel on every shape of {@link #SHAPES}, inputs from {@code seed}. */
    public static List<Result> run(Device device, long seed) {
        List<Result> results = new ArrayList<>();
        Random random = new Random(seed);
        for (int[] s : SHAPES) {
            results.add(productGlobal(device, random, s[0], s[1], s[2]));
            results.add(productStagedTransposed(device, random, s[0], s[1], s[2]));
            results.add(productStagedContiguous(device, random, s[0], s[1], s[2]));
            results.add(productStagedRowScaled(device, random, s[0], s[1], s[2]));
            for (String pairs : List.of("productPairsAlong", "productPairsAcross", "productPairsUnaligned")) {
                results.add(productPairs(device, random, pairs, s[0], s[1], s[2]));
            }
        }
        for (int[] s : EDGE_SHAPES) {
            results.add(productBounded(device, random, s[0], s[1], s[2]));
        }
        return results;
    }

    static Result productGlobal(Device device, Random random, int m, int n, int depth) {
        float[] a = randomMatrix(random, m * depth);
        float[] b = randomMatrix(random, depth * n);
        float[] c0 = randomMatrix(random, m * n);
        float[] c = launch(device, "productGlobal", m, n, List.of(a, b, c0), depth);
        return new Result("productGlobal", m, n, depth, maxError(a, b, false, c0, c, m, n, depth), c);
    }

    static Result productStagedTransposed(Device device, Random random, int m, int n, int depth) {
        float[] a = randomMatrix(random, m * depth);
        float[] bt = randomMatrix(random, n * depth);
        float[] c = launch(device, "productStagedTransposed", m, n, List.of(a, bt), depth);
        return new Result("productStagedTransposed", m, n, depth, maxError(a, bt, true, null, c, m, n, depth), c);
    }

    static Result productStagedContiguous(Device device, Random random, int m, int n, int depth) {
        float[] a = randomMatrix(random, m * depth);
        float[] b = randomMatrix(random, depth * n);
        float[] c = launch(device, "productStagedContiguous", m, n, List.of(a, b), depth);
        return new Result("productStagedContiguous", m, n, depth, maxError(a, b, false, null, c, m, n, depth), c);
    }

    static Result productStagedRowScaled(Device device, Random random, int m, int n, int depth) {
        float[] a = randomMatrix(random, m * depth);
        float[] scale = randomMatrix(random, m);
        float[] b = randomMatrix(random, depth * n);
        float[] c = launch(device, "productStagedRowScaled", m, n, List.of(a, scale, b), depth);
        // The definition: A's rows scaled in float before the product.
        float[] scaled = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            scaled[i] = scale[i / depth] * a[i];
        }
        return new Result("productStagedRowScaled", m, n, depth, maxError(scaled, b, false, null, c, m, n, depth),
                c);
    }

    static Result productPairs(Device device, Random random, String kernel, int m, int n, int depth) {
        float[] a = randomMatrix(random, m * depth);
        float[] b = randomMatrix(random, depth * n);
        float[] c = launch(device, kernel, m, n, List.of(a, b), depth);
        return new Result(kernel, m, n, depth, maxError(a, b, false, null, c, m, n, depth), c);
    }

    static Result productBounded(Device device, Random random, int m, int n, int depth) {
        float[] a = randomMatrix(random, m * depth);
        float[] b = randomMatrix(random, depth * n);
        float[] c = launch(device, "productBounded", m, n, List.of(a, b), depth);
        return new Result("productBounded", m, n, depth, maxError(a, b, false, null, c, m, n, depth), c);
    }

    private static float[] launch(Device device, String kernelName, int m, int n, List<float[]> inputs, int depth) {
        Kernel kernel = device.compile(MmaKernels.class, kernelName);
        List<DeviceBuffer> buffers = new ArrayList<>();
        try {
            for (float[] input : inputs) {
                DeviceBuffer buffer = device.allocate(ElementType.FLOAT, Math.max(1, input.length));
                buffers.add(buffer);
                if (input.length > 0) {
                    device.write(buffer, input);
                }
            }
            DeviceBuffer out = device.allocate(ElementType.FLOAT, (long) m * n);
            buffers.add(out);
            List<Object> args = new ArrayList<>(buffers);
            args.add(m);
            args.add(n);
            args.add(depth);
            int groupsX = (n + MmaKernels.GROUP_COLUMNS - 1) / MmaKernels.GROUP_COLUMNS;
            int groupsY = (m + MmaKernels.GROUP_ROWS - 1) / MmaKernels.GROUP_ROWS;
            device.launch(kernel, new Range(MmaKernels.GROUP_THREADS * groupsX, groupsY, 1),
                    new Range(MmaKernels.GROUP_THREADS, 1, 1), args.toArray());
            float[] c = new float[m * n];
            device.read(out, c);
            return c;
        } finally {
            buffers.forEach(DeviceBuffer::close);
        }
    }

    /** max over elements of |c - exact| / (|c0| + sum_p |A[r, p] B[p, col]|); B is given transposed when asked. */
    static double maxError(float[] a, float[] b, boolean bTransposed, float[] c0, float[] c, int m, int n,
                           int depth) {
        double worst = 0;
        for (int r = 0; r < m; r++) {
            for (int col = 0; col < n; col++) {
                double exact = c0 == null ? 0 : c0[r * n + col];
                double magnitude = Math.abs(exact);
                for (int p = 0; p < depth; p++) {
                    double term = (double) a[r * depth + p] * (bTransposed ? b[col * depth + p] : b[p * n + col]);
                    exact += term;
                    magnitude += Math.abs(term);
                }
                double error = Math.abs(c[r * n + col] - exact) / Math.max(magnitude, Double.MIN_NORMAL);
                if (!(error <= worst)) {
                    worst = Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;
                }
            }
        }
        return worst;
    }

    private static float[] randomMatrix(Random random, int size) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = random.nextFloat() * 2f - 1f;
        }
        return x;
    }
}
