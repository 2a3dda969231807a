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
 * Fenwick states F[0..s] (K x 64 each) in a global scratch area of its own. Per chunk it costs one intra-chunk tile
 * pair, popcount(r) + popcount(segment) state reads and one K^T V write, instead of the (r + 1) tile pairs of
 * {@link Mamba2Kernels#chunkOutput}; the price is a sequential walk of 2^s chunks per group and
 * B H segments (s + 1) K 64 floats of scratch.
 *
 * <p>Work per chunk (C = 64, K = 128, one V tile of 64, R = number of state reads, about 5.5 at s = 5 and
 * 64 segments): Q K^T 2 C C K = 1.05 MFLOP, P V 2 C C 64 = 0.52 MFLOP, state reads R 2 C K 64 = R 1.05 MFLOP,
 * K^T V write 2 K C 64 = 1.05 MFLOP, so about 8.4 MFLOP; it reads Q, K (C K each), V (C 64) and R states (K 64
 * each) and writes one state and the output tile.
 *
 * <p>Fused state reads. All reads of a chunk go into one accumulator:
 * O += sum_j (diag(w_j) Q) F_j, with the row weight w_j[t] = lambda[t, level_j] exp(decay to t) applied once per
 * K slice to a weighted copy of the Q slice (64 K_SLICE multiplies instead of one per multiply-add). The reduction over K runs in slices of {@link #K_SLICE}: each slice of Q and K
 * is staged once (transposed, for the intra-chunk scores and every state read), and each state's matching slice
 * is staged after it, so Q is read from global memory once per chunk instead of once per level. The state slices
 * are software-pipelined: slice n + 1 is loaded into registers while the product of slice n runs, and the Fenwick
 * carry sums {@link #SLICE_PER_THREAD} elements per work-item at a time, so global-memory latency overlaps work.
 * (Pipelining the key blocks of the K^T V write the same way takes the kernel past 128 registers, which halves the
 * resident work-groups, so they are staged directly.)
 *
 * <p>Tile products. A 64 x 64 product is one warp tile of 16 x 32 per warp on tensor cores
 * ({@link Mamba2TileProducts}, {@code KernelContext.mmaAccumulate}): every operand is stored with the reduction
 * index outermost and rows padded to {@link #T_STRIDE} / {@link #TILE_STRIDE} = 72 floats, so the fragment loads
 * hit 32 distinct banks. The accumulators are private arrays of 16 floats per work-item, kept in registers; the
 * epilogues map element e to its tile row and column with {@link Mamba2TileProducts#row}/{@code column}.
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
    /** Row stride of transposed tiles (64 rows + 8: conflict-free tensor-core fragment loads). */
    public static final int T_STRIDE = CHUNK + 8;
    /** Row stride of row-major 64-wide tiles (state slices, values), padded like {@link #T_STRIDE}. */
    public static final int TILE_STRIDE = TILE + 8;
    /** Elements of one K_SLICE x 64 state slice per work-item. */
    public static final int SLICE_PER_THREAD = K_SLICE * TILE / GROUP_THREADS;
    /** Most state reads of one chunk: up to 8 in-segment bits plus up to 31 segment-index bits. */
    public static final int MAX_READS = 40;

    /**
     * Stages x[t, k0 + kc] for the 64 rows t = rowStart + row and kc < {@link #K_SLICE} into
     * tile[kc * T_STRIDE + row] (0 outside t < length, k0 + kc < keyDim). Each warp reads 4 rows by 8 consecutive
     * columns (32-byte sectors). (Issuing all 16 loads before the stores was measured slower on an H100: the extra
     * live registers pushed the kernel past its 128-register budget.)
     */
    static void stageTransposedSlice(int lid, float[] x, float[] tile, int rowStart, int k0, int length,
                                     int rowBase, int rowStride, int keyDim) {
        for (int e = lid; e < CHUNK * K_SLICE; e += GROUP_THREADS) {
            int kc = ((e >> 5) % (K_SLICE / 8)) * 8 + ((e >> 2) & 7);
            int row = (e / (4 * K_SLICE)) * 4 + (e & 3);
            int t = rowStart + row;
            int kk = k0 + kc;
            float value = 0f;
            if (kk < keyDim && t < length) {
                value = x[rowBase + t * rowStride + kk];
            }
            tile[kc * T_STRIDE + row] = value;
        }
    }

    /**
     * Stages the 64 x 64 block x[t, c0 + c] (rows t = rowStart + row, c < 64) row-major into
     * tile[row * TILE_STRIDE + c], times rowScale[row] when {@code scaled != 0}; 0 outside t < length,
     * c0 + c < columns. A warp reads 32 consecutive floats of a row.
     */
    static void stageRowBlock(int lid, float[] x, float[] tile, int rowStart, int length, int rowBase,
                              int rowStride, int c0, int columns, int scaled, float[] rowScale) {
        for (int idx = lid; idx < CHUNK * TILE; idx += GROUP_THREADS) {
            int row = idx >> 6;
            int t = rowStart + row;
            int c = c0 + (idx & 63);
            float value = 0f;
            if (c < columns && t < length) {
                value = x[rowBase + t * rowStride + c];
                if (scaled != 0) {
                    value = rowScale[row] * value;
                }
            }
            tile[row * TILE_STRIDE + (idx & 63)] = value;
        }
    }

    /**
     * Loads a work-item's part of the K_SLICE x 64 slice (rows k0 .. k0 + K_SLICE - 1) of one state into
     * {@code regs}: element e = lid + u * 256 (row e / 64, column e % 64) into regs[u]. Source l >= 0 is the
     * in-segment state F[l + 1] in the group's scratch; source -(slot + 1) is stored segment-level read state slot.
     * Rows >= K and columns >= V read 0.
     */
    static void loadStateSlice(float[] regs, int lid, int source, int k0, float[] levelStates, int scratchBase,
                               int stateSize, float[] readStates, int bh, int readsPerHead, int vTile, int keyDim,
                               int valueDim) {
        int stateBase = (bh * readsPerHead + (-source - 1)) * keyDim * valueDim;
        for (int u = 0; u < SLICE_PER_THREAD; u++) {
            int e = lid + u * GROUP_THREADS;
            int sk = k0 + (e >> 6);
            int col = e & 63;
            float value = 0f;
            if (source >= 0) {
                if (sk < keyDim) {
                    value = levelStates[scratchBase + (source + 1) * stateSize + sk * TILE + col];
                }
            } else {
                int sv = vTile * TILE + col;
                if (sk < keyDim && sv < valueDim) {
                    value = readStates[stateBase + sk * valueDim + sv];
                }
            }
            regs[u] = value;
        }
    }

    /**
     * Global (256 * vTiles, segments, B * H), local (256, 1, 1). {@code levelStates} holds, per group
     * ((bh * segments + segment) * vTiles + vTile), (s + 1) states of K x 64 floats.
     */
    @LaunchBounds(maxThreads = GROUP_THREADS, minGroupsPerMultiprocessor = 2)
    public static void segmentSweepOutput(KernelContext ctx, float[] q, float[] k, float[] v, float[] lambda,
                                          float[] gs, float[] readStates, int[] readOffsets, float[] levelStates,
                                          float[] o, int length, int heads, int headsPerGroup, int groups,
                                          int keyDim, int valueDim, int lambdaLevels, int segmentLog2,
                                          int paddedLength, int readsPerHead, int useLambda, float scale,
                                          int chunks, int segments, int segmentBase) {
        float[] queryT = ctx.allocateFloatLocalArray(K_SLICE * T_STRIDE);
        float[] keyT = ctx.allocateFloatLocalArray(K_SLICE * T_STRIDE);
        float[] stateTile = ctx.allocateFloatLocalArray(K_SLICE * TILE_STRIDE);
        // Three tiles serve five roles: P (scoreT) and the K^T V write's keys reuse the state tile, and V
        // (valueTile) reuses the query tile, each only after the K-slice loop's closing barrier and given back before
        // the next chunk stages its slices (68 KB of local memory). Registers still hold it to two groups per SM:
        // bounds of three groups (80 registers) spilled and ran 77.1 instead of 63.4 ms at T = 131,072 on an H100.
        float[] scoreT = stateTile;
        float[] valueTile = queryT;
        float[] queryGs = ctx.allocateFloatLocalArray(CHUNK);
        float[] rowDecay = ctx.allocateFloatLocalArray(CHUNK);
        float[] chunkLambda = ctx.allocateFloatLocalArray(CHUNK * CHUNK_LEVELS);
        float[] readWeights = ctx.allocateFloatLocalArray(MAX_READS * CHUNK);
        int[] readSources = ctx.allocateIntLocalArray(MAX_READS);

        int lid = ctx.localIdx;
        int vTile = ctx.groupIdx;
        int segment = ctx.groupIdy;
        int bh = ctx.groupIdz;
        int vTiles = ctx.globalGroupSizeX / GROUP_THREADS;
        int b = bh / heads;
        int h = bh - b * heads;
        int grp = h / headsPerGroup;
        int gsBase = bh * paddedLength;
        int qkBase = (b * length * groups + grp) * keyDim;
        int qkRowStride = groups * keyDim;
        int firstChunk = segment << segmentLog2;
        int chunksHere = Math.min(1 << segmentLog2, chunks - firstChunk);
        int stateSize = keyDim * TILE;
        int scratchBase = ((bh * segments + segment) * vTiles + vTile) * (segmentLog2 + 1) * stateSize;
        int firstSlot = readOffsets[segment] + segment * Integer.bitCount(segmentBase);

        float[] pending = new float[MAX_LOCAL_LEVELS];
        for (int l = 0; l < MAX_LOCAL_LEVELS; l++) {
            pending[l] = 0f;
        }
        float[] out = new float[Mamba2TileProducts.ACC];
        float[] score = new float[Mamba2TileProducts.ACC];
        float[] prefetch = new float[SLICE_PER_THREAD];

        for (int r = 0; r < chunksHere; r++) {
            int chunk = firstChunk + r;
            int queryStart = chunk * CHUNK;
            float gsBefore = 0f;
            if (r > 0) {
                gsBefore = gs[gsBase + queryStart - 1];
            }
            // Step a, Fenwick carry before chunk r > 0: F[m+1] = sum_{l <= m} exp(pending[l]) F[l], m = ntz(r).
            if (r > 0) {
                int m = Integer.numberOfTrailingZeros(r);
                for (int base = 0; base < stateSize; base += SLICE_PER_THREAD * GROUP_THREADS) {
                    // SLICE_PER_THREAD independent sums per work-item, so their loads are in flight together.
                    for (int u = 0; u < SLICE_PER_THREAD; u++) {
                        prefetch[u] = 0f;
                    }
                    for (int l = 0; l <= m; l++) {
                        float decay = KernelMath.exp(pending[l]);
                        for (int u = 0; u < SLICE_PER_THREAD; u++) {
                            int idx = base + lid + u * GROUP_THREADS;
                            if (idx < stateSize) {
                                prefetch[u] = Math.fma(decay, levelStates[scratchBase + l * stateSize + idx],
                                        prefetch[u]);
                            }
                        }
                    }
                    for (int u = 0; u < SLICE_PER_THREAD; u++) {
                        int idx = base + lid + u * GROUP_THREADS;
                        if (idx < stateSize) {
                            levelStates[scratchBase + (m + 1) * stateSize + idx] = prefetch[u];
                        }
                    }
                }
                pending[m + 1] = 0f;
            }
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
            for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                out[e] = 0f;
                score[e] = 0f;
            }
            ctx.localBarrier();

            // Step b1, per K slice: scores P += Q K^T, and every state read O += (diag(w_n) Q) F_n.
            for (int k0 = 0; k0 < keyDim; k0 += K_SLICE) {
                stageTransposedSlice(lid, q, queryT, queryStart, k0, length, qkBase, qkRowStride, keyDim);
                stageTransposedSlice(lid, k, keyT, queryStart, k0, length, qkBase, qkRowStride, keyDim);
                if (reads > 0) {
                    loadStateSlice(prefetch, lid, readSources[0], k0, levelStates, scratchBase, stateSize,
                            readStates, bh, readsPerHead, vTile, keyDim, valueDim);
                }
                ctx.localBarrier();
                Mamba2TileProducts.accumulate(ctx, lid, score, queryT, 0, T_STRIDE, keyT, 0, T_STRIDE, K_SLICE);
                if (reads > 0) {
                    // keyT is free once every work-item has finished Q K^T: it holds diag(w_n) Q below.
                    ctx.localBarrier();
                }
                for (int n = 0; n < reads; n++) {
                    // Stage F_n's slice from the registers loaded one step earlier and the weighted slice
                    // diag(w_n) Q (row lid % 64 of every element this work-item writes); then load F_{n+1}'s slice
                    // while O += (diag(w_n) Q) F_n runs, so the global loads overlap the tile product.
                    float rowWeight = readWeights[n * CHUNK + (lid & 63)];
                    for (int u = 0; u < SLICE_PER_THREAD; u++) {
                        int e = lid + u * GROUP_THREADS;
                        int at = (e >> 6) * T_STRIDE + (e & 63);
                        stateTile[(e >> 6) * TILE_STRIDE + (e & 63)] = prefetch[u];
                        keyT[at] = rowWeight * queryT[at];
                    }
                    ctx.localBarrier();
                    if (n + 1 < reads) {
                        loadStateSlice(prefetch, lid, readSources[n + 1], k0, levelStates, scratchBase, stateSize,
                                readStates, bh, readsPerHead, vTile, keyDim, valueDim);
                    }
                    Mamba2TileProducts.accumulate(ctx, lid, out, keyT, 0, T_STRIDE, stateTile, 0, TILE_STRIDE, K_SLICE);
                    ctx.localBarrier();
                }
                ctx.localBarrier();
            }

            // Step b2, mask before exp, decay exp(Gl[a] - Gl[b]) = exp(Gs[a] - Gs[b]), lambda[t, level(a, b)];
            // stored transposed: scoreT[b][a].
            for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                int a = Mamba2TileProducts.row(lid, e);
                int bc = Mamba2TileProducts.column(lid, e);
                float weighted = 0f;
                if (bc <= a) {
                    int pairLevel = 32 - Integer.numberOfLeadingZeros(a ^ bc);
                    weighted = score[e] * chunkLambda[a * CHUNK_LEVELS + pairLevel]
                            * KernelMath.exp(queryGs[a] - queryGs[bc]);
                }
                scoreT[bc * T_STRIDE + a] = weighted;
            }
            stageRowBlock(lid, v, valueTile, queryStart, length, (b * length * heads + h) * valueDim,
                    heads * valueDim, vTile * TILE, valueDim, 0, rowDecay);
            ctx.localBarrier();
            // Step b3, O += P V.
            Mamba2TileProducts.accumulate(ctx, lid, out, scoreT, 0, T_STRIDE, valueTile, 0, TILE_STRIDE, CHUNK);
            ctx.localBarrier();

            // Step b4, o = scale * O for rows t < T.
            for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                int t = queryStart + Mamba2TileProducts.row(lid, e);
                int vv = vTile * TILE + Mamba2TileProducts.column(lid, e);
                if (t < length && vv < valueDim) {
                    o[((b * length + t) * heads + h) * valueDim + vv] = scale * out[e];
                }
            }

            // Step c, decay and write: pending[l] += Gl_last for l >= 1; F[0] = K^T (exp(Gl_last - Gl) V).
            if (r + 1 < chunksHere) {
                float chunkTotal = gs[gsBase + queryStart + CHUNK - 1] - gsBefore;
                for (int l = 1; l <= segmentLog2; l++) {
                    pending[l] = pending[l] + chunkTotal;
                }
                pending[0] = 0f;
                float gsLast = gs[gsBase + queryStart + CHUNK - 1];
                // rowDecay[b] = exp(Gs_last - Gs_b), once per chunk for every K tile of the write.
                if (lid < CHUNK) {
                    rowDecay[lid] = KernelMath.exp(gsLast - queryGs[lid]);
                }
                ctx.localBarrier();
                for (int k0 = 0; k0 < keyDim; k0 += TILE) {
                    // scoreT[b][kc] = exp(Gs_last - Gs_b) k_b[k0 + kc]; valueTile still holds V of this chunk.
                    stageRowBlock(lid, k, scoreT, queryStart, length, qkBase, qkRowStride, k0, keyDim, 1,
                            rowDecay);
                    for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                        score[e] = 0f;
                    }
                    ctx.localBarrier();
                    Mamba2TileProducts.accumulate(ctx, lid, score, scoreT, 0, T_STRIDE, valueTile, 0, TILE_STRIDE,
                            CHUNK);
                    for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
                        int kk = k0 + Mamba2TileProducts.row(lid, e);
                        if (kk < keyDim) {
                            levelStates[scratchBase + kk * TILE + Mamba2TileProducts.column(lid, e)] = score[e];
                        }
                    }
                    ctx.localBarrier();
                }
            }
        }
    }
}
