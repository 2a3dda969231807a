package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.CHUNK;
import static loglinear.kernels.Mamba2Kernels.CHUNK_LEVELS;
import static loglinear.kernels.Mamba2Kernels.CHUNK_LOG2;
import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;
import static loglinear.kernels.Mamba2Kernels.TILE;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;
import loglinear.jit.LaunchBounds;

/**
 * Stage 3 as a sweep inside each segment (the level-fused chunk sweep of spec section 5, restricted to one
 * segment): one work-group per (b, h, segment, V tile) walks the segment's chunks in order, keeping the in-segment
 * Fenwick states F[1..s] (64 x K each, value-major like every state, see {@link Mamba2Kernels}) in a global scratch
 * area of its own (F[l] at slot l - 1). Per chunk it costs one intra-chunk tile pair, popcount(r) + popcount(segment)
 * state reads and one K^T V write fused with the Fenwick carry, instead of the (r + 1) tile pairs of
 * {@link Mamba2Kernels#chunkOutput}; the price is a sequential walk of 2^s chunks per group and B H segments s K 64
 * floats of scratch.
 *
 * <p>Work per chunk (C = 64, K = 128, one V tile of 64, R = number of state reads, about 5.5 at s = 5 and
 * 64 segments): P V 2 C C 64 = 0.52 MFLOP, state reads R 2 C K 64 = R 1.05 MFLOP, K^T V write 2 K C 64 =
 * 1.05 MFLOP, so about 7.4 MFLOP; it reads Q, K (C K each), V (C 64), the chunk's raw scores Q K^T (C C, computed
 * once per q/k group by {@link ChunkScoreKernels}, which saves each head the 1.05 MFLOP of Q K^T) and R states
 * (K 64 each) plus the ntz(r + 1) carried states, and writes one state and the output tile.
 *
 * <p>Fused state reads. All reads of a chunk go into one accumulator, O += sum_n diag(w_n) Q F_n, with the row
 * weight w_n[t] = lambda[t, level_n] exp(decay to t) applied to Q's rows as they enter the product
 * ({@code mmaAccumulateRowScaled}), so Q is staged once per K slice for every read. The reduction
 * over K runs in slices of {@link #K_SLICE}; the Q slice and each state's matching slice come through asynchronous
 * copies ({@code KernelContext.asyncCopy4}, {@code cp.async} on CUDA) into a ring of three buffers, two reads
 * ahead, so the copies overlap the products of the reads before them without passing through registers, and one
 * barrier per read suffices.
 *
 * <p>Fused write and carry. The chunk's state K^T V never goes to memory alone: the carry before chunk r + 1,
 * F[m+1] = F[0] + sum_{1 <= l <= m} exp(pending[l]) F[l] (m = ntz(r + 1)), is added to the product's accumulators,
 * each work-item loading the carried elements at its own accumulator positions, and only F[m+1] is written.
 *
 * <p>Tile products. A 64 x 64 product is one warp tile of 16 x 32 per warp on tensor cores
 * ({@link Mamba2TileProducts}, {@code KernelContext.mmaAccumulate}). Q and state slices and the scores P are
 * stored row-major with the reduction index contiguous and rows padded to {@link #SLICE_STRIDE} = 68 floats (16-byte
 * rows, on CUDA loaded with {@code ldmatrix}, 8 rows on distinct banks); V and the decayed keys of the state write,
 * read with the reduction index outermost, use {@link #ROW_STRIDE} = 72 (scalar fragment loads on 32 distinct
 * banks). The accumulators are private arrays of 16 floats per work-item, kept in registers; the epilogues map
 * element e to its tile row and column with {@link Mamba2TileProducts#row}/{@code column}.
 *
 * <p>Decays are applied lazily: {@code pending[l]} is the sum of g over the chunks since F[l] was last written, so a
 * chunk step adds the chunk total to the scalars instead of rescaling every state, and exp(pending[l]) is folded into
 * the read weight and the carry.
 */
public final class Mamba2SweepKernels {
    private Mamba2SweepKernels() {}

