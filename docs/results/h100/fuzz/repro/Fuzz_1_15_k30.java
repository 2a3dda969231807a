// seed 1, unit 15; launch run0 over 128 items in groups of 64
import loglinear.jit.KernelContext;

public final class Fuzz_1_15_k30 {
    static void k30(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 0];
        long v1 = ((long) ii[ib + 6]);
        float v2 = ff[fb + 3];
        float v3 = ff[fb + 2];
        double v4 = (ii[ib + 4] * 1.25e-3);
        double v5 = ((double) ff[fb + 6] * ff[fb + 2]);
        v5 += ((v3 > Math.abs((-0.16981035f))) ? v4 : Math.min(Math.max(v5, (-0.473662344034746d)), Math.abs((-3910.9700762450007d))));
        for (int j6 = 0; j6 < (v0 & 7); j6++) {
            v0 += (j6 + ((short) ii[ib + 7]));
            if ((((double) ff[fb + 1] * ff[fb + 4]) >= (1.0d))) {
                int w7 = 0;
                while (w7 < (v0 & 3)) {
                    w7++;
                    v1 *= Math.max(((((-1.0d) <= (9.223372036854776E18d)) ? (9223372036854775807L) : v1) >>> 17091), ((v1 * (-1L)) & (((long) ii[ib + 6] << 32) | (ii[ib + 4] & 0xffffffffL))));
                    float v8 = (-(((float) (ii[ib + 2] & v0)) % ff[fb + 4]));
                }
            } else {
                int w9 = 0;
                while (w9 < (v0 & 3)) {
                    w9++;
                    v3 += ((float) ((-v4) % (-(ii[ib + 0] * 1.25e-3))));
                }
            }
        }
        v1 += ((long) (((-4.309178325876684E-9d) - ((double) ff[fb + 5] * ff[fb + 1])) / ((1.7976931348623157E308d) % (4.9E-324d))));
        switch ((ii[ib + 4] & 7)) {
            case 0:
                v0 = ((-429778808) * ((int) (((long) ii[ib + 5] << 32) | (ii[ib + 2] & 0xffffffffL))));
            case 2:
                v0 = ((char) Math.max(v0, ii[ib + 3]));
                break;
            case 4:
                v0 = v0;
            default:
                v0 = (-255);
        }
        if (((v3 % Float.NEGATIVE_INFINITY) < ((v1 != v1) ? v2 : (7.41297E-4f)))) {
            double v10 = ((double) ((v0 * ((int) v4)) << Integer.bitCount(((v4 != v5) ? v0 : v0))));
        }
        for (int j11 = 0; j11 < 4; j11++) {
            v0 ^= ((int) v4);
        }
        v0 &= ((int) ((2147483647 == 33) ? ((Double.POSITIVE_INFINITY <= v4) ? v4 : v4) : Math.abs(v4)));
        if ((((77196292L) <= (((long) ii[ib + 1]) % ((((long) ii[ib + 4] << 32) | (ii[ib + 4] & 0xffffffffL)) | 1L))) && (v3 == ((v0 != 3560) ? ff[fb + 0] : (1.0f))))) {
            if (((v4 / v4) < (((double) ff[fb + 1] * ff[fb + 2]) * v5))) {
                v0 -= Integer.numberOfTrailingZeros(Math.abs(31));
            } else {
                int v12 = ((((int) (v4 - (ii[ib + 5] * 1.25e-3))) >> 33) << (((v3 != (-0.0f)) ? 1 : 0) * v0));
                v4 *= (-15941.089065176957d);
                if ((v12 >= Math.abs(ii[ib + 1]))) {
                    float v13 = ((((v3 > v2) ? v1 : (1L)) < (((long) ii[ib + 0] << 32) | (ii[ib + 7] & 0xffffffffL))) ? Math.abs(((float) Math.min(v5, v4))) : ((float) ((v12 < v12) ? 1 : 0)));
                    v5 += (Double.POSITIVE_INFINITY - ((double) ff[fb + 1] * ff[fb + 2]));
                }
            }
            int w14 = 0;
            while (w14 < (ii[ib + 0] & 3)) {
                w14++;
                if (((v1 * Long.MIN_VALUE) > (v1 ^ v1))) {
                    v1 -= v1;
                    v0 += Math.max(Math.min(v0, (v0 * 31)), (((int) (-221.20187579189772d)) ^ Math.abs(v0)));
                }
                int w15 = 0;
                while (w15 < (v0 & 3)) {
                    w15++;
                    v3 -= (Math.max(v3, (-0.0023016182f)) % ff[fb + 4]);
                }
            }
            switch (v0) {
                case 2147483647:
                    v0 = ((v5 == v4) ? 1 : 0);
                    break;
                case (-1):
                    v0 = Math.max(Integer.numberOfTrailingZeros(65535), 4);
                    break;
                case 32:
                    v0 = ((int) (-v4));
                    break;
                case (-32):
                    v0 = (~Integer.numberOfLeadingZeros(v0));
                    break;
                default:
                    v0 = ((v3 != ff[fb + 2]) ? 1 : 0);
            }
        } else {
            int w16 = 0;
            while (w16 < (v0 & 3)) {
                w16++;
                v3 -= (0.0019781645f);
            }
            for (int j17 = 0; j17 < (v0 & 7); j17++) {
                v2 += (-((float) Math.sqrt(((float) (1.999808776537007E-7d)))));
            }
        }
        double v18 = Math.sqrt((Math.abs(((9.978884215753438E-8d) + (-1.0d))) - Math.sqrt(((1.127247993538477E-5d) % v4))));
        switch ((v0 & 7)) {
            case 0:
                v0 = Math.max(1000, Math.abs(v0));
            default:
                v0 = ((v18 < v5) ? v0 : (1000 >>> 33));
        }
        long w19 = v1;
        out[ob + 0] = (int) w19;
        out[ob + 1] = (int) (w19 >>> 32);
        out[ob + 2] = v3 != v3 ? 0x7fc00000 : Float.floatToRawIntBits(v3);
        long w20 = (v4 != v4 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v4));
        out[ob + 3] = (int) w20;
        out[ob + 4] = (int) (w20 >>> 32);
        long w21 = (v4 != v4 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v4));
        out[ob + 5] = (int) w21;
        out[ob + 6] = (int) (w21 >>> 32);
        out[ob + 7] = v0;
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k30(g, ii, ff, out, 0);
    }

}
