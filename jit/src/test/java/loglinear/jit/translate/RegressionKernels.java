package loglinear.jit.translate;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;

/** Minimal kernels for translator bugs the conformance suite and the differential fuzzer found. */
public final class RegressionKernels {
    /** Results per item of {@link #powers}: float Math.pow, KernelMath.pow. */
    static final int POW_FLOAT_RESULTS = 2;

    private RegressionKernels() {
    }

    /** Java's pow special cases: NaN exponent gives NaN, |x| == 1 with an infinite exponent gives NaN. */
    public static void powers(KernelContext ctx, float[] x, float[] y, double[] xd, double[] yd, float[] out,
                              double[] dout, int n) {
        int i = ctx.globalIdx;
        if (i < n) {
            powResults(x[i], y[i], xd[i], yd[i], out, dout, i);
        }
    }

    static void powResults(float x, float y, double xd, double yd, float[] out, double[] dout, int i) {
        out[i * POW_FLOAT_RESULTS] = (float) Math.pow(x, y);
        out[i * POW_FLOAT_RESULTS + 1] = KernelMath.pow(x, y);
        dout[i] = Math.pow(xd, yd);
    }

    /** Java rounds a * b before adding: no contraction into one fused multiply-add. */
    public static void noContraction(KernelContext ctx, float[] a, float[] b, float[] out, double[] da,
                                     double[] dout) {
        int i = ctx.globalIdx;
        out[i] = a[i] * b[i] + a[i];
        out[i + 1] = a[i] * a[i] - b[i] * b[i];
        dout[i] = da[i] * da[i + 1] + da[i];
    }
}