    /** Largest number of in-segment Fenwick states (segments of up to 2^8 chunks). */
    public static final int MAX_LOCAL_LEVELS = 16;
    /** Reduction slice over K of the fused Q K^T and Q F products (one chunk's width, so slices and tiles match). */
    public static final int K_SLICE = CHUNK;
    /** Row stride of tiles read with the reduction index contiguous (Q, K and state slices, P): 64 + 4. */
    public static final int SLICE_STRIDE = K_SLICE + 4;
    /** Row stride of 64-wide row-major tiles read with the reduction index outermost (V, decayed K): 64 + 8. */
    public static final int ROW_STRIDE = TILE + 8;
    /** Floats of one staging tile: the larger of the two layouts. */
    static final int TILE_FLOATS = CHUNK * ROW_STRIDE;
    /** Floats of one state-slice buffer. */
    static final int STATE_SLICE_FLOATS = TILE * SLICE_STRIDE;
    /** Rows of a 64-row tile one pass of the 256 work-items covers (64 consecutive columns per row). */
    private static final int ROWS_PER_PASS = GROUP_THREADS / TILE;
    /** Most state reads of one chunk: up to 8 in-segment bits plus up to 31 segment-index bits. */
    public static final int MAX_READS = 40;

    /**
     * Stages the 64 x 64 block x[t, c0 + c] (rows t = rowStart + row, c < 64) row-major into
     * tile[row * stride + c], times rowScale[row] when {@code scaled != 0}; 0 outside t < length, c0 + c < columns.
     * A warp reads 32 consecutive floats of a row.
     */
    static void stageRowBlock(int lid, float[] x, float[] tile, int stride, int rowStart, int length, int rowBase,
                              int rowStride, int c0, int columns, int scaled, float[] rowScale) {
        int row0 = lid >> 6;
        int c = lid & 63;
        boolean columnInside = c0 + c < columns;
        for (int u = 0; u < TILE / ROWS_PER_PASS; u++) {
            int row = row0 + u * ROWS_PER_PASS;
            int t = rowStart + row;
            float value = 0f;
            if (columnInside && t < length) {
                value = x[rowBase + t * rowStride + c0 + c];
                if (scaled != 0) {
                    value = rowScale[row] * value;
                }
            }
            tile[row * stride + c] = value;
        }
    }

    /**
     * Issues the asynchronous copies of the 64 x K_SLICE slice (columns k0 .. k0 + K_SLICE - 1) of one value-major
     * state into tile[base + v * 68 + kc] (no commit). Source l >= 0 is the in-segment state F[l + 1] (slot l of
     * the group's scratch); source -(slot + 1) is stored segment-level read state slot. Columns >= K and rows >= V land
     * as 0. Four floats per copy when K is a multiple of 4 (every row then starts 16-byte aligned), one otherwise;
     * a warp copies two (or a half) whole 256-byte rows.
     */
    static void issueStateSlice(KernelContext ctx, int lid, int source, int k0, float[] tile, int base,
                                float[] levelStates, int scratchBase, int stateSize, float[] readStates, int bh,
                                int readsPerHead, int vTile, int keyDim, int valueDim) {
        float[] states = source >= 0 ? levelStates : readStates;
        int origin = 0;
        int rows = TILE;
        if (source >= 0) {
            origin = scratchBase + source * stateSize;
        } else {
            origin = ((bh * readsPerHead + (-source - 1)) * valueDim + vTile * TILE) * keyDim;
            rows = Math.min(TILE, valueDim - vTile * TILE);
        }
        AsyncTiles.issueBlock(ctx, lid, tile, base, SLICE_STRIDE, TILE, states, origin, keyDim, rows, k0, keyDim);
    }

