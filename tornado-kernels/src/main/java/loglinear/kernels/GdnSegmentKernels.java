package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.CHUNK;
import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;
import static loglinear.kernels.Mamba2Kernels.TILE;

import loglinear.jit.KernelContext;
import loglinear.jit.LaunchBounds;

/**
 * The across-segment part of the parallel Gated DeltaNet forward. The sequence is cut into segments of 2^s aligned
 * chunks; a segment is a super-chunk whose internal levels are local to it (spec section 5), so only the states of
 * segment levels cross segment borders:
 * <ol>
 *   <li>{@link #segmentSummaries}: per (b, h, segment) in parallel, the segment's net transition
 *       P_sigma = P(segment end, segment start) (K x K) and its net write E_sigma = sum_s P(segment end, s)
 *       beta_s k_s v_s^T (K x V), by walking the segment's chunks from [I | 0] with the chunk step
 *       S = exp(Gl_last) S - Kd^T (W S - [0 | U]).</li>
 *   <li>{@link #segmentSweep}: per (b, h, V tile) the Fenwick sweep over segments (spec section 4 at segment
 *       granularity): before segment sigma every state of a set bit j of sigma is stored as the read state R_j
 *       (popcount prefix offsets); then the carry at m = trailingZeros(sigma + 1), F_m = F_0 + .. + F_(m-1), and
 *       every state of a set bit l of sigma + 1 crosses the segment: F_l = P_sigma F_l (+ E_sigma for l = m).</li>
 * </ol>
 * {@link GdnKernels#chunkSweep} then runs every segment in parallel, starting chunk level s + j from R_j.
 *
 * <p>Windowed forwards ({@link WindowedForwardPlan}) number segments globally: segment sigma of window n is
 * n 2^w' + sigma (2^w' segments per window). The sweep's states F persist from one window to the next, so the set
 * bits of n are simply more segment levels: the window levels need no kernel of their own.
 */
public final class GdnSegmentKernels {
    private GdnSegmentKernels() {}

    /** Floats of W (C x K) and U (C x 64 per V tile) one summary work-group keeps in the chunk scratch. */
    public static int summaryScratchFloats(int keyDim, int valueDim) {
        return CHUNK * keyDim + CHUNK * ((valueDim + TILE - 1) / TILE) * TILE;
    }

