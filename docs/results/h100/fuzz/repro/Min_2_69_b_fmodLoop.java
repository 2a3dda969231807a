// seed 2, unit 69; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_2_69.k15: the j7 loop with its float remainder loop (item 14 differed).
import loglinear.jit.KernelContext;

public final class Min_2_69_b_fmodLoop {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 5];
        long v1 = ((long) ii[ib + 5]);
        float v2 = ff[fb + 2];
        for (int j7 = 0; j7 < (v0 & 7); j7++) {
            v1 += (20108L);
            if ((((int) v1) < (((-88030104556996L) == (4294967295L)) ? j7 : v0))) {
                break;
            }
            for (int j8 = 0; j8 < (ii[ib + 4] & 7); j8++) {
                v2 += (v2 % ff[fb + 0]);
            }
        }
        out[ob + 0] = v2 != v2 ? 0x7fc00000 : Float.floatToRawIntBits(v2);
        out[ob + 1] = (int) v1;
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