    /**
     * Global (256 * vTiles, B * H, segments), local (256, 1, 1): the heads of one segment are neighbours in the
     * launch order, so the groups that run together walk the same chunks at about the same time and share their
     * Q, K and score loads through L2. {@code levelStates} holds, per group
     * ((bh * segments + segment) * vTiles + vTile), s value-major states of 64 x K floats (F[1..s]); {@code scores} the
     * chunk scores of {@link ChunkScoreKernels#chunkScores}.
     */
    @LaunchBounds(maxThreads = GROUP_THREADS, minGroupsPerMultiprocessor = 2)
    public static void segmentSweepOutput(KernelContext ctx, float[] q, float[] k, float[] v, float[] lambda,
                                          float[] gs, float[] scores, float[] readStates, int[] readOffsets,
                                          float[] levelStates, float[] o, int length, int heads, int headsPerGroup,
                                          int groups, int keyDim, int valueDim, int lambdaLevels, int segmentLog2,
                                          int paddedLength, int readsPerHead, int useLambda, float scale,
                                          int chunks, int segments, int segmentBase) {
        // Local memory (102 KB): two staging tiles in several roles and three state-slice buffers. queryTile holds
        // the Q slice, then V; keyTile the scores P, then the decayed keys of the state write.
        // Each role starts after a barrier that ends the previous one.
        float[] queryTile = ctx.allocateFloatLocalArray(TILE_FLOATS);
        float[] keyTile = ctx.allocateFloatLocalArray(TILE_FLOATS);
        float[] stateSlices = ctx.allocateFloatLocalArray(3 * STATE_SLICE_FLOATS);
        float[] valueTile = queryTile;
        float[] scoreTile = keyTile;
        float[] decayedKeys = keyTile;
        float[] queryGs = ctx.allocateFloatLocalArray(CHUNK);
        float[] rowDecay = ctx.allocateFloatLocalArray(CHUNK);
        float[] chunkLambda = ctx.allocateFloatLocalArray(CHUNK * CHUNK_LEVELS);
        float[] readWeights = ctx.allocateFloatLocalArray(MAX_READS * CHUNK);
        int[] readSources = ctx.allocateIntLocalArray(MAX_READS);

        int lid = ctx.localIdx;
        int vTile = ctx.groupIdx;
        int bh = ctx.groupIdy;
        int segment = ctx.groupIdz;
        int vTiles = ctx.globalGroupSizeX / GROUP_THREADS;
        int b = bh / heads;
        int h = bh - b * heads;
        int grp = h / headsPerGroup;
        int gsBase = bh * paddedLength;
        int qkBase = (b * length * groups + grp) * keyDim;
        int qkRowStride = groups * keyDim;
        int vBase = (b * length * heads + h) * valueDim;
        int vRowStride = heads * valueDim;
        int firstChunk = segment << segmentLog2;
        int chunksHere = Math.min(1 << segmentLog2, chunks - firstChunk);
        int stateSize = keyDim * TILE;
        int scratchBase = ((bh * segments + segment) * vTiles + vTile) * segmentLog2 * stateSize;
        int firstSlot = readOffsets[segment] + segment * Integer.bitCount(segmentBase);

        float[] pending = new float[MAX_LOCAL_LEVELS];
        for (int l = 0; l < MAX_LOCAL_LEVELS; l++) {
            pending[l] = 0f;
        }
        float[] out = new float[Mamba2TileProducts.ACC];
        float[] score = new float[Mamba2TileProducts.ACC];

        // Gs at the end of the previous chunk (0 before the segment), carried from one chunk to the next.
        float gsBefore = 0f;
        for (int r = 0; r < chunksHere; r++) {
            int chunk = firstChunk + r;
            int queryStart = chunk * CHUNK;
            // Gs at the chunk's end, loaded now: the carry of step c needs it right after P V.
            float gsLast = gs[gsBase + queryStart + CHUNK - 1];
            // Per-row data: segment-local Gs_t and lambda[t, 0..6].
            if (lid < CHUNK) {
                queryGs[lid] = gs[gsBase + queryStart + lid];
            }
            for (int idx = lid; idx < CHUNK * CHUNK_LEVELS; idx += GROUP_THREADS) {
                int a = idx / CHUNK_LEVELS;
                int l = idx - a * CHUNK_LEVELS;
                int t = queryStart + a;
                float weight = 1f;
                if (useLambda != 0 && t < length && l < lambdaLevels) {
                    weight = lambda[((b * length + t) * heads + h) * lambdaLevels + l];
                }
                chunkLambda[idx] = weight;
            }
            // The chunk's state reads, in-segment levels first: source l >= 0 is F[l + 1] (bit l of r), source
            // -(slot + 1) the stored segment-level state (bit j of segmentBase + segment). Row weights:
            // lambda[t, 7 + l] exp(Gl_t + pending[l + 1]) and lambda[t, 7 + s + j] exp(Gs_t); 0 for t >= T.
            float gsRow = 0f;
            if (lid < CHUNK) {
                gsRow = gs[gsBase + queryStart + lid];
            }
            int reads = 0;
            int slot = firstSlot;
            int inSegmentBits = r;
            int segmentBits = segmentBase + segment;
            int localLevel = 0;
            int segmentLevel = 0;
            while (inSegmentBits != 0 || segmentBits != 0) {
                boolean fromSegment = inSegmentBits == 0;
                boolean active = fromSegment ? (segmentBits & 1) != 0 : (inSegmentBits & 1) != 0;
                if (active) {
                    int readLevel = fromSegment ? CHUNK_LOG2 + 1 + segmentLog2 + segmentLevel
                            : CHUNK_LOG2 + 1 + localLevel;
                    if (lid < CHUNK) {
                        int t = queryStart + lid;
                        float weight = 0f;
                        if (t < length) {
                            if (fromSegment) {
                                weight = KernelMath.exp(gsRow);
                            } else {
                                weight = KernelMath.exp(gsRow - gsBefore + pending[localLevel + 1]);
                            }
                            if (useLambda != 0) {
                                weight = weight * lambda[((b * length + t) * heads + h) * lambdaLevels + readLevel];
                            }
                        }
                        readWeights[reads * CHUNK + lid] = weight;
                    }
                    if (lid == 0) {
                        readSources[reads] = fromSegment ? -(slot + 1) : localLevel;
                    }
                    reads = reads + 1;
                }
                if (fromSegment) {
                    if (active) {
                        slot = slot + 1;
                    }
                    segmentBits = segmentBits >>> 1;
                    segmentLevel = segmentLevel + 1;
                } else {
                    inSegmentBits = inSegmentBits >>> 1;
                    localLevel = localLevel + 1;
                }
            }
            // The chunk's raw scores Q K^T, shared by the heads of the q/k group (ChunkScoreKernels), loaded now so
            // that the loads complete while the state reads run.
            int scoreBase = ((b * groups + grp) * chunks + chunk) * CHUNK * CHUNK;
            for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                out[e] = 0f;
                score[e] = scores[scoreBase + Mamba2TileProducts.row(lid, e) * CHUNK
                        + Mamba2TileProducts.column(lid, e)];
            }
            ctx.localBarrier();

            // Step b1, per K slice: every state read O += diag(w_n) Q F_n. The slices come through asynchronous
            // copies into a ring of three buffers, two reads ahead: group 0 holds the Q slice and F_0's slice, group
            // n >= 1 F_n's, so waiting until one group is pending lands read n; the barrier after the wait also ends
            // read n - 1's product, whose buffer read n + 2 then refills.
            for (int k0 = 0; k0 < keyDim && reads > 0; k0 += K_SLICE) {
                int queryRows = Math.max(0, Math.min(CHUNK, length - queryStart));
                AsyncTiles.issueBlock(ctx, lid, queryTile, 0, SLICE_STRIDE, CHUNK, q, qkBase + queryStart * qkRowStride,
                        qkRowStride, queryRows, k0, keyDim);
                for (int n = 0; n < 2; n++) {
                    if (n < reads) {
                        issueStateSlice(ctx, lid, readSources[n], k0, stateSlices, n * STATE_SLICE_FLOATS,
                                levelStates, scratchBase, stateSize, readStates, bh, readsPerHead, vTile, keyDim,
                                valueDim);
                    }
                    ctx.asyncCommit();
                }
                for (int n = 0; n < reads; n++) {
                    ctx.asyncWait(1);
                    ctx.localBarrier();
                    if (n + 2 < reads) {
                        issueStateSlice(ctx, lid, readSources[n + 2], k0, stateSlices,
                                ((n + 2) % 3) * STATE_SLICE_FLOATS, levelStates, scratchBase, stateSize, readStates,
                                bh, readsPerHead, vTile, keyDim, valueDim);
                    }
                    ctx.asyncCommit();
                    // F_n[kc, vc] = stateSlices[buffer + vc * stride + kc].
                    Mamba2TileProducts.productRowScaled(ctx, lid, out, readWeights, n * CHUNK, queryTile, 0,
                            SLICE_STRIDE, stateSlices, (n % 3) * STATE_SLICE_FLOATS, SLICE_STRIDE, K_SLICE);
                }
                ctx.localBarrier();
            }

            // Step b2, mask before exp, decay exp(Gl[a] - Gl[b]) = exp(Gs[a] - Gs[b]), lambda[t, level(a, b)]:
            // scoreTile[a][b] (row-major, the reduction index b contiguous for P V).
            for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                int a = Mamba2TileProducts.row(lid, e);
                int bc = Mamba2TileProducts.column(lid, e);
                float weighted = 0f;
                if (bc <= a) {
                    int pairLevel = 32 - Integer.numberOfLeadingZeros(a ^ bc);
                    weighted = score[e] * chunkLambda[a * CHUNK_LEVELS + pairLevel]
                            * KernelMath.exp(queryGs[a] - queryGs[bc]);
                }
                scoreTile[a * SLICE_STRIDE + bc] = weighted;
            }
            stageRowBlock(lid, v, valueTile, ROW_STRIDE, queryStart, length, vBase, vRowStride, vTile * TILE,
                    valueDim, 0, rowDecay);
            ctx.localBarrier();
            // Step b3, O += P V: A[a, b] = scoreTile[a * 68 + b], B[b, vc] = valueTile[b * 72 + vc].
            Mamba2TileProducts.product(ctx, lid, out, scoreTile, 0, SLICE_STRIDE, 1, valueTile, 0, ROW_STRIDE, 1,
                    CHUNK);
            ctx.localBarrier();

