// seed 3, unit 150; launch run0 over 128 items in groups of 64
import loglinear.jit.KernelContext;

public final class Fuzz_3_150_k16 {
    static void k16(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 7];
        long v1 = ((long) ii[ib + 2]);
        long v2 = ((long) ii[ib + 7]);
        float v3 = ff[fb + 3];
        float v4 = ff[fb + 7];
        double v5 = ((double) ff[fb + 7] * ff[fb + 1]);
        double v6 = ((double) ff[fb + 1] * ff[fb + 5]);
        long[] p7 = new long[8];
        p7[ii[ib + 3] & 7] = (~p7[v0 & 7]);
        for (int j8 = 0; j8 < 8; j8++) {
            v0 += j8;
        }
        p7[v0 & 7] = ((long) Math.min(v0, Math.min(6223034, v0)) * v0);
        p7[v0 & 7] = ((long) Math.abs(v0));
        v3 = Math.abs(Math.min((-((9.822478f) + (0.5f))), ((v3 - v3) % (v3 / v3))));
        p7[v0 & 7] = ((long) v3);
        if ((Math.sqrt(v6) == v6)) {
            for (int j9 = 0; j9 < (ii[ib + 0] & 7); j9++) {
                v0 += Math.abs(((v5 == v6) ? 1 : 0));
                v3 += ((float) Math.sqrt(((-v4) / v4)));
            }
        }
        long v10 = (((((long) v0 * 9603239) >= ((v6 < (4.9E-324d)) ? v2 : v1)) ? ((p7[v0 & 7] / ((4294967296L) | 1L)) + p7[v0 & 7]) : ((p7[v0 & 7] == v1) ? ((8022717294431528104L) - (9223372036854775807L)) : ((long) v0 * 26091))) + (97L));
        int w11 = 0;
        while (w11 < (v0 & 3)) {
            w11++;
            if (!(v10 < (p7[v0 & 7] - v10))) {
                float v12 = (5.616686f);
            } else {
                if (((Math.abs(v0) <= v0) ^ (Math.max((0.1d), (-4930672.283893211d)) > ((-2.274191715032463d) % (-2.0396905742748116E-5d))))) {
                    long v13 = ((long) ((float) Math.sqrt(Math.abs(((float) (1.783983921536623E9d))))));
                } else {
                    long v14 = ((((v2 - p7[v0 & 7]) % (((long) v0 * (-32)) | 1L)) & ((long) ((double) v0))) << ii[ib + 3]);
                    v0 += (ii[ib + 0] >>> ((char) v0));
                    v0 |= ((int) v14);
                }
                float v15 = (!(((double) ff[fb + 0]) != (-(6.70458506414621E-6d))) ? v4 : v3);
                for (int j16 = 0; j16 < 5; j16++) {
                    v0 ^= j16;
                    v6 *= ((((float) Math.sqrt((0.5f))) <= ff[fb + 7]) ? ((double) ((v6 < (-0.0d)) ? 1 : 0)) : (((v15 >= v15) ? (6.933991341489792E-10d) : v5) - Math.abs(v6)));
                }
            }
            p7[v0 & 7] = (((long) v0 * (v0 + v0)) << Math.min((-42), (ii[ib + 1] - ii[ib + 5])));
        }
        long v17 = p7[3];
        out[ob + 0] = v4 != v4 ? 0x7fc00000 : Float.floatToRawIntBits(v4);
        long w18 = v1;
        out[ob + 1] = (int) w18;
        out[ob + 2] = (int) (w18 >>> 32);
        out[ob + 3] = v3 != v3 ? 0x7fc00000 : Float.floatToRawIntBits(v3);
        long w19 = v17;
        out[ob + 4] = (int) w19;
        out[ob + 5] = (int) (w19 >>> 32);
        out[ob + 6] = v3 != v3 ? 0x7fc00000 : Float.floatToRawIntBits(v3);
        out[ob + 7] = (int) (v2 >>> 17);
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k16(g, ii, ff, out, 0);
    }

}
