// seed 2, unit 69; launch run0 over 128 items in groups of 64
import loglinear.jit.KernelContext;

public final class Fuzz_2_69_k15 {
    static void k15(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 5];
        long v1 = ((long) ii[ib + 5]);
        float v2 = ff[fb + 2];
        double v3 = ((double) ff[fb + 5] * ff[fb + 2]);
        if ((((0.32455468f) < (v2 % (343.77414f))) || (((-v3) > ((-0.6720520266704856d) - v3)) ^ ((v2 != (3.0f)) || ((-1L) > v1))))) {
            int w4 = 0;
            while (w4 < (ii[ib + 3] & 3)) {
                w4++;
                int v5 = ((((1852644772 <= v0) || (ii[ib + 4] > v0)) || (((long) v3) > (-Long.MIN_VALUE))) ? v0 : ((((double) v2) <= (-(0.1d))) ? 1 : 0));
                double v6 = Math.sqrt(((((int) (-1.0d)) == (v5 % (ii[ib + 3] | 1))) ? (Math.min((-1.0d), (ii[ib + 1] * 1.25e-3)) / ((double) Float.POSITIVE_INFINITY)) : ((double) v1)));
            }
            for (int j7 = 0; j7 < (v0 & 7); j7++) {
                v1 += (20108L);
                if ((((int) v1) < (((-88030104556996L) == (4294967295L)) ? j7 : v0))) {
                    break;
                }
                for (int j8 = 0; j8 < (ii[ib + 4] & 7); j8++) {
                    v2 += (v2 % ff[fb + 0]);
                }
            }
        }
        for (int j9 = 0; j9 < (v0 & 7); j9++) {
            v0 += v0;
        }
        if ((v1 == ((long) ii[ib + 2]))) {
            for (int j10 = 0; j10 < (ii[ib + 7] & 7); j10++) {
                v0 ^= (j10 | (Math.abs((-452)) + (j10 * Integer.MIN_VALUE)));
                int w11 = 0;
                while (w11 < (ii[ib + 7] & 3)) {
                    w11++;
                    v2 += ((((byte) v0) >= ((byte) ii[ib + 1])) ? Math.abs((-ff[fb + 3])) : (v2 * v2));
                    v1 = (v1 & (Math.abs((1L)) >> 65535));
                }
            }
            if (((((v0 ^ 15281497) > Math.max(v0, ii[ib + 6])) ^ !((v2 != (-1.0f)) ^ (v1 == (-308247405184379459L)))) || ((((v0 <= 31) || (ff[fb + 2] > ff[fb + 0])) && (ff[fb + 5] < v2)) || (((ii[ib + 7] * 1.25e-3) % v3) != ((double) v0))))) {
                v3 -= (((double) (3.0f)) / ((v0 > v0) ? ((double) ff[fb + 3] * ff[fb + 1]) : ((20 == 1) ? (-358.2738571053114d) : v3)));
            } else {
                long v12 = ((long) ((double) ((float) Math.sqrt((0.0013803265f)))));
                int w13 = 0;
                while (w13 < (v0 & 3)) {
                    w13++;
                    float v14 = (v2 % Math.max((Float.NaN / v2), ((float) Math.sqrt(((1.4E-45f) % v2)))));
                }
                for (int j15 = 0; j15 < (ii[ib + 0] & 7); j15++) {
                    v2 += (-1.4897981E-5f);
                    v3 = Math.abs(((double) Float.POSITIVE_INFINITY));
                }
            }
            int w16 = 0;
            while (w16 < (ii[ib + 0] & 3)) {
                w16++;
                v1 -= ((~((v1 >= v1) ? (64L) : v1)) / (((v1 == v1) ? (((-440692748) <= (-8030937)) ? v1 : ((long) ii[ib + 7])) : ((v3 >= (4.9E-324d)) ? v1 : (((long) ii[ib + 2] << 32) | (ii[ib + 5] & 0xffffffffL)))) | 1L));
            }
        }
        v1 = ((long) Math.sqrt((-Math.abs((-0.0d)))));
        if ((ff[fb + 2] >= (2.1474836E9f))) {
            if (!((v1 & (-8834251973079L)) > Math.min(v1, (9223372036854775807L)))) {
                int w17 = 0;
                while (w17 < (v0 & 3)) {
                    w17++;
                    v1 = ((v1 - (Math.abs((0L)) << ((int) v2))) * ((long) ((short) (v0 * 1000)) * Integer.numberOfTrailingZeros(Integer.MIN_VALUE)));
                    v1 = v1;
                }
            } else {
                float v18 = Math.min((((1651156 * ii[ib + 2]) > Math.abs(v0)) ? Math.min(((v1 >= (64L)) ? v2 : v2), ((v3 < (-0.0d)) ? v2 : v2)) : ((v2 + (-0.41660446f)) / ((float) Math.sqrt((-8.669766E-5f))))), ((float) Math.sqrt(Math.abs(((v3 > v3) ? (-0.0f) : ff[fb + 6])))));
                if (!((ff[fb + 2] % v18) > Math.min((-56.000427f), (-2.147179E-4f)))) {
                    v1 = (((long) ((ii[ib + 4] + 525268) + (-v0)) * v0) >>> ((24 * v0) * 764));
                }
            }
            int w19 = 0;
            while (w19 < (v0 & 3)) {
                w19++;
                for (int j20 = 0; j20 < (v0 & 7); j20++) {
                    v0 += ((short) Math.abs(ii[ib + 2]));
                    if (((v1 % (v1 | 1L)) > (-v1))) {
                        continue;
                    }
                    v1 = ((~Math.max((80993088577L), (((long) ii[ib + 7]) % (((long) ii[ib + 2]) | 1L)))) << ((byte) ((v3 == v3) ? 1000 : (-32))));
                }
            }
            v1 = v1;
        }
        v2 += ((float) (((int) (-1L)) + (v0 << ii[ib + 0])));
        if ((v3 == (v3 % ((double) ff[fb + 0] * ff[fb + 3])))) {
            double v21 = (4.9E-324d);
            if ((((-(1.0E-40f)) != (v2 + v2)) ^ ((v3 % (0.060466418885075125d)) <= ((v1 > v1) ? v3 : v3)))) {
                int w22 = 0;
                while (w22 < (ii[ib + 6] & 3)) {
                    w22++;
                    long v23 = ((long) (~ii[ib + 3]) * (-32));
                }
                for (int j24 = 0; j24 < (v0 & 7); j24++) {
                    v1 += Math.min(Math.abs(Math.abs((((long) ii[ib + 6] << 32) | (ii[ib + 7] & 0xffffffffL)))), (-64L));
                    v2 = ((float) ((char) (((0.0013599313f) <= ff[fb + 0]) ? 1 : 0)));
                }
            }
        }
        if ((Math.abs((-59L)) > v1)) {
            v0 *= ((byte) (((ii[ib + 3] > ii[ib + 4]) ^ (v0 < 33)) ? Math.min(7, v0) : Math.min(v0, v0)));
        }
        switch (ii[ib + 6]) {
            case (-89):
                v1 = ((long) Math.max(v0, v0) * (65535 >> v0));
                break;
            case 33:
                v1 = (4294967296L);
            default:
                v1 = v1;
        }
        out[ob + 0] = v2 != v2 ? 0x7fc00000 : Float.floatToRawIntBits(v2);
        long w25 = v1;
        out[ob + 1] = (int) w25;
        out[ob + 2] = (int) (w25 >>> 32);
        long w26 = (v3 != v3 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v3));
        out[ob + 3] = (int) w26;
        out[ob + 4] = (int) (w26 >>> 32);
        long w27 = v1;
        out[ob + 5] = (int) w27;
        out[ob + 6] = (int) (w27 >>> 32);
        out[ob + 7] = (int) (v1 >>> 17);
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k15(g, ii, ff, out, 0);
    }

}
