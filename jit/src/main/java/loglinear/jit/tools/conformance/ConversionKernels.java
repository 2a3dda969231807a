package loglinear.jit.tools.conformance;

import static loglinear.jit.tools.conformance.Elementwise.SLOTS;

import java.util.List;

import loglinear.jit.KernelContext;
import loglinear.jit.tools.conformance.Elementwise.Wide;

/**
 * Elementwise kernels over primitive conversions: float/double to int/long saturate and send NaN to 0; narrowing to
 * byte/short/char keeps the low bits and sign- or zero-extends; int/long to float/double round to nearest even.
 * All exact.
 */
public final class ConversionKernels {
    private ConversionKernels() {
    }

    public static List<ConformanceCase> cases() {
        Class<?> k = ConversionKernels.class;
        return List.of(
                Elementwise.exact("convert.floatToIntegral", k, "floatToIntegral", Wide.DOUBLE),
                Elementwise.exact("convert.doubleToIntegral", k, "doubleToIntegral", Wide.DOUBLE),
                Elementwise.exact("convert.intNarrowing", k, "intNarrowing", Wide.LONG),
                Elementwise.exact("convert.toFloating", k, "toFloating", Wide.LONG));
    }

    /** f2i, f2l (saturating, NaN to 0), then narrowing of the results. */
    public static void floatToIntegral(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                       int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        float b = fb[i];
        int o = i * SLOTS;
        outI[o] = (int) a;
        outI[o + 1] = (int) b;
        outI[o + 2] = (short) a;
        outI[o + 3] = (char) a;
        outI[o + 4] = (byte) b;
        outI[o + 5] = (int) (a * 1e9f);
        KernelIo.putLong(outI, o + 6, (long) a);
        KernelIo.putLong(outI, o + 8, (long) (b * 1e15f));
        outI[o + 10] = (int) -a;
    }

    /** d2i, d2l (saturating, NaN to 0), d2f rounding and overflow to infinity. */
    public static void doubleToIntegral(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                        int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        double a = KernelIo.wideDouble(wa, i);
        double b = KernelIo.wideDouble(wb, i);
        int o = i * SLOTS;
        outI[o] = (int) a;
        outI[o + 1] = (int) b;
        outI[o + 2] = (short) a;
        outI[o + 3] = (char) b;
        KernelIo.putLong(outI, o + 4, (long) a);
        KernelIo.putLong(outI, o + 6, (long) b);
        KernelIo.putLong(outI, o + 8, (long) (a * 1e18));
        outF[o] = (float) a;
        outF[o + 1] = (float) b;
        outF[o + 2] = (float) (a * b);
    }

    /** i2b, i2s, i2c, l2i, i2l and the sign/zero extension of the narrowed values. */
    public static void intNarrowing(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                    int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        long w = KernelIo.wide(wa, i);
        int o = i * SLOTS;
        byte asByte = (byte) a;
        short asShort = (short) a;
        char asChar = (char) a;
        outI[o] = asByte;
        outI[o + 1] = asShort;
        outI[o + 2] = asChar;
        outI[o + 3] = asByte + 1;
        outI[o + 4] = asShort * 2;
        outI[o + 5] = asChar >> 1;
        outI[o + 6] = (int) w;
        outI[o + 7] = (byte) w;
        outI[o + 8] = (short) (w >>> 17);
        KernelIo.putLong(outI, o + 10, a);
        KernelIo.putLong(outI, o + 12, (long) asChar << 48);
        KernelIo.putLong(outI, o + 14, (long) (a >>> 1) * a);
    }

    /** i2f, i2d, l2f, l2d, f2d and d2f, all round to nearest even. */
    public static void toFloating(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                  int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        long w = KernelIo.wide(wa, i);
        float f = fa[i];
        int o = i * SLOTS;
        outF[o] = (float) a;
        outF[o + 1] = (float) w;
        outF[o + 2] = (float) (double) w;
        outF[o + 3] = (float) (a >>> 7);
        outF[o + 4] = a * 0.5f;
        KernelIo.putDouble(outD, 2 * o, a);
        KernelIo.putDouble(outD, 2 * o + 2, (double) w);
        KernelIo.putDouble(outD, 2 * o + 4, (double) f);
        KernelIo.putDouble(outD, 2 * o + 6, (double) f * f);
        KernelIo.putDouble(outD, 2 * o + 8, (double) (w >>> 1));
    }
}
