// seed 3, unit 314; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_3_314.k46, line 17: v1 += min(min(-v1, v1), q); the PTX is right (neg.s32, min.s32, min.s32,
// add.s32); item 1 (v1 = 94, q = 0) gives 94 instead of 0 if the negation is lost past the PTX.
import loglinear.jit.KernelContext;

public final class Min_3_314_a_minWithNegatedSelf {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int ob = base + g * 8;
        int v1 = ii[ib + 3];
        int q = ((ii[ib + 7] + v1) / ((v1 - ii[ib + 1]) | 1));
        int m = Math.min(Math.min((-v1), ii[ib + 3]), q);
        v1 += m;
        out[ob + 0] = v1;
        out[ob + 1] = m;
        out[ob + 2] = q;
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
