package loglinear.jit.tools.conformance;

import static loglinear.jit.tools.conformance.Elementwise.SLOTS;

import java.util.List;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;
import loglinear.jit.tools.conformance.Elementwise.Wide;

/**
 * Elementwise kernels over {@link KernelMath}: the exact group (fma, abs, floor, ceil, min, max) bit for bit; the
 * transcendental group (exp, expm1, log, log1p, rsqrt, tanh, sin, cos) within {@value #TRANSCENDENTAL_ULPS} ulp,
 * sqrt within {@value #SQRT_ULPS} ulp (OpenCL without correctly rounded sqrt allows 3), pow within
 * {@value UlpBounds#FLOAT_POW} ulp.
 */
public final class KernelMathKernels {
    /** OpenCL's worst for these (tanh 5) plus one for Java's rounding. */
    public static final int TRANSCENDENTAL_ULPS = 6;
    public static final int SQRT_ULPS = 3;

    private KernelMathKernels() {
    }

    public static List<ConformanceCase> cases() {
        Class<?> k = KernelMathKernels.class;
        return List.of(
                Elementwise.exact("kernelMath.exact", k, "exact", Wide.DOUBLE),
                Elementwise.of("kernelMath.sqrt", k, "sqrt", Wide.DOUBLE, SQRT_ULPS, 0),
                Elementwise.of("kernelMath.transcendental", k, "transcendental", Wide.DOUBLE, TRANSCENDENTAL_ULPS, 0),
                Elementwise.of("kernelMath.pow", k, "pow", Wide.DOUBLE, UlpBounds.FLOAT_POW, 0));
    }

    public static void exact(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                             int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        float b = fb[i];
        int o = i * SLOTS;
        outF[o] = KernelMath.fma(a, b, a);
        outF[o + 1] = KernelMath.abs(a);
        outF[o + 2] = KernelMath.floor(a);
        outF[o + 3] = KernelMath.ceil(b);
        outF[o + 4] = KernelMath.min(a, b);
        outF[o + 5] = KernelMath.max(a, b);
        outF[o + 6] = KernelMath.min(a, -0f);
        outF[o + 7] = KernelMath.max(-0f, b);
    }

    public static void sqrt(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                            int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int o = i * SLOTS;
        outF[o] = KernelMath.sqrt(fa[i]);
        outF[o + 1] = KernelMath.sqrt(Math.abs(fb[i]));
    }

    public static void transcendental(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                      int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        float small = fb[i] * 0.01f;
        int o = i * SLOTS;
        outF[o] = KernelMath.exp(a);
        outF[o + 1] = KernelMath.expm1(small);
        outF[o + 2] = KernelMath.log(a);
        outF[o + 3] = KernelMath.log1p(Math.abs(small));
        outF[o + 4] = KernelMath.rsqrt(a);
        outF[o + 5] = KernelMath.tanh(a);
        outF[o + 6] = KernelMath.sin(small);
        outF[o + 7] = KernelMath.cos(small);
        outF[o + 8] = KernelMath.exp(small);
    }

    public static void pow(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                           int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int o = i * SLOTS;
        outF[o] = KernelMath.pow(fa[i], fb[i]);
        outF[o + 1] = KernelMath.pow(Math.abs(fa[i]), 0.25f);
    }
}
