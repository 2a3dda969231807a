// seed 4, unit 7; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_4_7.k3, line 46: if (!(Math.abs(ii[3]) < 0)) with ii[3] = MIN_VALUE (item 43); Java takes the
// else branch (Math.abs(MIN_VALUE) is MIN_VALUE), NVIDIA OpenCL took the if branch (the result assumed >= 0).
import loglinear.jit.KernelContext;

public final class Min_4_7_a_absOfMinValueCompared {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int a = Math.abs(ii[ib + 3]);
        double v4 = ((double) ff[fb + 7] * ff[fb + 3]);
        if (!(a < 0)) {
            out[ob + 0] = 1;
        } else {
            v4 = Math.min((ii[ib + 7] * 1.25e-3), Math.sqrt(v4));
            out[ob + 0] = 0;
        }
        long bits = Double.doubleToRawLongBits(v4);
        out[ob + 1] = (int) bits;
        out[ob + 2] = (int) (bits >>> 32);
        out[ob + 3] = a >> 31;
        out[ob + 4] = a % (ii[ib + 5] | 1);
        out[ob + 5] = a / 1001;
        out[ob + 6] = (a < 0) ? 1 : 0;
        out[ob + 7] = a;
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
