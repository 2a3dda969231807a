// seed 1, unit 181; launch run0 over 128 items in groups of 64
import loglinear.jit.KernelContext;

public final class Fuzz_1_181_k48 {
    static void k48(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 7];
        long v1 = (((long) ii[ib + 4] << 32) | (ii[ib + 6] & 0xffffffffL));
        long v2 = ((long) ii[ib + 2]);
        float v3 = ff[fb + 6];
        double v4 = ((double) ff[fb + 3] * ff[fb + 6]);
        double v5 = (ii[ib + 6] * 1.25e-3);
        v0 = (((((long) ii[ib + 3]) <= Math.abs(v2)) || (Math.abs((-1.0933674E-4f)) <= ff[fb + 6])) ? 1 : 0);
        double v6 = Math.abs(((((int) v2) >= ii[ib + 7]) ? (((-1.0d) * v5) * ((double) v2)) : ((v5 % v5) * (-v5))));
        int w7 = 0;
        while (w7 < (ii[ib + 2] & 3)) {
            w7++;
            if ((Math.abs(ff[fb + 3]) != (((0.0015138105f) == (-0.03226851f)) ? Float.NEGATIVE_INFINITY : (-0.44152588f)))) {
                for (int j8 = 0; j8 < (v0 & 7); j8++) {
                    v3 += ((float) (v6 % (v4 * (-2.407890253553414E7d))));
                    float v9 = Math.abs(Math.min(((float) Math.sqrt((((1.0E-310d) > (ii[ib + 3] * 1.25e-3)) ? v3 : ff[fb + 0]))), ((float) Math.sqrt(((float) Math.sqrt(v3))))));
                }
                int w10 = 0;
                while (w10 < (ii[ib + 2] & 3)) {
                    w10++;
                    v3 -= (-24072.143f);
                    double v11 = v6;
                }
                float v12 = ((float) Math.sqrt(Math.abs(Math.max((-v3), (v3 / ff[fb + 4])))));
            }
        }
        int w13 = 0;
        while (w13 < (v0 & 3)) {
            w13++;
            float v14 = Math.abs((((v0 == 0) ? v3 : v3) - (-((1.0f) + ff[fb + 1]))));
            for (int j15 = 0; j15 < 1; j15++) {
                v0 += (Math.max(Integer.bitCount(v0), (((-453) >= j15) ? 1 : 0)) & ((1 * 31) / (j15 | 1)));
                if (((9.223372036854776E18d) >= Math.sqrt((0.0d)))) {
                    double v16 = ((double) ff[fb + 2] * ff[fb + 1]);
                    v2 &= (v1 % (((((64L) == (16381900138475119L)) ? ((long) ii[ib + 7]) : (25865711813509L)) % (((long) v0) | 1L)) | 1L));
                } else {
                    int v17 = (((int) Math.abs(((-2205719438301924095L) / (v1 | 1L)))) / (((!(ii[ib + 5] < v0) ? ((-868201632) + v0) : 1) >> j15) | 1));
                    v3 = v3;
                    int v18 = 275870;
                }
            }
        }
        if (((Math.sqrt(v6) >= ((9.223372036854776E18d) / Double.NaN)) ^ ((!((2.1474836E9f) == v3) || ((ii[ib + 4] >= (-1698)) ^ (v1 != v2))) || ((v6 / v4) >= v5)))) {
            int w19 = 0;
            while (w19 < (v0 & 3)) {
                w19++;
                v5 = v4;
                v6 -= (9.223372036854776E18d);
            }
        } else {
            for (int j20 = 0; j20 < 1; j20++) {
                v5 += Math.max(((double) Math.abs(Float.NEGATIVE_INFINITY)), (594.0235308064728d));
                float v21 = Float.POSITIVE_INFINITY;
            }
        }
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
                long v25 = (v1 | ((4294967296L) % ((((long) ((double) ff[fb + 4] * ff[fb + 6])) | ((long) v0 * (-32))) | 1L)));
            }
        }
        long w26 = (v5 != v5 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v5));
        out[ob + 0] = (int) w26;
        out[ob + 1] = (int) (w26 >>> 32);
        out[ob + 2] = v0;
        long w27 = v2;
        out[ob + 3] = (int) w27;
        out[ob + 4] = (int) (w27 >>> 32);
        long w28 = (v6 != v6 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v6));
        out[ob + 5] = (int) w28;
        out[ob + 6] = (int) (w28 >>> 32);
        out[ob + 7] = (int) ((v5 != v5 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v5)) >>> 17);
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k48(g, ii, ff, out, 0);
    }

}