            // Step b4, o = scale * O for rows t < T.
            for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                int t = queryStart + Mamba2TileProducts.row(lid, e);
                int vv = vTile * TILE + Mamba2TileProducts.column(lid, e);
                if (t < length && vv < valueDim) {
                    o[vBase + t * vRowStride + vv] = scale * out[e];
                }
            }

            // Step c, decay, write and Fenwick carry for chunk r + 1 (m = ntz(r + 1)): pending[l] += Gl_last for
            // l >= 1, then F[m+1] = (exp(Gl_last - Gl) K)^T V + sum_{1 <= l <= m} exp(pending[l]) F[l], stored
            // value-major as F[m+1][vc][kk] = sum_b V[b, vc] exp(Gs_last - Gs_b) K[b, kk] + ... The new chunk's
            // state goes straight into the carry instead of through F[0], so F[0 .. m] are not written and read
            // back: they are not read again before they are rewritten (chunk r + 1 reads the levels of its set bits,
            // all above m).
            if (r + 1 < chunksHere) {
                float chunkTotal = gsLast - gsBefore;
                for (int l = 1; l <= segmentLog2; l++) {
                    pending[l] = pending[l] + chunkTotal;
                }
                int m = Integer.numberOfTrailingZeros(r + 1);
                // rowDecay[b] = exp(Gs_last - Gs_b), once per chunk for every K tile of the write.
                if (lid < CHUNK) {
                    rowDecay[lid] = KernelMath.exp(gsLast - queryGs[lid]);
                }
                ctx.localBarrier();
                for (int k0 = 0; k0 < keyDim; k0 += TILE) {
                    // decayedKeys[b][kc] = exp(Gs_last - Gs_b) k_b[k0 + kc]; valueTile still holds V of this chunk.
                    stageRowBlock(lid, k, decayedKeys, ROW_STRIDE, queryStart, length, qkBase, qkRowStride, k0,
                            keyDim, 1, rowDecay);
                    // The accumulators start from the carried levels, sum_{1 <= l <= m} exp(pending[l]) F[l], each
                    // work-item loading its own elements (16 loads in flight per level, during the staging above).
                    for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                        score[e] = 0f;
                    }
                    for (int l = 1; l <= m; l++) {
                        float decay = KernelMath.exp(pending[l]);
                        for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                            int kk = k0 + Mamba2TileProducts.column(lid, e);
                            if (kk < keyDim) {
                                score[e] = Math.fma(decay, levelStates[scratchBase + (l - 1) * stateSize
                                        + Mamba2TileProducts.row(lid, e) * keyDim + kk], score[e]);
                            }
                        }
                    }
                    ctx.localBarrier();
                    // A[vc, b] = valueTile[b * 72 + vc], B[b, kc] = decayedKeys[b * 72 + kc]: F[m+1] += (Kd)^T V.
                    Mamba2TileProducts.product(ctx, lid, score, valueTile, 0, 1, ROW_STRIDE, decayedKeys, 0,
                            ROW_STRIDE, 1, CHUNK);
                    for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                        int kk = k0 + Mamba2TileProducts.column(lid, e);
                        if (kk < keyDim) {
                            levelStates[scratchBase + m * stateSize + Mamba2TileProducts.row(lid, e) * keyDim
                                    + kk] = score[e];
                        }
                    }
                    ctx.localBarrier();
                }
                pending[m + 1] = 0f;
            }
            gsBefore = gsLast;
        }
    }
}
