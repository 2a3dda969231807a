package loglinear.jit.tools.conformance;

import static loglinear.jit.tools.conformance.Elementwise.SLOTS;

import java.util.List;

import loglinear.jit.KernelContext;
import loglinear.jit.tools.conformance.Elementwise.Wide;

/**
 * Elementwise kernels over {@code Math} and the bit intrinsics. Bounds (see {@link UlpBounds}): min/max/abs, fma and
 * sqrt exact; float exp/log {@value UlpBounds#FLOAT_EXP_LOG} ulp, float tanh {@value UlpBounds#FLOAT_TANH} ulp, float
 * pow {@value UlpBounds#FLOAT_POW} ulp; double exp/log {@value UlpBounds#DOUBLE_EXP_LOG} ulp, double tanh and pow
 * {@value UlpBounds#DOUBLE_POW_TANH} ulp.
 */
public final class MathKernels {
    private MathKernels() {
    }

    public static List<ConformanceCase> cases() {
        Class<?> k = MathKernels.class;
        return List.of(
                Elementwise.exact("math.minMaxFloat", k, "minMaxFloat", Wide.DOUBLE),
                Elementwise.exact("math.minMaxDouble", k, "minMaxDouble", Wide.DOUBLE),
                Elementwise.exact("math.minMaxAbsIntLong", k, "minMaxAbsIntLong", Wide.LONG),
                Elementwise.exact("math.fma", k, "fma", Wide.DOUBLE),
                Elementwise.exact("math.sqrt", k, "sqrt", Wide.DOUBLE),
                Elementwise.of("math.floatExpLog", k, "floatExpLog", Wide.DOUBLE, UlpBounds.FLOAT_EXP_LOG, 0),
                Elementwise.of("math.floatTanh", k, "floatTanh", Wide.DOUBLE, UlpBounds.FLOAT_TANH, 0),
                Elementwise.of("math.floatPow", k, "floatPow", Wide.DOUBLE, UlpBounds.FLOAT_POW, 0),
                Elementwise.of("math.doubleExpLog", k, "doubleExpLog", Wide.DOUBLE, 0, UlpBounds.DOUBLE_EXP_LOG),
                Elementwise.of("math.doublePowTanh", k, "doublePowTanh", Wide.DOUBLE, 0, UlpBounds.DOUBLE_POW_TANH),
                Elementwise.exact("math.bitIntrinsics", k, "bitIntrinsics", Wide.DOUBLE));
    }

    /** Math.min/max on floats: NaN wins, -0.0 is below 0.0. Math.abs clears the sign (also of -0.0). */
    public static void minMaxFloat(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                   int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        float b = fb[i];
        int o = i * SLOTS;
        outF[o] = Math.min(a, b);
        outF[o + 1] = Math.max(a, b);
        outF[o + 2] = Math.abs(a);
        outF[o + 3] = Math.min(a, -0f);
        outF[o + 4] = Math.max(a, 0f);
        outF[o + 5] = Math.max(Math.min(a, 1f), -1f);
    }

    public static void minMaxDouble(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                    int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        double a = KernelIo.wideDouble(wa, i);
        double b = KernelIo.wideDouble(wb, i);
        int o = 2 * i * SLOTS;
        KernelIo.putDouble(outD, o, Math.min(a, b));
        KernelIo.putDouble(outD, o + 2, Math.max(a, b));
        KernelIo.putDouble(outD, o + 4, Math.abs(a));
        KernelIo.putDouble(outD, o + 6, Math.min(a, -0.0));
        KernelIo.putDouble(outD, o + 8, Math.max(a, 0.0));
    }

    /** Integer min/max/abs; abs(MIN_VALUE) stays MIN_VALUE. */
    public static void minMaxAbsIntLong(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                        int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        long x = KernelIo.wide(wa, i);
        long y = KernelIo.wide(wb, i);
        int o = i * SLOTS;
        outI[o] = Math.min(a, b);
        outI[o + 1] = Math.max(a, b);
        outI[o + 2] = Math.abs(a);
        outI[o + 3] = Math.abs(Integer.MIN_VALUE + (a & 0));
        KernelIo.putLong(outI, o + 4, Math.min(x, y));
        KernelIo.putLong(outI, o + 6, Math.max(x, y));
        KernelIo.putLong(outI, o + 8, Math.abs(x));
    }

