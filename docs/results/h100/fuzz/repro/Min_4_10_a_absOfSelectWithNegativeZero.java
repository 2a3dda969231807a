// seed 4, unit 10; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_4_10.k23, line 52: v3 = Math.abs(c ? 0.0085f : -Math.abs(0.0f)) with c false (item 43);
// Java gives +0.0f, NVIDIA OpenCL gave -0.0f (the fabs of a select of a positive constant and -0.0f dropped).
import loglinear.jit.KernelContext;

public final class Min_4_10_a_absOfSelectWithNegativeZero {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        boolean c = ii[ib + 5] <= ii[ib + 2] * ii[ib + 2];
        float v3 = Math.abs(c ? (-((3.0f) / (-352.96722f))) : (-Math.abs((0.0f))));
        float w = Math.abs(c ? 1.5f : -0.0f);
        float x = Math.abs(c ? ff[fb + 6] : -Math.abs(ff[fb + 4] * 0.0f));
        out[ob + 0] = Float.floatToRawIntBits(v3);
        out[ob + 1] = Float.floatToRawIntBits(w);
        out[ob + 2] = Float.floatToIntBits(x); // canonical NaN: inf * 0 has a platform-dependent NaN payload
        out[ob + 3] = Float.floatToRawIntBits(-Math.abs(0.0f));
        out[ob + 4] = c ? 1 : 0;
        out[ob + 5] = Float.floatToIntBits(Math.abs(v3 - 1.0f));
        out[ob + 6] = 0;
        out[ob + 7] = 0;
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
