// seed 4, unit 7; launch run0 over 128 items in groups of 64
import loglinear.jit.KernelContext;

public final class Fuzz_4_7_k3 {
    static void k3(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 3];
        int v1 = ii[ib + 2];
        long v2 = ((long) ii[ib + 7]);
        float v3 = ff[fb + 0];
        double v4 = ((double) ff[fb + 7] * ff[fb + 3]);
        float[] p5 = new float[8];
        switch ((v0 & 7)) {
            case 2:
                v2 = ((v2 << v1) / ((-v2) | 1L));
                break;
            case 7:
                v2 = ((long) (v0 >> v1) * v1);
                break;
            default:
                v2 = ((long) ((float) Math.sqrt((76.54029f))));
        }
        p5[ii[ib + 1] & 7] = Math.max((((v0 > v1) ? v3 : (-2.887095E-7f)) * ((ii[ib + 6] > v1) ? v3 : v3)), ((float) Math.sqrt(((13.847554f) - v3))));
        switch ((v1 & 7)) {
            case 5:
                v1 = ((ii[ib + 2] <= (-1)) ? ((v3 <= v3) ? v0 : 31) : ((-297530592) % (v1 | 1)));
            default:
                v1 = ((int) ((4.4232431915826313E-7d) * (-1.0223014825841983E8d)));
        }
        float v6 = ((float) Math.sqrt(((float) Math.sqrt(((-(73.383606f)) / (-v3))))));
        switch ((ii[ib + 2] & 7)) {
            case 7:
                v3 = ((v6 - v6) * (p5[ii[ib + 1] & 7] % ff[fb + 5]));
            case 1:
                v3 = ((v6 % v6) % v3);
                break;
            case 0:
                v3 = (((124206617321647L) == v2) ? (1.0f) : Math.min(v6, v3));
            default:
                v3 = ff[fb + 2];
        }
        v0 = (((((float) v2) > p5[ii[ib + 7] & 7]) ? v1 : ((v1 != v0) ? ((((double) ff[fb + 1] * ff[fb + 4]) >= v4) ? 17733 : (-394717)) : v0)) % (1000 | 1));
        v0 ^= Math.max((((7.518095849711785E-7d) >= (1.7976931348623157E308d)) ? ((v2 == (21243520117429L)) ? 1 : 0) : Math.max(ii[ib + 1], v1)), ((int) (-((double) ff[fb + 4] * ff[fb + 5]))));
        if (!(Math.abs(ii[ib + 3]) < ((-2) / ((-32) | 1)))) {
            v6 = ((((float) (-65717032795107L)) % (((94463106 > Integer.MIN_VALUE) ? v3 : v3) + ((v1 != v0) ? v3 : p5[ii[ib + 7] & 7]))) + Math.abs((-0.00115763f)));
        } else {
            if (((4294967295L) == ((((long) ii[ib + 2] << 32) | (ii[ib + 4] & 0xffffffffL)) + (-1L)))) {
                v4 -= (-(-(v4 - v4)));
            } else {
                v4 = Math.min((ii[ib + 7] * 1.25e-3), Math.sqrt(v4));
            }
            int w7 = 0;
            while (w7 < (v1 & 3)) {
                w7++;
                v2 -= v2;
                double v8 = (((~v2) == (((long) ii[ib + 6]) | (((long) ii[ib + 4] << 32) | (ii[ib + 3] & 0xffffffffL)))) ? (Math.abs(((2.718727717756744E-7d) * v4)) % (Math.abs((0.1d)) + Math.min((1.7976931348623157E308d), (-6041593.219008825d)))) : ((double) v6));
            }
            if (((-0.0d) > (v4 % v4))) {
                double v9 = ((double) v3);
                if ((((v2 < (((long) ii[ib + 0] << 32) | (ii[ib + 6] & 0xffffffffL))) ? p5[ii[ib + 7] & 7] : v3) == v6)) {
                    long v10 = (((((long) v3) > ((long) (1.0E-310d))) ? (~v2) : v2) ^ ((long) ((v0 & v0) * ((int) (63L))) * (-1048662)));
                    v3 += v6;
                }
            } else {
                int w11 = 0;
                while (w11 < (ii[ib + 7] & 3)) {
                    w11++;
                    double v12 = ((((v1 | v1) <= Integer.bitCount(ii[ib + 0])) ? Math.max(Math.abs(v4), ((double) ff[fb + 0] * ff[fb + 7])) : Math.abs(((double) v0))) % v4);
                }
                double v13 = ((((Double.POSITIVE_INFINITY < v4) || (v0 >= v0)) ^ ((v2 / ((4294967296L) | 1L)) <= ((84449L) ^ (((long) ii[ib + 1] << 32) | (ii[ib + 2] & 0xffffffffL))))) ? (Math.min(v4, (v4 % v4)) * (Double.NaN % (v4 * v4))) : ((double) v6));
                switch ((v0 & 7)) {
                    case 5:
                        v2 = Math.abs(Math.max((((long) ii[ib + 3] << 32) | (ii[ib + 0] & 0xffffffffL)), v2));
                    default:
                        v2 = (((4294967296L) | (((long) ii[ib + 4] << 32) | (ii[ib + 3] & 0xffffffffL))) >> ii[ib + 7]);
                }
            }
        }
        p5[v1 & 7] = ((Math.abs((1.4E-45f)) * p5[ii[ib + 2] & 7]) * (v6 / (p5[v1 & 7] / v3)));
        float v14 = p5[1];
        out[ob + 0] = v0;
        long w15 = (v4 != v4 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v4));
        out[ob + 1] = (int) w15;
        out[ob + 2] = (int) (w15 >>> 32);
        out[ob + 3] = v3 != v3 ? 0x7fc00000 : Float.floatToRawIntBits(v3);
        out[ob + 4] = v3 != v3 ? 0x7fc00000 : Float.floatToRawIntBits(v3);
        out[ob + 5] = v6 != v6 ? 0x7fc00000 : Float.floatToRawIntBits(v6);
        out[ob + 6] = v0;
        out[ob + 7] = v14 != v14 ? 0x7fc00000 : Float.floatToRawIntBits(v14);
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k3(g, ii, ff, out, 0);
    }

}