    /** Math.fma rounds once, on both types. */
    public static void fma(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                           int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        float b = fb[i];
        double x = KernelIo.wideDouble(wa, i);
        double y = KernelIo.wideDouble(wb, i);
        int o = i * SLOTS;
        outF[o] = Math.fma(a, b, a);
        outF[o + 1] = Math.fma(a, a, -b);
        outF[o + 2] = Math.fma(b, 0.1f, 1f);
        KernelIo.putDouble(outD, 2 * o, Math.fma(x, y, x));
        KernelIo.putDouble(outD, 2 * o + 2, Math.fma(x, x, -y));
    }

    /** sqrt is correctly rounded; the float form is {@code (float) Math.sqrt(x)}. */
    public static void sqrt(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                            int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        double x = KernelIo.wideDouble(wa, i);
        int o = i * SLOTS;
        outF[o] = (float) Math.sqrt(a);
        outF[o + 1] = (float) Math.sqrt(Math.abs(a));
        KernelIo.putDouble(outD, 2 * o, Math.sqrt(x));
        KernelIo.putDouble(outD, 2 * o + 2, Math.sqrt(x * x));
    }

    public static void floatExpLog(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                   int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        float b = fb[i];
        int o = i * SLOTS;
        outF[o] = (float) Math.exp(a);
        outF[o + 1] = (float) Math.log(a);
        outF[o + 2] = (float) Math.exp(b * 0.01f);
        outF[o + 3] = (float) Math.log(Math.abs(b) + 1f);
    }

    public static void floatTanh(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                 int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        int o = i * SLOTS;
        outF[o] = (float) Math.tanh(a);
        outF[o + 1] = (float) Math.tanh(a * 0.01f);
    }

    /** Java's pow: pow(x, NaN) is NaN even for x = 1, pow(+-1, +-Inf) is NaN (C's powf answers 1). */
    public static void floatPow(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        float b = fb[i];
        int o = i * SLOTS;
        outF[o] = (float) Math.pow(a, b);
        outF[o + 1] = (float) Math.pow(Math.abs(a), 0.5f);
    }

    public static void doubleExpLog(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                    int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        double x = KernelIo.wideDouble(wa, i);
        int o = 2 * i * SLOTS;
        KernelIo.putDouble(outD, o, Math.exp(x));
        KernelIo.putDouble(outD, o + 2, Math.log(x));
        KernelIo.putDouble(outD, o + 4, Math.exp(x * 1e-3));
    }

    public static void doublePowTanh(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                     int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        double x = KernelIo.wideDouble(wa, i);
        double y = KernelIo.wideDouble(wb, i);
        int o = 2 * i * SLOTS;
        KernelIo.putDouble(outD, o, Math.pow(x, y));
        KernelIo.putDouble(outD, o + 2, Math.tanh(x));
        KernelIo.putDouble(outD, o + 4, Math.pow(Math.abs(x), 1.5));
    }

    /** Bit casts, population count, leading and trailing zeros (32 for 0). */
    public static void bitIntrinsics(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                     int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        float f = fa[i];
        int o = i * SLOTS;
        outI[o] = Float.floatToRawIntBits(f);
        outI[o + 1] = Integer.bitCount(a);
        outI[o + 2] = Integer.numberOfLeadingZeros(a);
        outI[o + 3] = Integer.numberOfTrailingZeros(a);
        outI[o + 4] = Integer.numberOfLeadingZeros(a >>> 16) + Integer.numberOfTrailingZeros(a << 16);
        outI[o + 5] = Float.floatToRawIntBits(Float.intBitsToFloat(a & 0x7f7fffff));
        outF[o] = Float.intBitsToFloat(a);
        outF[o + 1] = Float.intBitsToFloat(Float.floatToRawIntBits(f) ^ 0x80000000);
        KernelIo.putLong(outI, o + 6, Double.doubleToRawLongBits(KernelIo.wideDouble(wa, i)) >>> 12);
    }
}
