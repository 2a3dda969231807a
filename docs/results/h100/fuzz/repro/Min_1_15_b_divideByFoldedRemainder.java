// seed 1, unit 15; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_1_15.k30: (long) of a quotient by the folded remainder MAX_VALUE % 4.9E-324 (= 0.0).
import loglinear.jit.KernelContext;

public final class Min_1_15_b_divideByFoldedRemainder {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        long v1 = ((long) (((-4.309178325876684E-9d) - ((double) ff[fb + 5] * ff[fb + 1])) / ((1.7976931348623157E308d) % (4.9E-324d))));
        out[ob + 0] = (int) v1;
        out[ob + 1] = (int) (v1 >>> 32);
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
