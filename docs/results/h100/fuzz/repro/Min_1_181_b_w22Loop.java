// seed 1, unit 181; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_1_181.k48: its w22 loop as written, from v0 = 5 on item 8.
import loglinear.jit.KernelContext;

public final class Min_1_181_b_w22Loop {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = (ii[ib + 3] & 3) + 2;
        float v3 = ff[fb + 6];
        double v4 = ((double) ff[fb + 3] * ff[fb + 6]);
        int w22 = 0;
        while (w22 < (ii[ib + 3] & 3)) {
            w22++;
            if (((v0 >= Integer.bitCount(ii[ib + 4])) && (!!(ii[ib + 1] <= v0) && !(ff[fb + 0] >= v3)))) {
                double v23 = (-0.0014458219449252861d);
            } else {
                v0 = (Math.max(Math.max((-v0), ((-10637) | v0)), v0) * Math.max((((v4 != (-61.88636103956635d)) ^ ((4294967295L) < Long.MIN_VALUE)) ? (2 * (-32)) : Math.max(v0, ii[ib + 5])), (v0 * (v0 * v0))));
                int w24 = 0;
                while (w24 < (v0 & 3)) {
                    w24++;
                    v3 -= (-3.3494813E-4f);
                }
            }
        }
        out[ob + 0] = v0;
        out[ob + 1] = v3 != v3 ? 0x7fc00000 : Float.floatToRawIntBits(v3);
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
