// seed 1, unit 15; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_1_15.k30: its j6 loop of long products (item 127: 9 products in Java).
import loglinear.jit.KernelContext;

public final class Min_1_15_a_multiplyLoop {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 0];
        long v1 = ((long) ii[ib + 6]);
        for (int j6 = 0; j6 < (v0 & 7); j6++) {
            v0 += (j6 + ((short) ii[ib + 7]));
            if ((((double) ff[fb + 1] * ff[fb + 4]) >= (1.0d))) {
                int w7 = 0;
                while (w7 < (v0 & 3)) {
                    w7++;
                    v1 *= Math.max(((((-1.0d) <= (9.223372036854776E18d)) ? (9223372036854775807L) : v1) >>> 17091), ((v1 * (-1L)) & (((long) ii[ib + 6] << 32) | (ii[ib + 4] & 0xffffffffL))));
                }
            }
        }
        out[ob + 0] = (int) v1;
        out[ob + 1] = (int) (v1 >>> 32);
        out[ob + 2] = v0;
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
