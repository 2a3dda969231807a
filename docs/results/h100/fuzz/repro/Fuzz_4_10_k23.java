// seed 4, unit 10; launch run0 over 128 items in groups of 64
import loglinear.jit.KernelContext;

public final class Fuzz_4_10_k23 {
    static void k23(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 5];
        long v1 = (((long) ii[ib + 1] << 32) | (ii[ib + 0] & 0xffffffffL));
        long v2 = (((long) ii[ib + 3] << 32) | (ii[ib + 7] & 0xffffffffL));
        float v3 = ff[fb + 5];
        double v4 = ((double) ff[fb + 4] * ff[fb + 7]);
        double v5 = (ii[ib + 4] * 1.25e-3);
        int[] p6 = new int[8];
        int w7 = 0;
        while (w7 < (v0 & 3)) {
            w7++;
            if (((((v5 != ((double) ff[fb + 0] * ff[fb + 3])) || !(v1 > v2)) || (((((long) ii[ib + 3] << 32) | (ii[ib + 5] & 0xffffffffL)) % ((-98410214523584715L) | 1L)) < ((long) v0 * v0))) && ((-v3) > (-v3)))) {
                p6[ii[ib + 3] & 7] = ((((ii[ib + 3] != v0) ? 1 : 0) >>> (~ii[ib + 6])) >>> Math.min((v0 * v0), Math.abs(v0)));
                v4 = ((((9223372036854775807L) * v1) == (((long) ii[ib + 6] << 32) | (ii[ib + 6] & 0xffffffffL))) ? ((v5 + ((double) (-287223374758L))) / ((double) (((long) ii[ib + 4]) + (40368L)))) : ((Math.abs((1.4E-45f)) <= (-(0.0f))) ? v4 : (ii[ib + 3] * 1.25e-3)));
                int v8 = Math.max((((int) Math.abs(((double) ff[fb + 5] * ff[fb + 4]))) % (Math.abs((Integer.MIN_VALUE / ((-30203) | 1))) | 1)), v0);
            } else {
                v2 = (-Math.abs(v1));
                v3 += ((((p6[ii[ib + 3] & 7] != Integer.MIN_VALUE) && ((-1L) <= (4294967296L))) ^ (v1 > v2)) ? v3 : Math.abs(((-0.15152334f) - v3)));
            }
            int w9 = 0;
            while (w9 < (v0 & 3)) {
                w9++;
                v1 += (~((long) v5));
                v0 = Integer.numberOfTrailingZeros(v0);
            }
        }
        v3 *= ((0.64196384f) - (((1.7976931348623157E308d) != v5) ? (((-0.010518793f) > (-1.5010122E-5f)) ? v3 : ff[fb + 0]) : (v3 * (1.1052277E-5f))));
        p6[ii[ib + 1] & 7] = Math.abs((~(v0 << ii[ib + 5])));
        v2 &= Math.abs(((long) (-ff[fb + 5])));
        if (((((long) ii[ib + 7]) * v2) != ((long) v0))) {
            for (int j10 = 0; j10 < (v0 & 7); j10++) {
                v4 += ((ii[ib + 1] * 1.25e-3) - ((v4 % v4) % v4));
                if (((v2 == (-1L)) && ((-32) < p6[ii[ib + 7] & 7]))) {
                    continue;
                }
                switch ((j10 & 7)) {
                    case 1:
                        v0 = (~(~p6[v0 & 7]));
                        break;
                    default:
                        v0 = ((v0 + v0) + v0);
                }
            }
            if (((v1 / ((-410826697L) | 1L)) == (v2 * v2))) {
                v3 = Math.abs(((ii[ib + 5] <= (v0 * v0)) ? (-((3.0f) / (-352.96722f))) : (-Math.abs((0.0f)))));
                int v11 = ((Math.abs(ff[fb + 1]) < (v3 - (-0.0f))) ? 1 : 0);
            } else {
                v0 |= (((v0 & ii[ib + 2]) * p6[v0 & 7]) * ((1000 & ii[ib + 0]) % ((v0 >>> v0) | 1)));
                float v12 = (v3 % (0.5f));
            }
        } else {
            switch ((v0 & 7)) {
                case 4:
                    v1 = ((1 >= p6[ii[ib + 1] & 7]) ? ((long) ii[ib + 5] * v0) : v1);
                    break;
                case 0:
                    v1 = ((long) (((-0.0d) < (ii[ib + 2] * 1.25e-3)) ? 1 : 0));
                    break;
                case 1:
                    v1 = ((v2 == (1556986536051190497L)) ? ((long) v5) : ((Long.MIN_VALUE != v1) ? v1 : (138658745L)));
                default:
                    v1 = (-(v1 - v2));
            }
            switch ((ii[ib + 6] & 7)) {
                case 1:
                    v4 = ((v4 / (9.223372036854776E18d)) + ((double) ((long) ii[ib + 2])));
                    break;
                case 5:
                    v4 = Math.sqrt((-v5));
                case 3:
                    v4 = Math.abs(Math.min(v5, ((double) ff[fb + 1] * ff[fb + 1])));
                    break;
                default:
                    v4 = (v5 % (((double) ff[fb + 3] * ff[fb + 6]) % v5));
            }
            long v13 = (((v0 + v0) <= Math.max(v0, p6[ii[ib + 5] & 7])) ? (-24851911L) : (v1 % ((((-543019L) >> (-32)) / (v1 | 1L)) | 1L)));
        }
        int v14 = p6[2];
        long w15 = (v5 != v5 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v5));
        out[ob + 0] = (int) w15;
        out[ob + 1] = (int) (w15 >>> 32);
        out[ob + 2] = v3 != v3 ? 0x7fc00000 : Float.floatToRawIntBits(v3);
        long w16 = (v4 != v4 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v4));
        out[ob + 3] = (int) w16;
        out[ob + 4] = (int) (w16 >>> 32);
        long w17 = (v4 != v4 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v4));
        out[ob + 5] = (int) w17;
        out[ob + 6] = (int) (w17 >>> 32);
        out[ob + 7] = v14;
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k23(g, ii, ff, out, 0);
    }

}
