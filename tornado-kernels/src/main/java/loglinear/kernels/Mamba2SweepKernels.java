package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.CHUNK;
import static loglinear.kernels.Mamba2Kernels.CHUNK_LEVELS;
import static loglinear.kernels.Mamba2Kernels.CHUNK_LOG2;
import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;
import static loglinear.kernels.Mamba2Kernels.TILE;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;
import loglinear.jit.LaunchBounds;
import loglinear.jit.MmaLayout;

/**
 * The in-segment part of the sweep form (the level-fused chunk sweep of spec section 5, restricted to one segment):
 * one work-group per (b, h, segment, V tile) walks the segment's chunks in order, two at a time, keeping the
 * in-segment Fenwick states F[2..s] (64 x K each, value-major like every state, see {@link Mamba2Kernels}) in a
 * global scratch area of its own (F[l] at slot l - 2, {@link #levelSlots}). The price is a sequential walk of 2^(s-1)
 * pair steps per group and B H segments (s - 1) K 64 floats of scratch.
 *
 * <p>Two passes share the segment-level structure with it. The sweep needs nothing from other segments: it writes
 * o = scale (in-segment terms) and, as the carry after a whole segment's last pair, the segment's end state. Then
 * {@link Mamba2Kernels#segmentSweep} turns the end states into every segment's read states, and
 * {@link Mamba2SegmentReadKernels#segmentReads} adds the segment-level terms to o, every chunk pair in parallel. So
 * no pass of its own computes the end states from k and v (the masked form keeps {@link Mamba2EndStateKernels}).
 *
 * <p>Pair steps. The chunks r and r + 1 (r even) of a pair read the same states: chunk r + 1 reads F[1] besides,
 * and F[1] holds chunk r alone. So a step reads each state slice once for both chunks, and gets chunk r + 1's
 * level-0 term from the chunks themselves: the pair's 128 x 128 score block is three 64 x 64 tiles, P_11 and P_22
 * (the chunks' own scores) and P_21 (second chunk's queries against the first chunk's keys, lambda level 7, from
 * {@link ChunkScoreKernels#pairCrossScores}), so O_1 = P_11 V_1 + reads and O_2 = P_21 V_1 + P_22 V_2 + reads. F[0]
 * and F[1] are never formed: the state write after a pair is the carry of both chunks at once.
 *
 * <p>Work per pair (C = 64, K = 128, one V tile of 64, R = number of in-segment state reads of the pair, popcount(r), 2
 * on average at s = 5): three intra tiles 3 2 C C 64 = 1.6 MFLOP, state reads R 2 (2 C K 64) = R 2.1 MFLOP, K^T V write
 * 2 K (2 C) 64 = 2.1 MFLOP; it reads Q, K (2 C K each), V (2 C 64), three score tiles (computed once per q/k group by
 * {@link ChunkScoreKernels}) and R states (K 64 each) plus the ntz(r + 2) - 1 carried states, and writes one state
 * (after the segment's last pair: its end state) and two output tiles. Stepping one chunk at a time read the states of
 * popcount(r) + popcount(r + 1) levels per pair, and wrote two.
 *
 * <p>Fused state reads. All reads of a chunk go into one accumulator, O += sum_n diag(w_n) Q F_n, with the row
 * weight w_n[t] = lambda[t, level_n] exp(decay to t) applied to Q's rows as they enter the product
 * ({@code mmaAccumulateRowScaled}), so Q is staged once per K slice for every read; the two chunks of a pair keep
 * one accumulator each. The reduction over K runs in slices of {@link #K_SLICE}; the Q slices and each state's
 * matching slice come through asynchronous copies ({@code KernelContext.asyncCopy4}, {@code cp.async} on CUDA)
 * into a ring of three buffers, two reads ahead, so the copies overlap the products of the reads before them
 * without passing through registers, and one barrier per read suffices.
 *
 * <p>Fused write and carry. The pair's state K^T V never goes to memory alone: the carry before the next pair,
 * F[m+1] = pair write + sum_{2 <= l <= m} exp(pending[l]) F[l] (m = ntz(r + 2)), is added to the product's
 * accumulators, each work-item loading the carried elements at its own accumulator positions, and only F[m+1] is
 * written. The write's decay exp(Gs_last - Gs_i) scales V's rows in place, so the keys come in through
 * asynchronous copies as they are, each chunk's in one batch.
 *
 * <p>Score tiles. The three raw 64 x 64 blocks of Q K^T a pair needs (computed once per q/k group) come through
 * asynchronous copies, together with V, and each work-item masks and weights the elements it copied in place: the
 * loads are all in flight at once instead of one round trip per element.
 *
 * <p>Per-row data one pair ahead. Gs and the lambda columns of a pair's rows ({@link #issuePairRows}) come through
 * asynchronous copies issued during the pair before it (after its score tiles are weighted), so a pair starts
 * without a round trip to global memory. Accumulator pairs (two neighbouring columns) go to and from global memory
 * as 8-byte pairs ({@link AccumulatorPairs}): o, the carried states and the stored states.
 *
 * <p>Tile products ({@code KernelContext.mmaAccumulate}, tensor cores on CUDA). Each warp owns a 16 x 64 tile,
 * eight m16n8k8 n-tiles in a private accumulator of 32 floats (element e at {@link MmaLayout#row}/{@code column}),
 * so a split A fragment serves eight n-tiles: warps 0-3 hold the first chunk's output rows and warps 4-7 the
 * second's (in the state write, the first and second 64 keys of a 128-key pass). Q and state slices and the
 * scores P are stored row-major with the reduction index contiguous and rows padded to {@link #SLICE_STRIDE} = 68
 * floats (16-byte rows, on CUDA loaded with {@code ldmatrix}, 8 rows on distinct banks); V (decayed, in the state
 * write) and the keys of the state write, read with the reduction index outermost, use {@link #ROW_STRIDE} = 72 and
 * {@link #KEY_STRIDE} = 136 (scalar fragment loads on 32 distinct banks).
 *
 * <p>Decays are applied lazily: {@code pending[l]} is the sum of g over the chunks since F[l] was last written, so a
 * pair step adds the pair total to the scalars instead of rescaling every state, and exp(pending[l]) is folded into
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
    /** Most in-segment state reads of one pair: one per bit of r / 2 for segments of up to 2^8 chunks (7). */
    public static final int MAX_READS = PlanConfig.MAX_SEGMENT_LOG2 - 1;
    /** Rows of the two chunks the sweep steps at a time. */
    static final int PAIR = 2 * CHUNK;
    /** n-tiles of a warp's 16 x 64 tile. */
    static final int WIDE_N_TILES = Mamba2TileProducts.WIDE_N_TILES;
    /** Accumulator floats per work-item of a 16 x 64 warp tile. */
    static final int WIDE_ACC = Mamba2TileProducts.WIDE_ACC;
    /** Keys of one pass of the state write: 64 per half of the work-group. */
    static final int KEY_SPAN = Mamba2TileProducts.KEY_SPAN;
    /** Row stride of the staged keys of one pass of the state write (fragment loads on distinct banks). */
    static final int KEY_STRIDE = Mamba2TileProducts.KEY_STRIDE;

    /**
     * In-segment states a sweep group keeps for segments of 2^s chunks: F[2..s] (F[1], one chunk alone, and F[0]
     * are never formed when the sweep steps in pairs), at least 1 so that every group has a valid base.
     */
    public static int levelSlots(int segmentLog2) {
        return Math.max(1, segmentLog2 - 1);
    }

    /**
     * Stages the 64 x 64 block x[t, c0 + c] (rows t = rowStart + row, c < 64) row-major into
     * tile[base + row * stride + c]; 0 where row >= rows or c0 + c >= columns. A warp reads 32 consecutive floats of
     * a row.
     */
    static void stageRowBlock(int lid, float[] x, float[] tile, int base, int stride, int rowStart, int rows,
                              int rowBase, int rowStride, int c0, int columns) {
        int row0 = lid >> 6;
        int c = lid & 63;
        boolean columnInside = c0 + c < columns;
        for (int u = 0; u < TILE / ROWS_PER_PASS; u++) {
            int row = row0 + u * ROWS_PER_PASS;
            float value = 0f;
            if (columnInside && row < rows) {
                value = x[rowBase + (rowStart + row) * rowStride + c0 + c];
            }
            tile[base + row * stride + c] = value;
        }
    }

    /**
     * Issues the asynchronous copies of the 64 x K_SLICE slice (columns k0 .. k0 + K_SLICE - 1) of one value-major
     * state into tile[base + v * 68 + kc] (no commit). Source l >= 0 is slot l of the group's scratch (the in-segment
     * state F[l + 2]); source -(slot + 1) is stored segment-level read state slot. Columns >= K and rows >= V land as
     * 0. Four floats per copy when K is a multiple of 4 (every row then starts 16-byte aligned), one otherwise; a warp
     * copies two (or a half) whole 256-byte rows. The walk only names slots (its callers pass stand-ins for the read
     * states, which the read pass now takes as pair words); the general form stays because ptxas allocates the walk's
     * registers without spills with it and with 8 bytes of spills without it.
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
     * Step helper: issues the asynchronous copies of the per-row data of the pair that starts at chunk r of the
     * segment (no commit), so that they travel while the pair before it runs. Work-item i < 128 copies the rows i
     * of the pair:
     * <ul>
     *   <li>Gs_t into {@code pairGs[gsAt + i]} (0 for a second chunk the segment does not have);</li>
     *   <li>for the n-th set bit l of r / 2 (the in-segment read of F[l + 1]), lambda[t, 7 + l] into
     *       {@code readWeights[n * 128 + i]}: 1 without lambda, 0 for rows that do not exist. The read weight is
     *       this times exp(Gs_t - Gs_before + pending[l + 1]), which the work-item applies after its wait.</li>
     * </ul>
     * and lambda[t, 0..7] goes to {@code pairLambda[i * 8 + l]}, 1 where there is no lambda, no row or no level
     * (every work-item, four entries each). Entries that are constants are stored at once.
     */
    static void issuePairRows(KernelContext ctx, int lid, int r, int chunksHere, int queryStart, int length,
                              float[] gs, int gsBase, float[] lambda, int lambdaOrigin, int lambdaRowStride,
                              int lambdaLevels, int useLambda, float[] pairGs, int gsAt, float[] pairLambda,
                              float[] readWeights) {
        boolean hasSecond = r + 1 < chunksHere;
        int pairRows = Math.max(0, Math.min(CHUNK, length - queryStart));
        if (hasSecond) {
            pairRows = pairRows + Math.max(0, Math.min(CHUNK, length - queryStart - CHUNK));
        }
        if (lid < PAIR) {
            ctx.asyncCopy(pairGs, gsAt + lid, gs, gsBase + queryStart + lid, lid < CHUNK || hasSecond ? 1 : 0);
            int reads = 0;
            int inSegmentBits = r >>> 1;
            int localLevel = 1;
            while (inSegmentBits != 0) {
                if ((inSegmentBits & 1) != 0) {
                    int at = reads * PAIR + lid;
                    if (useLambda != 0 && lid < pairRows) {
                        ctx.asyncCopy(readWeights, at, lambda, lambdaOrigin + (queryStart + lid) * lambdaRowStride
                                + CHUNK_LOG2 + 1 + localLevel, 1);
                    } else {
                        readWeights[at] = lid < pairRows ? 1f : 0f;
                    }
                    reads = reads + 1;
                }
                inSegmentBits = inSegmentBits >>> 1;
                localLevel = localLevel + 1;
            }
        }
        for (int idx = lid; idx < PAIR * CHUNK_LEVELS; idx += GROUP_THREADS) {
            int a = idx / CHUNK_LEVELS;
            int l = idx - a * CHUNK_LEVELS;
            if (useLambda != 0 && a < pairRows && l < lambdaLevels) {
                ctx.asyncCopy(pairLambda, idx, lambda, lambdaOrigin + (queryStart + a) * lambdaRowStride + l, 1);
            } else {
                pairLambda[idx] = 1f;
            }
        }
    }

    /**
     * Step helper, the fused state reads of a pair of chunks (every work-item calls it, with {@code reads} the same
     * in all): acc += diag(w_n) Q_half F_n summed over the reads n < {@code reads}, for the warp's 16 x 64 tile
     * (rows {@code rowBlock} .. + 15 of chunk {@code half}), where F_n is the state {@code readSources[n]} names
     * ({@link #issueStateSlice}) and w_n[i] = {@code readWeights[n * PAIR + i]} for pair row i. Q's rows start at
     * {@code queryOrigin} (first chunk's row 0; the second chunk follows 64 rows later). Per K slice both Q slices
     * and each state's matching slice come through asynchronous copies into a ring of three buffers, two reads
     * ahead: copy group 0 holds both Q slices and F_0's slice, group n >= 1 F_n's, so waiting until one group is
     * pending lands read n; the barrier after the wait also ends read n - 1's products, whose buffer read n + 2 then
     * refills. So each state slice is staged once for both chunks. Ends with a barrier when {@code reads > 0};
     * {@code pairTiles} and {@code stateSlices} are overwritten.
     */
    static void accumulateReads(KernelContext ctx, int lid, float[] acc, int reads, int[] readSources,
                                float[] readWeights, float[] pairTiles, float[] stateSlices, float[] q,
                                int queryOrigin, int qkRowStride, int firstRows, int secondRows, int half,
                                int rowBlock, int halfRows, float[] levelStates, int scratchBase, int stateSize,
                                float[] readStates, int bh, int readsPerHead, int vTile, int keyDim, int valueDim) {
        for (int k0 = 0; k0 < keyDim && reads > 0; k0 += K_SLICE) {
            AsyncTiles.issueBlock(ctx, lid, pairTiles, 0, SLICE_STRIDE, CHUNK, q, queryOrigin, qkRowStride,
                    firstRows, k0, keyDim);
            AsyncTiles.issueBlock(ctx, lid, pairTiles, TILE_FLOATS, SLICE_STRIDE, CHUNK, q,
                    queryOrigin + CHUNK * qkRowStride, qkRowStride, secondRows, k0, keyDim);
            for (int n = 0; n < 2; n++) {
                if (n < reads) {
                    issueStateSlice(ctx, lid, readSources[n], k0, stateSlices, n * STATE_SLICE_FLOATS, levelStates,
                            scratchBase, stateSize, readStates, bh, readsPerHead, vTile, keyDim, valueDim);
                }
                ctx.asyncCommit();
            }
            for (int n = 0; n < reads; n++) {
                ctx.asyncWait(1);
                ctx.localBarrier();
                if (n + 2 < reads) {
                    issueStateSlice(ctx, lid, readSources[n + 2], k0, stateSlices, ((n + 2) % 3) * STATE_SLICE_FLOATS,
                            levelStates, scratchBase, stateSize, readStates, bh, readsPerHead, vTile, keyDim,
                            valueDim);
                }
                ctx.asyncCommit();
                // O_half += diag(w_n) Q_half F_n for the warp's rows: A[r, kc] = pairTiles[half * TILE_FLOATS +
                // r * 68 + kc], F_n[kc, vc] = stateSlices[buffer + vc * 68 + kc].
                if (halfRows > 0) {
                    ctx.mmaAccumulateRowScaled(acc, WIDE_N_TILES, readWeights, n * PAIR + half * CHUNK + rowBlock,
                            pairTiles, half * TILE_FLOATS + rowBlock * SLICE_STRIDE, SLICE_STRIDE, 1, stateSlices,
                            (n % 3) * STATE_SLICE_FLOATS, 1, SLICE_STRIDE, K_SLICE);
                }
            }
            ctx.localBarrier();
        }
    }

    /**
     * Global (256 * vTiles, B * H, segments), local (256, 1, 1): the heads of one segment are neighbours in the
     * launch order, so the groups that run together walk the same chunks at about the same time and share their
     * Q, K and score loads through L2. {@code levelStates} holds, per group
     * ((bh * segments + segment) * vTiles + vTile), {@link #levelSlots}(s) value-major states of 64 x K floats
     * (F[2..s]); {@code scores} the chunk scores of {@link ChunkScoreKernels#chunkScores}, {@code crossScores} the
     * pair blocks of {@link ChunkScoreKernels#pairCrossScores}.
     *
     * <p>The sweep reads the in-segment states only and writes o = scale (in-segment terms); the segment-level terms
     * are added afterwards by {@link Mamba2SegmentReadKernels#segmentReads}. After the last pair of a whole segment
     * (2^s chunks) with index below {@code endStateCount} the carry is the segment's end state
     * E = sum over its tokens of exp(Gs_end - Gs_t) k_t v_t^T, stored value-major in {@code endStates} at
     * (bh * endStateCount + segment) K V, the input of the segment sweep {@link Mamba2Kernels#segmentSweep}.
     */
    @LaunchBounds(maxThreads = GROUP_THREADS, minGroupsPerMultiprocessor = 2)
    public static void segmentSweepOutput(KernelContext ctx, float[] q, float[] k, float[] v, float[] lambda,
                                          float[] gs, float[] scores, float[] crossScores, float[] levelStates,
                                          float[] endStates, float[] o, int length, int heads, int headsPerGroup,
                                          int groups, int keyDim, int valueDim, int lambdaLevels, int segmentLog2,
                                          int paddedLength, int useLambda, float scale, int chunks, int segments,
                                          int endStateCount) {
        // Local memory (112 KB): two staging tiles and three state-slice buffers in several roles, each role starting
        // after a barrier that ends the previous one. pairTiles holds the two chunks' Q slices (chunk c at
        // c * TILE_FLOATS), then their V (decayed for the state write); stateSlices the ring of state slices, then the
        // three score tiles P, then one chunk's keys for the state write.
        float[] pairTiles = ctx.allocateFloatLocalArray(2 * TILE_FLOATS);
        float[] stateSlices = ctx.allocateFloatLocalArray(3 * STATE_SLICE_FLOATS);
        float[] pairGs = ctx.allocateFloatLocalArray(2 * PAIR);
        float[] rowDecay = ctx.allocateFloatLocalArray(PAIR);
        float[] pairLambda = ctx.allocateFloatLocalArray(PAIR * CHUNK_LEVELS);
        float[] readWeights = ctx.allocateFloatLocalArray(MAX_READS * PAIR);
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
        int scratchBase = ((bh * segments + segment) * vTiles + vTile) * levelSlots(segmentLog2) * stateSize;
        // A whole segment below endStateCount stores its end state after its last pair.
        boolean storesEnd = chunksHere == 1 << segmentLog2 && segment < endStateCount;
        int pairs = chunks >> 1;
        // Warp tiles of 16 x 64 (eight n-tiles): warp w owns rows 16 (w % 4) .. + 15 of its half, w / 4 (the pair's
        // chunk in the reads and outputs, the 64 keys of a 128-key span in the state write).
        int warp = lid >> 5;
        int half = warp >> 2;
        int rowBlock = (warp & 3) << 4;
        int lane = lid & 31;

        float[] pending = new float[MAX_LOCAL_LEVELS];
        for (int l = 0; l < MAX_LOCAL_LEVELS; l++) {
            pending[l] = 0f;
        }
        float[] acc = new float[WIDE_ACC];
        float[] carried = new float[2];

        // Row offset of lambda's rows (t, h) from t = 0, and the distance between consecutive rows.
        int lambdaOrigin = (b * length * heads + h) * lambdaLevels;
        int lambdaRowStride = heads * lambdaLevels;
        // The first pair's per-row data; every later pair's comes in while the pair before it runs (after its
        // step b2). Pair r / 2 keeps its Gs in pairGs[((r / 2) % 2) * 128 ..].
        issuePairRows(ctx, lid, 0, chunksHere, firstChunk * CHUNK, length, gs, gsBase, lambda, lambdaOrigin,
                lambdaRowStride, lambdaLevels, useLambda, pairGs, 0, pairLambda, readWeights);
        ctx.asyncCommit();
        // Gs at the end of the previous pair (0 before the segment), carried from one pair to the next.
        float gsBefore = 0f;
        for (int r = 0; r < chunksHere; r += 2) {
            int chunk = firstChunk + r;
            int queryStart = chunk * CHUNK;
            // The pair is chunks r and r + 1 of the segment; rows 0..63 are the first, 64..127 the second. Rows
            // i < pairRows exist (t < T, and the second chunk only if the segment has it).
            boolean hasSecond = r + 1 < chunksHere;
            int firstRows = Math.max(0, Math.min(CHUNK, length - queryStart));
            int secondRows = 0;
            if (hasSecond) {
                secondRows = Math.max(0, Math.min(CHUNK, length - queryStart - CHUNK));
            }
            int pairRows = firstRows + secondRows;
            int halfRows = half == 0 ? firstRows : secondRows;
            // Per-row data (issuePairRows): segment-local Gs_t, lambda[t, 0..7] and the read levels' lambda of the
            // pair's rows. gsRow: this work-item's row of the pair (lid < 128), copied by itself.
            int gsAt = ((r >>> 1) & 1) * PAIR;
            ctx.asyncWait(0);
            float gsRow = 0f;
            if (lid < PAIR) {
                gsRow = pairGs[gsAt + lid];
            }
            // The pair's in-segment state reads, shared by both chunks (r is even, so bit 0 is clear: chunk r + 1's
            // read of the level-0 state F[1], which holds chunk r alone, is the cross block of step b2 instead).
            // Bit l of r (l >= 1) reads F[l + 1], source l - 1 (its slot); row weights lambda[t, 7 + l]
            // exp(Gs_t - Gs_before + pending[l + 1]), 0 for rows that do not exist.
            int reads = 0;
            int inSegmentBits = r >>> 1;
            int localLevel = 1;
            while (inSegmentBits != 0) {
                if ((inSegmentBits & 1) != 0) {
                    if (lid < pairRows) {
                        readWeights[reads * PAIR + lid] = readWeights[reads * PAIR + lid]
                                * KernelMath.exp(gsRow - gsBefore + pending[localLevel + 1]);
                    }
                    if (lid == 0) {
                        readSources[reads] = localLevel - 1;
                    }
                    reads = reads + 1;
                }
                inSegmentBits = inSegmentBits >>> 1;
                localLevel = localLevel + 1;
            }
            for (int e = 0; e < WIDE_ACC; e++) {
                acc[e] = 0f;
            }
            ctx.localBarrier();

            // Step b1, the in-segment state reads O += diag(w_n) Q F_n of both chunks. Every source is a scratch slot
            // (non-negative), so the stored-read-state arguments are never read: levelStates and 1 stand in.
            accumulateReads(ctx, lid, acc, reads, readSources, readWeights, pairTiles, stateSlices, q,
                    qkBase + queryStart * qkRowStride, qkRowStride, firstRows, secondRows, half, rowBlock, halfRows,
                    levelStates, scratchBase, stateSize, levelStates, bh, 1, vTile, keyDim, valueDim);

            // V of both chunks (row stride 72) and the pair's three raw score tiles (row stride 68: the first chunk's
            // Q K^T, the cross block, the second chunk's Q K^T, computed once per q/k group) through asynchronous
            // copies, all in flight at once.
            AsyncTiles.issueBlock(ctx, lid, pairTiles, 0, ROW_STRIDE, CHUNK, v, vBase + queryStart * vRowStride,
                    vRowStride, firstRows, vTile * TILE, valueDim);
            AsyncTiles.issueBlock(ctx, lid, pairTiles, TILE_FLOATS, ROW_STRIDE, CHUNK, v,
                    vBase + (queryStart + CHUNK) * vRowStride, vRowStride, secondRows, vTile * TILE, valueDim);
            int scoreBase = ((b * groups + grp) * chunks + chunk) * ChunkScoreKernels.SCORE_FLOATS;
            int crossBase = ((b * groups + grp) * pairs + (chunk >> 1)) * ChunkScoreKernels.SCORE_FLOATS;
            int secondScoreRows = secondRows > 0 ? CHUNK : 0;
            AsyncTiles.issueBlock(ctx, lid, stateSlices, 0, SLICE_STRIDE, CHUNK, scores, scoreBase, CHUNK, CHUNK, 0,
                    CHUNK);
            AsyncTiles.issueBlock(ctx, lid, stateSlices, STATE_SLICE_FLOATS, SLICE_STRIDE, CHUNK, crossScores,
                    crossBase, CHUNK, secondScoreRows, 0, CHUNK);
            AsyncTiles.issueBlock(ctx, lid, stateSlices, 2 * STATE_SLICE_FLOATS, SLICE_STRIDE, CHUNK, scores,
                    scoreBase + ChunkScoreKernels.SCORE_FLOATS, CHUNK, secondScoreRows, 0, CHUNK);
            ctx.asyncCommit();
            ctx.asyncWait(0);
            // Step b2, the pair's 128 x 128 score block as three 64 x 64 tiles, weighted in place: P_11 (first
            // chunk), P_21 (second chunk's rows, first chunk's columns: token level 7, the chunk level 0 of lambda)
            // and P_22, each masked before exp and weighted with exp(Gs[a] - Gs[c]) lambda[t, level(a, c)]. Each
            // work-item weights the quads it copied itself, so no barrier is needed between its wait and its writes.
            for (int u = 0; u < CHUNK * CHUNK / 4 / GROUP_THREADS; u++) {
                int a = AsyncTiles.ownedRow(lid, u, true);
                int c0 = AsyncTiles.ownedColumn(lid, u, true);
                for (int i = 0; i < 4; i++) {
                    int c = c0 + i;
                    int at = a * SLICE_STRIDE + c;
                    float diagonalFirst = 0f;
                    float diagonalSecond = 0f;
                    float cross = 0f;
                    if (c <= a) {
                        int pairLevel = 32 - Integer.numberOfLeadingZeros(a ^ c);
                        diagonalFirst = stateSlices[at] * pairLambda[a * CHUNK_LEVELS + pairLevel]
                                * KernelMath.exp(pairGs[gsAt + a] - pairGs[gsAt + c]);
                        if (secondRows > 0) {
                            diagonalSecond = stateSlices[2 * STATE_SLICE_FLOATS + at]
                                    * pairLambda[(CHUNK + a) * CHUNK_LEVELS + pairLevel]
                                    * KernelMath.exp(pairGs[gsAt + CHUNK + a] - pairGs[gsAt + CHUNK + c]);
                        }
                    }
                    if (secondRows > 0) {
                        cross = stateSlices[STATE_SLICE_FLOATS + at]
                                * pairLambda[(CHUNK + a) * CHUNK_LEVELS + CHUNK_LOG2 + 1]
                                * KernelMath.exp(pairGs[gsAt + CHUNK + a] - pairGs[gsAt + c]);
                    }
                    stateSlices[at] = diagonalFirst;
                    stateSlices[STATE_SLICE_FLOATS + at] = cross;
                    stateSlices[2 * STATE_SLICE_FLOATS + at] = diagonalSecond;
                }
            }
            ctx.localBarrier();
            // The next pair's per-row data, into the other Gs buffer and the lambda buffers this pair is done with.
            if (r + 2 < chunksHere) {
                issuePairRows(ctx, lid, r + 2, chunksHere, queryStart + PAIR, length, gs, gsBase, lambda,
                        lambdaOrigin, lambdaRowStride, lambdaLevels, useLambda, pairGs, PAIR - gsAt, pairLambda,
                        readWeights);
                ctx.asyncCommit();
            }
            // Step b3, O_1 += P_11 V_1 (warps of half 0) and O_2 += P_21 V_1 + P_22 V_2 (half 1):
            // A[a, c] = P[a * 68 + c], B[c, vc] = V[c * 72 + vc].
            if (half == 0) {
                ctx.mmaAccumulate(acc, WIDE_N_TILES, stateSlices, rowBlock * SLICE_STRIDE, SLICE_STRIDE, 1, pairTiles,
                        0, ROW_STRIDE, 1, CHUNK);
            } else if (secondRows > 0) {
                ctx.mmaAccumulate(acc, WIDE_N_TILES, stateSlices, STATE_SLICE_FLOATS + rowBlock * SLICE_STRIDE,
                        SLICE_STRIDE, 1, pairTiles, 0, ROW_STRIDE, 1, CHUNK);
                ctx.mmaAccumulate(acc, WIDE_N_TILES, stateSlices, 2 * STATE_SLICE_FLOATS + rowBlock * SLICE_STRIDE,
                        SLICE_STRIDE, 1, pairTiles, TILE_FLOATS, ROW_STRIDE, 1, CHUNK);
            }
            ctx.localBarrier();

            // Step b4, o = scale * O for the rows that exist, the lane's two neighbouring columns per store.
            for (int e = 0; e < WIDE_ACC; e += 2) {
                int row = rowBlock + MmaLayout.row(lane, e);
                int vv = vTile * TILE + MmaLayout.column(lane, e);
                AccumulatorPairs.store(ctx, o, vBase + (queryStart + half * CHUNK + row) * vRowStride + vv,
                        valueDim - vv, row < halfRows, scale * acc[e], scale * acc[e + 1]);
            }

            // Step c, decay, write and Fenwick carry before the next pair (m = ntz(r + 2) >= 1): pending[l] +=
            // Gs_last - Gs_before for l >= 2, then F[m+1] = K^T (exp(Gs_last - Gs) V) over the pair's 128 rows +
            // sum_{2 <= l <= m} exp(pending[l]) F[l], stored value-major as F[m+1][vc][kk]. The pair's write is
            // the chunk-level carry of both chunks at once: F[1] (the first chunk alone) and F[0] are never
            // formed, F[2 .. m] are not read again before they are rewritten (the next pair reads levels above m).
            boolean lastPair = r + 2 >= chunksHere;
            if (!lastPair || storesEnd) {
                // (A pair without a second chunk is a whole segment only when s = 0.)
                float gsLast = hasSecond ? pairGs[gsAt + PAIR - 1] : pairGs[gsAt + CHUNK - 1];
                float pairTotal = gsLast - gsBefore;
                for (int l = 2; l <= segmentLog2; l++) {
                    pending[l] = pending[l] + pairTotal;
                }
                int m = Integer.numberOfTrailingZeros(r + 2);
                // rowDecay[i] = exp(Gs_last - Gs_i), then the pair's V rows scaled by it in place (pairTiles, both
                // chunks): the write is K^T Vd with Vd = diag(exp(Gs_last - Gs)) V, so K can come in as it is.
                if (lid < PAIR) {
                    rowDecay[lid] = KernelMath.exp(gsLast - pairGs[gsAt + lid]);
                }
                // F[2]'s elements of the first key pass go straight into the accumulators (scaled by
                // exp(pending[2]) below), so that their loads travel during the barrier, V's scaling and the key
                // copies instead of holding up the first product.
                for (int e = 0; e < WIDE_ACC; e++) {
                    acc[e] = 0f;
                }
                if (m >= 2) {
                    for (int e = 0; e < WIDE_ACC; e += 2) {
                        int kk = half * TILE + MmaLayout.column(lane, e);
                        AccumulatorPairs.load(ctx, levelStates, scratchBase
                                + (rowBlock + MmaLayout.row(lane, e)) * keyDim + kk, keyDim - kk, acc, e);
                    }
                }
                ctx.localBarrier();
                for (int idx = lid; idx < PAIR * TILE; idx += GROUP_THREADS) {
                    int i = idx >> CHUNK_LOG2;
                    int at = (i >> CHUNK_LOG2) * TILE_FLOATS + (i & (CHUNK - 1)) * ROW_STRIDE + (idx & (TILE - 1));
                    pairTiles[at] = rowDecay[i] * pairTiles[at];
                }
                for (int k0 = 0; k0 < keyDim; k0 += KEY_SPAN) {
                    for (int c = 0; c < 2; c++) {
                        // Chunk c's keys k_i[k0 + kc] for 128 keys into stateSlices (row stride 136), through
                        // asynchronous copies.
                        for (int h2 = 0; h2 < 2; h2++) {
                            AsyncTiles.issueBlock(ctx, lid, stateSlices, h2 * TILE, KEY_STRIDE, CHUNK, k,
                                    qkBase + (queryStart + c * CHUNK) * qkRowStride, qkRowStride,
                                    c == 0 ? firstRows : secondRows, k0 + h2 * TILE, keyDim);
                        }
                        ctx.asyncCommit();
                        if (c == 0) {
                            // The warp's keys are k0 + 64 half + 0..63. The accumulators start from the carried
                            // levels, sum_{2 <= l <= m} exp(pending[l]) F[l], each work-item loading its own
                            // elements while the first chunk's keys are in flight (F[2] of the first pass is in
                            // the accumulators already).
                            int firstLevel = 2;
                            if (k0 == 0) {
                                if (m >= 2) {
                                    float decay = KernelMath.exp(pending[2]);
                                    for (int e = 0; e < WIDE_ACC; e++) {
                                        acc[e] = decay * acc[e];
                                    }
                                }
                                firstLevel = 3;
                            } else {
                                for (int e = 0; e < WIDE_ACC; e++) {
                                    acc[e] = 0f;
                                }
                            }
                            for (int l = firstLevel; l <= m; l++) {
                                float decay = KernelMath.exp(pending[l]);
                                for (int e = 0; e < WIDE_ACC; e += 2) {
                                    int kk = k0 + half * TILE + MmaLayout.column(lane, e);
                                    AccumulatorPairs.load(ctx, levelStates, scratchBase + (l - 2) * stateSize
                                            + (rowBlock + MmaLayout.row(lane, e)) * keyDim + kk, keyDim - kk,
                                            carried, 0);
                                    acc[e] = Math.fma(decay, carried[0], acc[e]);
                                    acc[e + 1] = Math.fma(decay, carried[1], acc[e + 1]);
                                }
                            }
                        }
                        ctx.asyncWait(0);
                        ctx.localBarrier();
                        // F[m+1] += K_c^T Vd_c: A[vc, i] = Vd_c[i * 72 + vc], B[i, kc] = K[i * 136 + 64 half + kc].
                        ctx.mmaAccumulate(acc, WIDE_N_TILES, pairTiles, c * TILE_FLOATS + rowBlock, 1, ROW_STRIDE,
                                stateSlices, half * TILE, KEY_STRIDE, 1, CHUNK);
                        ctx.localBarrier();
                    }
                    // F[m+1] goes to slot m - 1, or after the segment's last pair (m = s) to its end state.
                    for (int e = 0; e < WIDE_ACC; e += 2) {
                        int kk = k0 + half * TILE + MmaLayout.column(lane, e);
                        int row = rowBlock + MmaLayout.row(lane, e);
                        if (!lastPair) {
                            AccumulatorPairs.store(ctx, levelStates,
                                    scratchBase + (m - 1) * stateSize + row * keyDim + kk, keyDim - kk, true, acc[e],
                                    acc[e + 1]);
                        } else {
                            AccumulatorPairs.store(ctx, endStates,
                                    ((bh * endStateCount + segment) * valueDim + vTile * TILE + row) * keyDim + kk,
                                    keyDim - kk, vTile * TILE + row < valueDim, acc[e], acc[e + 1]);
                        }
                    }
                }
                pending[m + 1] = 0f;
                gsBefore = gsLast;
            }
        }
    }
}
