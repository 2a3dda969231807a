// seed 3, unit 69; launch run0 over 128 items in groups of 64
import loglinear.jit.KernelContext;

public final class Fuzz_3_69_k33 {
    static void k33(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 1];
        long v1 = ((long) ii[ib + 2]);
        float v2 = ff[fb + 7];
        double v3 = ((double) ff[fb + 5] * ff[fb + 2]);
        double v4 = ((double) ff[fb + 4] * ff[fb + 5]);
        float v5 = ((float) (ii[ib + 2] * 1.25e-3));
        int w6 = 0;
        while (w6 < (ii[ib + 4] & 3)) {
            w6++;
            int w7 = 0;
            while (w7 < (ii[ib + 0] & 3)) {
                w7++;
                long v8 = (((long) Math.max((v0 & (-3)), ((int) (((long) ii[ib + 4] << 32) | (ii[ib + 2] & 0xffffffffL)))) * Math.abs(Integer.numberOfTrailingZeros(32))) >>> ((int) (-3976914L)));
                double v9 = Math.sqrt(((double) (((long) ii[ib + 4] << 32) | (ii[ib + 3] & 0xffffffffL))));
            }
        }
        for (int j10 = 0; j10 < (v0 & 7); j10++) {
            v4 += Math.abs(v4);
            switch ((ii[ib + 4] & 7)) {
                case 1:
                    v4 = (Math.abs((ii[ib + 4] * 1.25e-3)) - ((4.8799812876008784E-4d) % v3));
                    break;
                case 2:
                    v4 = ((((double) ff[fb + 1] * ff[fb + 4]) > v3) ? ((double) (-45.586117f)) : ((double) v2));
                    break;
                default:
                    v4 = ((double) Math.max(Float.NEGATIVE_INFINITY, ff[fb + 1]));
            }
        }
        v4 = ((6.627954117459978d) % ((-Math.sqrt(v3)) * (-0.0d)));
        for (int j11 = 0; j11 < (v0 & 7); j11++) {
            v3 += (-v3);
            if (((((double) ff[fb + 2] * ff[fb + 5]) % v3) > ((double) (0.009516304f)))) {
                continue;
            }
            switch ((ii[ib + 5] & 7)) {
                case 7:
                    v0 = v0;
                    break;
                case 4:
                    v0 = ((v4 <= v4) ? 1 : 0);
                default:
                    v0 = ((j11 <= 65535) ? 1 : 0);
            }
        }
        switch (v0) {
            case 174768:
                v5 = ((float) ((v5 <= ff[fb + 2]) ? 1 : 0));
                break;
            case 392:
                v5 = (((0L) < (0L)) ? (v5 + v2) : ff[fb + 5]);
                break;
            case 1:
                v5 = v2;
                break;
            default:
                v5 = v5;
        }
        long v12 = ((long) Math.abs(((int) Math.abs(v1))) * Math.abs(((int) (63L))));
        long v13 = ((long) Math.max(Math.max(Math.min(v0, v0), (-ii[ib + 5])), ((int) v2)) * Math.abs(Math.abs(((byte) v0))));
        if (((v12 / ((4294967295L) | 1L)) > Math.max(v1, v13))) {
            v4 += v3;
        } else {
            if (((((long) v0 * 16351) == ((long) v0)) || (((v3 * (-0.0d)) < (-1.177732835998201E-5d)) || ((2908 > v0) && !(v1 > (1L)))))) {
                for (int j14 = 0; j14 < 7; j14++) {
                    v0 += ((byte) (((v13 < v1) ? 1 : 0) << ((int) v4)));
                }
                switch (ii[ib + 1]) {
                    case 65535:
                        v4 = v3;
                        break;
                    case 1:
                        v4 = v3;
                        break;
                    case 33:
                        v4 = Math.abs((-v3));
                        break;
                    default:
                        v4 = (-((double) (4294967295L)));
                }
            } else {
                float v15 = ((float) Math.sqrt(((Math.abs((0.0d)) != Math.sqrt(((double) ff[fb + 6] * ff[fb + 7]))) ? ((-ff[fb + 2]) / ((float) Math.sqrt(v5))) : ((float) Math.sqrt(v2)))));
                if (((v0 | v0) > (v0 + v0))) {
                    v0 -= (33 / ((Math.abs(v0) + ((int) ff[fb + 0])) | 1));
                    int v16 = (((int) ((float) Math.sqrt((v2 - ff[fb + 1])))) | (-1));
                } else {
                    int v17 = (((((224.81236f) + v5) < ((-3.861394E-6f) - Float.NaN)) && (((1.0E-310d) - (2.986116803049302E-9d)) > (v3 % (4.529776479729382E-7d)))) ? 1 : 0);
                    v4 += ((((double) ff[fb + 1] * ff[fb + 2]) == (ii[ib + 7] * 1.25e-3)) ? (((1.0E-310d) - ((double) ff[fb + 4] * ff[fb + 5])) + (4.9E-324d)) : (((794454.1631297424d) != (0.0d)) ? ((v2 <= v2) ? (ii[ib + 0] * 1.25e-3) : v3) : (((0.1d) > (1.0d)) ? (2.068962615040355E-6d) : v4)));
                }
            }
            v0 &= ii[ib + 5];
            int w18 = 0;
            while (w18 < (ii[ib + 6] & 3)) {
                w18++;
                switch ((v0 & 7)) {
                    case 2:
                        v13 = (((((long) ii[ib + 7] << 32) | (ii[ib + 4] & 0xffffffffL)) - ((long) ii[ib + 2])) / (v12 | 1L));
                        break;
                    case 6:
                        v13 = (64L);
                        break;
                    default:
                        v13 = v13;
                }
            }
        }
        long w19 = v1;
        out[ob + 0] = (int) w19;
        out[ob + 1] = (int) (w19 >>> 32);
        long w20 = v1;
        out[ob + 2] = (int) w20;
        out[ob + 3] = (int) (w20 >>> 32);
        out[ob + 4] = v0;
        long w21 = (v4 != v4 ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v4));
        out[ob + 5] = (int) w21;
        out[ob + 6] = (int) (w21 >>> 32);
        out[ob + 7] = (int) (v13 >>> 17);
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k33(g, ii, ff, out, 0);
    }

}