    /**
     * Stage 1. Global (256, B * H, segments - 1), local (256, 1, 1), heads fastest (as in
     * {@link GdnKernels#chunkSweep}): one work-group per (b, h, segment) computes the
     * chunk quantities (L, A, W, U) once per chunk and steps every 64-column tile of [P_sigma | E_sigma]
     * (kTiles + ceil(V / 64) tiles). {@code summaries} holds per (bh * (segments - 1) + sigma) K * K floats of
     * P_sigma (row-major) then K * V floats of E_sigma; {@code chunkScratch} {@link #summaryScratchFloats} floats per
     * group.
     */
    // Three groups per SM (80 registers, 70.4 KB of local memory): see GdnKernels.chunkSweep for the comparison.
    @LaunchBounds(maxThreads = GROUP_THREADS, minGroupsPerMultiprocessor = 3)
    public static void segmentSummaries(KernelContext ctx, float[] k, float[] v, float[] g, float[] beta,
                                        float[] keyScores, float[] summaries, float[] chunkScratch, int length,
                                        int heads, int headsPerGroup, int groups, int keyDim, int valueDim,
                                        int segmentLog2, int kTiles, int chunks) {
        float[] gl = ctx.allocateFloatLocalArray(CHUNK);
        float[] betaRow = ctx.allocateFloatLocalArray(CHUNK);
        float[] rowFactor = ctx.allocateFloatLocalArray(CHUNK);
        float[] inverse = ctx.allocateFloatLocalArray(CHUNK * CHUNK);
        float[] square = ctx.allocateFloatLocalArray(CHUNK * CHUNK);
        float[] stage = ctx.allocateFloatLocalArray(GdnTileProducts.STAGE_FLOATS);

        int lid = ctx.localIdx;
        int bh = ctx.groupIdy;
        int segment = ctx.groupIdz;
        int summarized = ctx.globalGroupSizeZ;
        int b = bh / heads;
        int h = bh - b * heads;
        int grp = h / headsPerGroup;
        int vTiles = (valueDim + TILE - 1) / TILE;
        int uStride = vTiles * TILE;
        int group = bh * summarized + segment;
        int wBase = group * summaryScratchFloats(keyDim, valueDim);
        int uBase = wBase + CHUNK * keyDim;
        int summaryBase = group * (keyDim * keyDim + keyDim * valueDim);

        // Step 0, start from [I | 0]: P = I, E = 0.
        for (int idx = lid; idx < keyDim * (keyDim + valueDim); idx += GROUP_THREADS) {
            float x = 0f;
            if (idx < keyDim * keyDim && idx / keyDim == idx - (idx / keyDim) * keyDim) {
                x = 1f;
            }
            summaries[summaryBase + idx] = x;
        }
        ctx.localBarrier();

        int firstChunk = segment << segmentLog2;
        int chunksHere = 1 << segmentLog2;
        int rowStep = groups * keyDim;
        int valueStep = heads * valueDim;
        for (int r = 0; r < chunksHere; r++) {
            int t0 = (firstChunk + r) * CHUNK;
            int validRows = Math.min(CHUNK, length - t0);
            int keyRows = (b * length + t0) * groups + grp;
            int valueRows = (b * length + t0) * heads + h;
            int kBase = keyRows * keyDim;
            // Steps 1-2, g, beta, Gl.
            GdnKernels.loadGateAndBeta(lid, g, beta, valueRows, heads, validRows, rowFactor, betaRow);
            ctx.localBarrier();
            GdnKernels.chunkCumsum(lid, rowFactor, gl);
            ctx.localBarrier();
            // Steps 3-4, A = (I + StrictLower(diag(beta) (Gamma * K K^T)))^-1, K K^T from ChunkScoreKernels.
            ChunkScoreKernels.loadChunkScores(lid, keyScores,
                    ((b * groups + grp) * chunks + firstChunk + r) * ChunkScoreKernels.SCORE_FLOATS, square);
            ctx.localBarrier();
            GdnKernels.maskKeyScores(lid, validRows, gl, betaRow, 0, square);
            ctx.localBarrier();
            GdnKernels.invertUnitLower(ctx, lid, square, inverse);
            // Step 5, W = (A diag(beta exp(Gl))) K and U = (A diag(beta)) V (every V tile, row stride uStride).
            GdnKernels.scaleInverseColumns(lid, inverse, betaRow, gl, 1, square);
            ctx.localBarrier();
            GdnKernels.weightedKeys(ctx, stage, square, k, kBase, rowStep, keyDim, validRows, chunkScratch, wBase);
            ctx.localBarrier();
            GdnKernels.scaleInverseColumns(lid, inverse, betaRow, gl, 0, square);
            ctx.localBarrier();
            for (int vt = 0; vt < valueDim; vt += TILE) {
                GdnTileProducts.plainLocalA(ctx, stage, validRows, square, 0, CHUNK, 1, v, valueRows * valueDim + vt,
                        valueStep, 1, valueDim - vt, 1f, 0f, chunkScratch, uBase + vt, uStride, CHUNK, TILE);
            }
            float decay = GdnKernels.keyDecayFactors(lid, gl, rowFactor);
            ctx.localBarrier();
            // Step 6, per column tile: S = exp(Gl_last) S - Kd^T (W S - [0 | U]); rowFactor = exp(Gl_last - Gl).
            for (int tile = 0; tile < kTiles + vTiles; tile++) {
                int transitionTile = tile < kTiles ? 1 : 0;
                int firstColumn = transitionTile != 0 ? tile * TILE : (tile - kTiles) * TILE;
                int width = transitionTile != 0 ? keyDim : valueDim;
                int columns = Math.min(TILE, width - firstColumn);
                int stateBase = transitionTile != 0 ? summaryBase + firstColumn
                        : summaryBase + keyDim * keyDim + firstColumn;
                GdnTileProducts.productStaged(ctx, stage, keyDim, chunkScratch, wBase, keyDim, 1, CHUNK, summaries,
                        stateBase, width, 1, columns, 1f, chunkScratch, uBase + firstColumn, uStride,
                        transitionTile != 0 ? 0f : -1f, rowFactor, 0, 1, 1, 0f, stage, GdnTileProducts.B_OFFSET,
                        GdnTileProducts.ACROSS_STRIDE, CHUNK, TILE);
                ctx.localBarrier();
                GdnKernels.transitionState(ctx, stage, k, kBase, rowStep, keyDim, validRows, decay, summaries,
                        stateBase, width, columns);
                ctx.localBarrier();
            }
        }
    }

