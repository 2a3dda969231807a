package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.CHUNK;
import static loglinear.kernels.Mamba2Kernels.CHUNK_LOG2;
import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;
import static loglinear.kernels.Mamba2Kernels.TILE;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;
import loglinear.jit.LaunchBounds;
import loglinear.jit.MmaLayout;

/**
 * The last stage of the sweep form of the Mamba-2 forward: the segment-level terms of the output. For each set bit j
 * of the (global) segment index sigma_g = segmentBase + sigma, every token t of segment sigma reads the stored state
 * R_j of {@link Mamba2Kernels#segmentSweep} (decayed to the segment start):
 *
 * <pre>o[t] += scale lambda[t, 7 + s + j] exp(Gs_t) q_t^T R_j</pre>
 *
 * <p>{@link Mamba2SweepKernels#segmentSweepOutput} has written the in-segment terms before, and these terms need
 * nothing of the chunks before t inside the segment, so every pair of chunks is independent here: one work-group
 * per (pair, b, h, V tile), no sequential walk. The reads are the sweep's own step b1
 * ({@link Mamba2SweepKernels#accumulateReads}): each R_j slice staged once for both chunks of the pair, the row
 * weights applied to Q's rows as they enter the product, 16 x 64 warp tiles (warps 0-3 the first chunk's rows,
 * 4-7 the second's).
 *
 * <p>Work per pair (C = 64, K = 128, one V tile, n = popcount(sigma_g) reads): n 2 (2 C K 64) = n 2.1 MFLOP; it reads
 * Q (2 C K), n states (K 64 each) and o (2 C 64), and writes o. Splitting these reads out of the sweep lets the
 * sweep produce the segment end states itself (the carry after its last pair), so no separate pass over k and v
 * computes them.
 */
public final class Mamba2SegmentReadKernels {
    private Mamba2SegmentReadKernels() {}

    /** Chunks one work-group covers: a pair, or one chunk when segments hold one chunk (s = 0). */
    public static int blockChunks(int segmentLog2) {
        return Math.min(2, 1 << segmentLog2);
    }

    /**
     * Global (256 * vTiles, B * H, ceil(chunks / {@link #blockChunks})), local (256, 1, 1): the heads of one pair are
     * neighbours in the launch order and share their Q loads through L2. Read-state slots of segment sigma start at
     * readOffsets[sigma] + sigma popcount(segmentBase), as {@link Mamba2Kernels#segmentSweep} stores them; groups of
     * a segment without set bits (segment 0 of the first window) do nothing.
     */
    @LaunchBounds(maxThreads = GROUP_THREADS, minGroupsPerMultiprocessor = 2)
    public static void segmentReads(KernelContext ctx, float[] q, float[] lambda, float[] gs, float[] readStates,
                                    int[] readOffsets, float[] o, int length, int heads, int headsPerGroup,
                                    int groups, int keyDim, int valueDim, int lambdaLevels, int segmentLog2,
                                    int paddedLength, int readsPerHead, int useLambda, float scale, int chunks,
                                    int segmentBase) {
        float[] pairTiles = ctx.allocateFloatLocalArray(2 * Mamba2SweepKernels.TILE_FLOATS);
        float[] stateSlices = ctx.allocateFloatLocalArray(3 * Mamba2SweepKernels.STATE_SLICE_FLOATS);
        float[] readWeights = ctx.allocateFloatLocalArray(Mamba2SweepKernels.MAX_READS * Mamba2SweepKernels.PAIR);
        int[] readSources = ctx.allocateIntLocalArray(Mamba2SweepKernels.MAX_READS);
        float[] acc = new float[Mamba2SweepKernels.WIDE_ACC];

        int lid = ctx.localIdx;
        int vTile = ctx.groupIdx;
        int bh = ctx.groupIdy;
        int firstChunk = ctx.groupIdz * blockChunks(segmentLog2);
        int segment = firstChunk >> segmentLog2;
        int segmentBits = segmentBase + segment;
        if (segmentBits != 0) {
            int b = bh / heads;
            int h = bh - b * heads;
            int grp = h / headsPerGroup;
            int qkRowStride = groups * keyDim;
            int queryStart = firstChunk * CHUNK;
            int queryOrigin = (b * length * groups + grp) * keyDim + queryStart * qkRowStride;
            int vBase = (b * length * heads + h) * valueDim;
            int vRowStride = heads * valueDim;
            // Rows i < pairRows exist: the first chunk's, then the second's (when the group covers two chunks).
            int firstRows = Math.max(0, Math.min(CHUNK, length - queryStart));
            int secondRows = 0;
            if (blockChunks(segmentLog2) == 2 && firstChunk + 1 < chunks) {
                secondRows = Math.max(0, Math.min(CHUNK, length - queryStart - CHUNK));
            }
            int pairRows = firstRows + secondRows;
            int warp = lid >> 5;
            int half = warp >> 2;
            int rowBlock = (warp & 3) << 4;
            int lane = lid & 31;
            int halfRows = half == 0 ? firstRows : secondRows;
            float rowDecay = 0f;
            if (lid < pairRows) {
                rowDecay = KernelMath.exp(gs[bh * paddedLength + queryStart + lid]);
            }
            // Step 1, the reads: bit j of sigma_g reads slot firstSlot + (set bits below j), row weights
            // lambda[t, 7 + s + j] exp(Gs_t), 0 for rows that do not exist.
            int slot = readOffsets[segment] + segment * Integer.bitCount(segmentBase);
            int reads = 0;
            int bits = segmentBits;
            int j = 0;
            while (bits != 0) {
                if ((bits & 1) != 0) {
                    if (lid < Mamba2SweepKernels.PAIR) {
                        float weight = rowDecay;
                        if (useLambda != 0 && lid < pairRows) {
                            weight = weight * lambda[((b * length + queryStart + lid) * heads + h) * lambdaLevels
                                    + CHUNK_LOG2 + 1 + segmentLog2 + j];
                        }
                        readWeights[reads * Mamba2SweepKernels.PAIR + lid] = weight;
                    }
                    if (lid == 0) {
                        readSources[reads] = -(slot + 1);
                    }
                    slot = slot + 1;
                    reads = reads + 1;
                }
                bits = bits >>> 1;
                j = j + 1;
            }
            for (int e = 0; e < Mamba2SweepKernels.WIDE_ACC; e++) {
                acc[e] = 0f;
            }
            ctx.localBarrier();
            // Step 2, O = sum_j diag(w_j) Q R_j for the warp's 16 x 64 tile. Every source is a stored read state
            // (negative), so the in-segment scratch arguments are never read: readStates, 0 and K 64 stand in.
            Mamba2SweepKernels.accumulateReads(ctx, lid, acc, reads, readSources, readWeights, pairTiles, stateSlices,
                    q, queryOrigin, qkRowStride, firstRows, secondRows, half, rowBlock, halfRows, readStates, 0,
                    keyDim * TILE, readStates, bh, readsPerHead, vTile, keyDim, valueDim);
            // Step 3, o += scale O for the rows that exist.
            for (int e = 0; e < Mamba2SweepKernels.WIDE_ACC; e++) {
                int row = rowBlock + MmaLayout.row(lane, e);
                int vv = vTile * TILE + MmaLayout.column(lane, e);
                if (vv < valueDim && row < halfRows) {
                    int at = vBase + (queryStart + half * CHUNK + row) * vRowStride + vv;
                    o[at] = o[at] + scale * acc[e];
                }
            }
        }
    }
}
