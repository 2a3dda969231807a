package loglinear.jit.fuzz;

import loglinear.jit.KernelContext;

/**
 * Minimal kernels for CUDA differences the fuzzer found on an H100 (NVRTC, CUDA 13): {@code Math.abs} of
 * {@code MIN_VALUE} treated as non-negative, {@code Math.min}/{@code max} dropping a NaN second operand, comparisons
 * with {@code Math.abs(NaN)}, a loop on {@code (int)} of a long counter run at most once, and a trip count from the
 * low bits of a quadratic counter. Each
 * work-item reads its own inputs and writes {@value #OUTPUTS} ints.
 */
final class CudaFuzzFindingKernels {
    static final int OUTPUTS = 8;

    private CudaFuzzFindingKernels() {
    }

    /** {@code Math.abs(MIN_VALUE)} is {@code MIN_VALUE} (negative): its remainder, quotient and sign follow. */
    public static void absOfMinValue(KernelContext c, int[] ii, int[] out) {
        int g = c.globalIdx;
        int ob = g * OUTPUTS;
        int a = Math.abs(ii[2 * g]);
        int d = ii[2 * g + 1] | 1;
        out[ob] = a % d;
        out[ob + 1] = a / d;
        out[ob + 2] = a >> 31;
        out[ob + 3] = a < 0 ? 1 : 0;
        long l = Math.abs((long) ii[2 * g] << 32);
        out[ob + 4] = (int) (l % 1000003L);
        out[ob + 5] = (int) (l >> 63);
        out[ob + 6] = (int) (l / 7L);
        out[ob + 7] = a;
    }

    /** {@code Math.min}/{@code max} return NaN when either operand is NaN, the second one included. */
    public static void minMaxWithNaN(KernelContext c, float[] ff, int[] out) {
        int g = c.globalIdx;
        int ob = g * OUTPUTS;
        float x = ff[g];
        float a = Math.min(-1.0f, Math.abs(x));
        float b = Math.max(1.0f, x);
        double dmin = Math.min(-1.0, (double) x);
        double dmax = Math.max(1.0, (double) x);
        float e = Math.min(x, -1.0f);
        float f = Math.max(x, 1.0f);
        out[ob] = bits(a);
        out[ob + 1] = bits(b);
        out[ob + 2] = dmin != dmin ? 0x7ff80000 : (int) (Double.doubleToRawLongBits(dmin) >>> 32);
        out[ob + 3] = dmax != dmax ? 0x7ff80000 : (int) (Double.doubleToRawLongBits(dmax) >>> 32);
        out[ob + 4] = bits(e);
        out[ob + 5] = bits(f);
        out[ob + 6] = bits(Math.min(x, x));
        out[ob + 7] = bits(Math.max(-0.0f, x));
    }

    /**
     * A comparison of {@code Math.abs(x)} with a negative constant is false for a NaN {@code x}; the absolute values
     * keep subnormals, negative zero's magnitude and infinities.
     */
    public static void absOfNaNCompared(KernelContext c, float[] ff, int[] out) {
        int g = c.globalIdx;
        int ob = g * OUTPUTS;
        float x = ff[g];
        double d = (double) x * 3.0;
        out[ob] = (-0.013288707f <= Math.abs(x)) ? 1 : 0;
        out[ob + 1] = (-1.0f <= Math.abs(x)) ? 1 : 0;
        out[ob + 2] = (Math.abs(d) >= -1.0) ? 1 : 0;
        out[ob + 3] = (Math.abs(x) < -2.0f) ? 1 : 0;
        out[ob + 4] = bits(Math.abs(x));
        out[ob + 5] = (int) (Double.doubleToLongBits(Math.abs(d)) >>> 32);
        out[ob + 6] = bits((float) Math.abs((double) x));
        out[ob + 7] = (Math.abs(x) != Math.abs(x)) ? 1 : 0;
    }

