// seed 2, unit 69; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_2_69.k15: the j7 loop alone (NVVM 13.0 runs it at most once with a plain (int) narrowing).
import loglinear.jit.KernelContext;

public final class Min_2_69_a_loopOnNarrowedLong {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 5];
        long v1 = ((long) ii[ib + 5]);
        int n = 0;
        for (int j7 = 0; j7 < (v0 & 7); j7++) {
            v1 += (20108L);
            if (((int) v1) < v0) {
                break;
            }
            n++;
        }
        out[ob + 0] = n;
        out[ob + 1] = (int) v1;
        out[ob + 2] = (int) (v1 >>> 32);
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
