// seed 3, unit 314; launch run0 over 128 items in groups of 64
import loglinear.jit.KernelContext;

public final class Fuzz_3_314_k46 {
    static void k46(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 6];
        int v1 = ii[ib + 3];
        long v2 = (((long) ii[ib + 1] << 32) | (ii[ib + 4] & 0xffffffffL));
        long v3 = ((long) ii[ib + 0]);
        float v4 = ff[fb + 1];
        double v5 = ((double) ff[fb + 5] * ff[fb + 4]);
        double v6 = (ii[ib + 7] * 1.25e-3);
        long[] p7 = new long[8];
        v1 += Math.min(Math.min((-v1), ii[ib + 3]), ((ii[ib + 7] + v1) / ((v1 - ii[ib + 1]) | 1)));
        int w8 = 0;
        while (w8 < (ii[ib + 0] & 3)) {
            w8++;
            v0 = ((((short) (((((long) ii[ib + 4] << 32) | (ii[ib + 7] & 0xffffffffL)) == p7[ii[ib + 1] & 7]) ? ii[ib + 5] : v0)) ^ ((char) Integer.numberOfTrailingZeros(v0))) << ((((int) (1.0f)) % (398 | 1)) / (((int) Math.max(ff[fb + 3], (0.010280807f))) | 1)));
            v0 = v1;
        }
        p7[v0 & 7] = ((p7[v0 & 7] / (((v1 != v1) ? (1L) : v2) | 1L)) ^ (!(p7[v1 & 7] != (23160L)) ? (p7[ii[ib + 3] & 7] % (v2 | 1L)) : (~(309160895289719L))));
        switch ((v1 & 7)) {
            case 7:
                v2 = (((long) ii[ib + 0] << 32) | (ii[ib + 4] & 0xffffffffL));
                break;
            case 1:
                v2 = (-10833548161024263L);
                break;
            case 5:
                v2 = p7[ii[ib + 1] & 7];
                break;
            default:
                v2 = v3;
        }
        float v9 = v4;
        if (!(v2 < (((long) ii[ib + 0]) - v3))) {
            p7[v0 & 7] = ((-11700057045540L) >> Math.abs(v1));
        } else {
            long v10 = (((long) (((int) ((long) ii[ib + 7])) + (-ii[ib + 1])) * ((v0 & 65535) * ((-3409) >> v0))) & v2);
        }
        v4 -= ((v0 < (v1 ^ v0)) ? (Float.NEGATIVE_INFINITY / ((float) (-1L))) : ((v3 > v2) ? ((float) 32) : ((float) v5)));
        p7[ii[ib + 1] & 7] = Math.min((Math.max(p7[v0 & 7], p7[v1 & 7]) >> (-v1)), ((Float.NEGATIVE_INFINITY == v9) ? ((9223372036854775807L) - v3) : (v2 + v3)));
        if ((Math.abs((-0.00595353f)) >= (v9 / (-0.0f)))) {
            v9 = ((float) p7[ii[ib + 2] & 7]);
            if ((Math.min(v1, ii[ib + 4]) <= ((int) v5))) {
                v6 = (v5 - ((((-84.23870600516264d) % v6) % Math.abs(((double) ff[fb + 6] * ff[fb + 6]))) * Math.sqrt(v5)));
                int w11 = 0;
                while (w11 < (v1 & 3)) {
                    w11++;
                    long v12 = (~Math.abs(Math.max(((15653529L) >>> 31), (-(63L)))));
                    int v13 = ((((((double) ff[fb + 2] * ff[fb + 2]) > ((double) ff[fb + 2] * ff[fb + 0])) ? v4 : (-0.0f)) <= ((0.5f) - v4)) ? Math.max(Math.abs(((byte) ii[ib + 0])), (-(ii[ib + 0] | v0))) : ((1 * ((255 > v0) ? 1 : 0)) | ((((ii[ib + 1] * 1.25e-3) <= v5) ? 1 : 0) | (((-1339728) != v0) ? 1 : 0))));
                }
            } else {
                p7[ii[ib + 3] & 7] = ((64L) / (((long) Math.sqrt(v6)) | 1L));
            }
            p7[v0 & 7] = Math.min(((long) ii[ib + 3] * (-v1)), (986225497331104128L));
        } else {
            for (int j14 = 0; j14 < 6; j14++) {
                v4 += (-244.76208f);
            }
            float v15 = (v9 - ((float) ((0.37707889974429165d) + (9.223372036854776E18d))));
        }
        long v16 = p7[7];
        long w17 = (v5 != v5 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v5));
        out[ob + 0] = (int) w17;
        out[ob + 1] = (int) (w17 >>> 32);
        long w18 = (v5 != v5 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v5));
        out[ob + 2] = (int) w18;
        out[ob + 3] = (int) (w18 >>> 32);
        out[ob + 4] = v1;
        long w19 = (v5 != v5 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v5));
        out[ob + 5] = (int) w19;
        out[ob + 6] = (int) (w19 >>> 32);
        out[ob + 7] = (int) (v16 >>> 17);
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k46(g, ii, ff, out, 0);
    }

}
