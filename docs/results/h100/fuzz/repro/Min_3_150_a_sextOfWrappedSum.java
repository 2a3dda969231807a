// seed 3, unit 150; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_3_150.k16: after the j8 loop NVVM 13.0 computes (long) v0 as (long) ii[ib + 7] + 28, as if
// the int sum could not wrap (item 61: ii[ib + 7] = Integer.MAX_VALUE); v10 then takes the wrong branch.
import loglinear.jit.KernelContext;

public final class Min_3_150_a_sextOfWrappedSum {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 7];
        long v1 = ((long) ii[ib + 2]);
        long v2 = ((long) ii[ib + 7]);
        float v3 = ff[fb + 3];
        double v5 = ((double) ff[fb + 7] * ff[fb + 1]);
        double v6 = ((double) ff[fb + 1] * ff[fb + 5]);
        long[] p7 = new long[8];
        for (int j8 = 0; j8 < 8; j8++) {
            v0 += j8;
        }
        p7[v0 & 7] = ((long) Math.min(v0, 6223034) * v0);
        v3 = Math.abs(Math.min((-((9.822478f) + (0.5f))), ((v3 - v3) % (v3 / v3))));
        p7[v0 & 7] = ((long) v3);
        if ((ii[ib + 6] == 0)) {
            for (int j9 = 0; j9 < (ii[ib + 0] & 7); j9++) {
                v0 += (v5 == v6) ? 1 : 0;
            }
        }
        long v10 = (((((long) v0 * 9603239) >= v1) ? p7[v0 & 7] : ((p7[v0 & 7] == v1) ? 5L : ((long) v0 * 26091))) + (97L));
        int w11 = 0;
        while (w11 < (v0 & 3)) {
            w11++;
            if (v10 < (p7[v0 & 7] - v10)) {
                long v14 = ((((v2 - p7[v0 & 7]) % 3L)) << ii[ib + 3]);
                v0 |= ((int) v14);
            }
            p7[v0 & 7] = (((long) v0 * (v0 + v0)) << 22);
        }
        long v17 = p7[3];
        long w18 = v1;
        out[ob + 1] = (int) w18;
        out[ob + 2] = (int) (w18 >>> 32);
        long w19 = v17;
        out[ob + 4] = (int) w19;
        out[ob + 5] = (int) (w19 >>> 32);
        out[ob + 7] = (int) (v10 >>> 32);
    }
    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