    /**
     * A loop that adds a constant to a long started as {@code (long) v0} and leaves when {@code (int) v1 < v0}: Java
     * runs {@code v0 & 7} iterations unless the int wraps. NVVM (CUDA 13.0) compiled the C form with a plain
     * narrowing cast into a loop without a back edge (at most one iteration).
     */
    public static void longCounterNarrowedInLoop(KernelContext c, int[] ii, int[] out) {
        int g = c.globalIdx;
        int ob = g * OUTPUTS;
        int v0 = ii[g];
        long v1 = (long) v0;
        int iterations = 0;
        for (int j = 0; j < (v0 & 7); j++) {
            v1 += 20108L;
            if ((int) v1 < v0) {
                break;
            }
            iterations++;
        }
        out[ob] = iterations;
        out[ob + 1] = (int) v1;
        out[ob + 2] = (int) (v1 >>> 32);
    }

    /**
     * An inner trip count taken from the low bits of a counter that grows by the outer index ({@code v += j + s}):
     * Java runs {@code v & 3} products per outer iteration. NVVM (CUDA 13.0) computes {@code v & 3} from a closed
     * form whose {@code j * (j - 1) / 2} term is taken modulo 4 instead of 8, so at {@code j = 4} it runs a wrong
     * number of products (open: docs/jit-bugs.md, "CUDA: a quadratic counter's low bits").
     */
    public static void quadraticCounterTripCount(KernelContext c, int[] ii, int[] out) {
        int g = c.globalIdx;
        int ob = g * OUTPUTS;
        int v = ii[4 * g];
        int s = ii[4 * g + 1];
        long p = ii[4 * g + 2];
        int products = 0;
        for (int j = 0; j < ii[4 * g + 3]; j++) {
            v += j + s;
            for (int w = 0; w < (v & 3); w++) {
                p *= 3L;
                products++;
            }
        }
        out[ob] = products;
        out[ob + 1] = (int) p;
        out[ob + 2] = (int) (p >>> 32);
        out[ob + 3] = v;
    }

    /**
     * Nested int {@code max}/{@code min} with one negated operand, the shapes of three H100 fuzz findings: {@code
     * max(max(a, -b), q)} (Fuzz_3_69.k33), {@code a + min(min(-a, a), q)} (Fuzz_3_314.k46) and {@code max(max(-a, b |
     * a), a)} (Fuzz_1_181.k48). The PTX computes them in Java's order; on the H100 the results match a lost negation
     * and agree when ptxas does not optimize (open: docs/jit-bugs.md, "a negated operand of nested min/max").
     */
    public static void negatedOperandInNestedMinMax(KernelContext c, int[] ii, int[] out) {
        int g = c.globalIdx;
        int ob = g * OUTPUTS;
        int a = ii[3 * g];
        int b = ii[3 * g + 1];
        int q = ii[3 * g + 2];
        out[ob] = Math.max(Math.max(a, -b), q);
        out[ob + 1] = a + Math.min(Math.min(-a, a), q);
        out[ob + 2] = Math.max(Math.max(-a, b | a), a);
    }

    /**
     * Subnormal constants in comparisons and sums, a float remainder by a subnormal and saturating conversions: the
     * constructs suspected for the open fuzz findings, kept for PTX inspection (no flush to zero, exact constants,
     * Java's saturation before {@code cvt.rzi}).
     */
    public static void subnormalsAndSaturation(KernelContext c, float[] ff, double[] dd, int[] out) {
        int g = c.globalIdx;
        int ob = g * OUTPUTS;
        float x = ff[g];
        double d = dd[g];
        out[ob] = d >= 4.9E-324 ? 1 : 0;
        out[ob + 1] = Float.floatToRawIntBits(x + Float.MIN_VALUE);
        out[ob + 2] = bits(x % 1.4E-45f);
        long l = (long) (d / 3.0);
        out[ob + 3] = (int) l;
        out[ob + 4] = (int) (l >>> 32);
        out[ob + 5] = (int) x;
        out[ob + 6] = (int) (d * 7.0);
        out[ob + 7] = (int) ((long) x >>> 40);
    }

    /** Raw bits with every NaN canonical. */
    private static int bits(float v) {
        return v != v ? 0x7fc00000 : Float.floatToRawIntBits(v);
    }
}
