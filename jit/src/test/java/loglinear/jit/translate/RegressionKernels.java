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

    /** StrictMath.copySign takes a NaN sign argument as positive, whatever its sign bit. */
    public static void strictCopySign(KernelContext ctx, float[] magnitude, float[] sign, float[] out,
                                      double[] dmagnitude, double[] dsign, double[] dout) {
        int i = ctx.globalIdx;
        out[i] = StrictMath.copySign(magnitude[i], sign[i]);
        dout[i] = StrictMath.copySign(dmagnitude[i], dsign[i]);
    }

    /** Math functions per item of {@link #mathSpecialValues}, in double and through the float built-ins. */
    static final int MATH_RESULTS = 22;

    /** Java's Math special cases (NaN, infinities, signed zeros) for every double function with a float twin. */
    public static void mathSpecialValues(KernelContext ctx, double[] x, double[] y, double[] out, float[] fout,
                                         int n) {
        int i = ctx.globalIdx;
        if (i < n) {
            mathResults(x[i], y[i], out, fout, i * MATH_RESULTS);
        }
    }

    static void mathResults(double x, double y, double[] out, float[] fout, int o) {
        out[o] = Math.sin(x);
        out[o + 1] = Math.cos(x);
        out[o + 2] = Math.tan(x);
        out[o + 3] = Math.asin(x);
        out[o + 4] = Math.acos(x);
        out[o + 5] = Math.atan(x);
        out[o + 6] = Math.exp(x);
        out[o + 7] = Math.log(x);
        out[o + 8] = Math.log10(x);
        out[o + 9] = Math.sqrt(x);
        out[o + 10] = Math.cbrt(x);
        out[o + 11] = Math.sinh(x);
        out[o + 12] = Math.cosh(x);
        out[o + 13] = Math.tanh(x);
        out[o + 14] = Math.expm1(x);
        out[o + 15] = Math.log1p(x);
        out[o + 16] = Math.floor(x) + Math.ceil(y);
        out[o + 17] = Math.rint(x);
        out[o + 18] = Math.abs(x);
        out[o + 19] = Math.atan2(x, y);
        out[o + 20] = Math.hypot(x, y);
        out[o + 21] = Math.signum(x);
        float fx = (float) x;
        float fy = (float) y;
        fout[o] = (float) Math.sin(fx);
        fout[o + 1] = (float) Math.cos(fx);
        fout[o + 2] = (float) Math.tan(fx);
        fout[o + 3] = (float) Math.asin(fx);
        fout[o + 4] = (float) Math.acos(fx);
        fout[o + 5] = (float) Math.atan(fx);
        fout[o + 6] = (float) Math.exp(fx);
        fout[o + 7] = (float) Math.log(fx);
        fout[o + 8] = (float) Math.log10(fx);
        fout[o + 9] = (float) Math.sqrt(fx);
        fout[o + 10] = (float) Math.cbrt(fx);
        fout[o + 11] = (float) Math.sinh(fx);
        fout[o + 12] = (float) Math.cosh(fx);
        fout[o + 13] = (float) Math.tanh(fx);
        fout[o + 14] = (float) Math.expm1(fx);
        fout[o + 15] = (float) Math.log1p(fx);
        fout[o + 16] = (float) Math.floor(fx) + (float) Math.ceil(fy);
        fout[o + 17] = (float) Math.rint(fx);
        fout[o + 18] = (float) Math.abs(fx);
        fout[o + 19] = (float) Math.atan2(fx, fy);
        fout[o + 20] = (float) Math.hypot(fx, fy);
        fout[o + 21] = (float) Math.signum(fx);
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
