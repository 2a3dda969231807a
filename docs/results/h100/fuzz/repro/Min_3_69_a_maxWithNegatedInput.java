// seed 3, unit 69; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_3_69.k33, line 68: max(max(v0, -ii[ib + 5]), (int) v2); the PTX is right (neg.s32, max.s32,
// max.s32); item 4 differs on the H100 if the negation is lost past the PTX (max gives -1 instead of 33).
import loglinear.jit.KernelContext;

public final class Min_3_69_a_maxWithNegatedInput {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = ii[ib + 1];
        float v2 = ff[fb + 7];
        int m = Math.max(Math.max(Math.min(v0, v0), (-ii[ib + 5])), ((int) v2));
        long v13 = ((long) m * Math.abs(Math.abs(((byte) v0))));
        out[ob + 0] = m;
        out[ob + 1] = (int) v13;
        out[ob + 2] = (int) (v13 >>> 32);
        out[ob + 3] = (int) (v13 >>> 17);
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
