package loglinear.jit.translate;

import loglinear.jit.KernelContext;

/**
 * Kernels whose work-groups keep values in work-group local memory across helper calls: the OpenCL sub-group
 * emulation (shuffles and sums through the {@code __local} scratch) and a local array handed to a helper method.
 * Every work-group must see only its own local memory, however many work-groups run at the same time.
 */
public final class LocalMemoryKernels {
    /** Work-items per work-group of both kernels. */
    static final int GROUP = 64;
    /** Int results per work-item of {@link #subGroupSums}. */
    static final int INT_RESULTS = 4;
    /** Xor butterflies per work-item in {@link #subGroupSums}. */
    static final int BUTTERFLY_ROUNDS = 16;

    private LocalMemoryKernels() {
    }

    /**
     * Per work-item: out[4i] = subGroupReduceAdd(in[i]); out[4i + 1] = subGroupReduceAdd(laneId) (= 496);
     * out[4i + 2] = the sum over r < BUTTERFLY_ROUNDS of the xor butterfly b += shuffleXor(b, 16, 8, 4, 2, 1) of
     * b = in[i] + r (each = the sub-group's sum + 32 r; many shuffles keep work-groups in the scratch at once);
     * out[4i + 3] = shuffleDown(in[i], 1); fout[i] = subGroupReduceAdd((float) (in[i] & 1023)).
     */
    public static void subGroupSums(KernelContext ctx, int[] in, int[] out, float[] fout) {
        int i = ctx.globalIdx;
        int v = in[i];
        out[INT_RESULTS * i] = ctx.subGroupReduceAdd(v);
        out[INT_RESULTS * i + 1] = ctx.subGroupReduceAdd(ctx.laneId());
        int butterflies = 0;
        for (int round = 0; round < BUTTERFLY_ROUNDS; round++) {
            int butterfly = v + round;
            butterfly += ctx.shuffleXor(butterfly, 16);
            butterfly += ctx.shuffleXor(butterfly, 8);
            butterfly += ctx.shuffleXor(butterfly, 4);
            butterfly += ctx.shuffleXor(butterfly, 2);
            butterfly += ctx.shuffleXor(butterfly, 1);
            butterflies += butterfly;
        }
        out[INT_RESULTS * i + 2] = butterflies;
        out[INT_RESULTS * i + 3] = ctx.shuffleDown(v, 1);
        fout[i] = ctx.subGroupReduceAdd((float) (v & 1023));
    }

    /**
     * A local tile written and read only through helper methods: tile[lid] = in[i]; then tile[lid] =
     * 3 * tile[GROUP - 1 - lid] + 1; out[i] = tile[(lid + 1) % GROUP], so
     * out[i] = 3 * in[groupStart + GROUP - 1 - (lid + 1) % GROUP] + 1.
     */
    public static void helperLocalTile(KernelContext ctx, int[] in, int[] out) {
        int[] tile = ctx.allocateIntLocalArray(GROUP);
        int lid = ctx.localIdx;
        store(tile, lid, in[ctx.globalIdx]);
        ctx.localBarrier();
        int mirrored = load(tile, GROUP - 1 - lid);
        ctx.localBarrier();
        store(tile, lid, 3 * mirrored + 1);
        ctx.localBarrier();
        out[ctx.globalIdx] = load(tile, (lid + 1) % GROUP);
    }

    static void store(int[] tile, int index, int value) {
        tile[index] = value;
    }

    static int load(int[] tile, int index) {
        return tile[index];
    }
}