    /**
     * Stage 2. Global (256 * vTiles, B * H), local (256, 1). {@code sweepStates} holds per (bh * vTiles + vTile)
     * (sweepLevels + 1) * K * 64 floats: the Fenwick states F_0 .. F_(sweepLevels-1) and one product buffer.
     * {@code states} holds the {@code summaryCount} summaries per bh of stage 1 from 0 and receives from
     * {@code readBase}, per bh, the read states of every segment in popcount prefix order (K x V each).
     *
     * <p>Segment sigma here is global segment {@code segmentOffset} + sigma, where {@code segmentOffset} is 0 or a
     * multiple of a power of two >= {@code segments} (a window's first segment), so its read states start at slot
     * readOffsets[sigma] + sigma popcount(segmentOffset). With {@code carryLast} = 1 the states also cross the last
     * segment, ready for the next window's sweep (which then needs that segment's summary).
     */
    public static void segmentSweep(KernelContext ctx, float[] states, float[] sweepStates, int[] readOffsets,
                                    int keyDim, int valueDim, int segments, int sweepLevels, int readsPerHead,
                                    int readBase, int summaryCount, int segmentOffset, int carryLast) {
        int lid = ctx.localIdx;
        int vTile = ctx.groupIdx;
        int bh = ctx.groupIdy;
        int vTiles = ctx.globalGroupSizeX / GROUP_THREADS;
        int stateSize = keyDim * TILE;
        int statesBase = (bh * vTiles + vTile) * (sweepLevels + 1) * stateSize;
        int productBase = statesBase + sweepLevels * stateSize;
        int firstColumn = vTile * TILE;
        int summarySize = keyDim * keyDim + keyDim * valueDim;
        int windowBits = Integer.bitCount(segmentOffset);

        for (int segment = 0; segment < segments; segment++) {
            // Step 1, reads: R_j = F_j for each set bit j of the global segment index.
            int slot = readOffsets[segment] + segment * windowBits;
            int bits = segmentOffset + segment;
            int j = 0;
            while (bits != 0) {
                if ((bits & 1) != 0) {
                    int target = readBase + (bh * readsPerHead + slot) * keyDim * valueDim;
                    for (int idx = lid; idx < stateSize; idx += GROUP_THREADS) {
                        int kk = idx / TILE;
                        int column = firstColumn + idx - kk * TILE;
                        if (column < valueDim) {
                            states[target + kk * valueDim + column] = sweepStates[statesBase + j * stateSize + idx];
                        }
                    }
                    slot = slot + 1;
                }
                bits = bits >>> 1;
                j = j + 1;
            }
            ctx.localBarrier();
            if (segment + 1 < segments || carryLast != 0) {
                // Step 2, carry before segment + 1: F_m = F_0 + .. + F_(m-1), m = trailingZeros(segment + 1).
                int next = segmentOffset + segment + 1;
                int m = Integer.numberOfTrailingZeros(next);
                for (int idx = lid; idx < stateSize; idx += GROUP_THREADS) {
                    float sum = 0f;
                    for (int l = 0; l < m; l++) {
                        sum += sweepStates[statesBase + l * stateSize + idx];
                    }
                    sweepStates[statesBase + m * stateSize + idx] = sum;
                }
                ctx.localBarrier();
                // Step 3, every state of a set bit of segment + 1 crosses the segment: F = P F (+ E for the target).
                int summary = (bh * summaryCount + segment) * summarySize;
                for (int level = 0; level < sweepLevels; level++) {
                    if (((next >>> level) & 1) != 0) {
                        int state = statesBase + level * stateSize;
                        int columns = Math.min(TILE, valueDim - firstColumn);
                        for (int kt = 0; kt < keyDim; kt += TILE) {
                            GdnTileProducts.product(ctx, keyDim, states, summary + kt * keyDim, keyDim, 1,
                                    keyDim - kt, sweepStates, state, TILE, 1, TILE, 1f, states,
                                    summary + keyDim * keyDim + kt * valueDim + firstColumn, valueDim,
                                    level == m ? 1f : 0f, states, 0, 0, 0, 0f, sweepStates,
                                    productBase + kt * TILE, TILE, Math.min(TILE, keyDim - kt), columns);
                        }
                        ctx.localBarrier();
                        for (int idx = lid; idx < stateSize; idx += GROUP_THREADS) {
                            sweepStates[state + idx] = sweepStates[productBase + idx];
                        }
                        ctx.localBarrier();
                    }
                }
            }
        }
    }
}
