package loglinear.jit.fuzz;

import loglinear.jit.KernelContext;

/**
 * Minimal kernels for the two CUDA differences the fuzzer found on an H100 (NVRTC, CUDA 13): {@code Math.abs} of
 * {@code MIN_VALUE} treated as non-negative, and {@code Math.min}/{@code max} dropping a NaN second operand. Each
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

    /** Raw bits with every NaN canonical. */
    private static int bits(float v) {
        return v != v ? 0x7fc00000 : Float.floatToRawIntBits(v);
    }
}
