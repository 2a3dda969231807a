// seed 1, unit 181; launch run0 over 128 items in groups of 64
// Reduced from Fuzz_1_181.k48: the v0 update of its w22 loop; item 8 starts at v0 = 5 for 3 rounds (Java 0xbc9bf040, the H100 gave 0x340 in the full body).
import loglinear.jit.KernelContext;

public final class Min_1_181_a_maxOfProducts {
    static void k0(int g, int[] ii, float[] ff, int[] out, int base) {
        int ib = g * 8;
        int fb = g * 8;
        int ob = base + g * 8;
        int v0 = (ii[ib + 3] & 3) + 2;
        for (int w = 0; w < (ii[ib + 3] & 3); w++) {
            v0 = (Math.max(Math.max((-v0), ((-10637) | v0)), v0) * Math.max(-64, (v0 * (v0 * v0))));
        }
        out[ob + 0] = v0;
    }

    public static void run0(KernelContext c, int[] ii, float[] ff, int[] out) {
        int g = c.globalIdx;
        k0(g, ii, ff, out, 0);
    }

}
