package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.CHUNK;
import static loglinear.kernels.Mamba2Kernels.CHUNK_LEVELS;
import static loglinear.kernels.Mamba2Kernels.CHUNK_LOG2;
import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;
import static loglinear.kernels.Mamba2Kernels.TILE;

import loglinear.jit.KernelContext;
import loglinear.jit.LaunchBounds;
import loglinear.jit.KernelMath;

/**
 * Pure-Java kernels of the chunkwise (log-linear) Gated DeltaNet forward (spec sections 3, 5 and 6), chunk C = 64:
 * the output pass {@link #chunkSweep} and the per-chunk step helpers that {@link GdnSegmentKernels} shares. Plain
 * Gated DeltaNet is the same kernel with {@code useLambda = 0}; DeltaNet is g = 0.
 *
 * <p>Per chunk, with Gl the cumsum of g inside the chunk and Gamma[a,b] = exp(Gl[a] - Gl[b]) (b <= a, masked before
 * exp), and the raw K K^T and Q K^T read from {@link ChunkScoreKernels} (computed once per q/k group):
 * <ul>
 *   <li>A = (I + StrictLower(diag(beta) (Gamma * K K^T)))^-1 by forward substitution (local memory);</li>
 *   <li>M = (Q K^T) * Gamma on and below the diagonal (local memory);</li>
 *   <li>W = A (beta exp(Gl) K) and U = A (beta V) (group scratch in global memory);</li>
 *   <li>Qt = Q exp(Gl) - M W, so that q_t^T P(t, chunk start) h = (Qt h)_t for every carried state h;</li>
 *   <li>Attn = (M A diag(beta)) * Lambda, Lambda[a,s] = lambda[t, level(a, s)]: the intra-chunk coefficient of
 *       v_s in o_t (the transitions between s and t are inside M A);</li>
 *   <li>o_t = scale (Attn V + sum over set bits j of z of lambda[t, 7 + j] Qt S_j)_t, S_j the state of chunk
 *       level j;</li>
 *   <li>Fenwick carry before chunk z + 1 (m = trailingZeros(z + 1)): S_m = S_0 + .. + S_(m-1); then every state
 *       that holds keys (bit l of z + 1 set) crosses the chunk: S_l = exp(Gl_last) S_l - Kd^T (W S_l) with
 *       Kd = K exp(Gl_last - Gl) (rows), and the carry target also takes the chunk's write Kd^T U, fused as
 *       S_m = exp(Gl_last) S_m - Kd^T (W S_m - U).</li>
 * </ul>
 * Positions t >= T are padding: q = k = v = 0, g = 0, beta = 0, and no output is written.
 */
public final class GdnKernels {
    private GdnKernels() {}

    /** Elements per work-item that a copy loop between global arrays loads before it stores any. */
    static final int BLOCK = 8;

    /** Floats of W, Qt (C x K each) and U (C x 64) one work-group keeps in the chunk scratch. */
    public static int chunkScratchFloats(int keyDim) {
        return 2 * CHUNK * keyDim + CHUNK * TILE;
    }

    /** Chunk-level states a sweep over {@code chunks} chunks keeps: bitLength(chunks - 1), at least 1. */
    public static int stateLevels(int chunks) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(0, chunks - 1)));
    }

    /**
     * The output of one (b, h, segment of 2^s chunks, V tile): a sweep over the segment's chunks keeping the chunk
     * level states S_0 .. S_(levels-1) (K x 64 each). The levels below s are local to the segment: they start empty
     * and live in the group's own area of {@code states} (row stride 64). Level s + j (bit j of the segment index
     * set) is the stored segment-level read state R_j of {@link GdnSegmentKernels#segmentSweep} (row stride V, this
     * group's 64 columns), carried through every chunk in place: only this group reads or writes those columns of
     * it. With one segment (2^s >= chunks) every level is local and this is the whole sequential sweep.
     *
     * <p>Global (256 * vTiles, B * H, segments), local (256, 1, 1): the heads vary fastest in the launch order, so
     * the groups that run together walk the same chunks at about the same time and, with few q/k groups, share their
     * K, Q and score loads in L2. Per group (index
     * (bh * segments + segment) * vTiles + vTile): {@link #chunkScratchFloats} floats of {@code chunkScratch} and
     * {@code s * K * 64} floats of {@code states} from 0; the read states start at {@code readBase}.
     * {@code chunkOffset} is the global index of chunk 0 (a windowed forward's window start, else 0): the Fenwick
     * levels and read slots follow global indices, as {@link GdnSegmentKernels#segmentSweep} stores them.
     */
    // Three groups per SM (80 registers): the staging area brings local memory to 72.7 KB, so three is the most that
    // fit. GDN forward at B = 2, H = 48, T = 131,072 on an H100: 286.7 ms with 3, 307.7 ms with 2 (with
    // segmentSummaries the same; docs/results/h100/gdn-staged); with the asynchronous staging 254.2 ms with 3,
    // 280.0 ms with 2 (docs/results/h100/gdn-async).
    @LaunchBounds(maxThreads = GROUP_THREADS, minGroupsPerMultiprocessor = 3)
    public static void chunkSweep(KernelContext ctx, float[] q, float[] k, float[] v, float[] g, float[] beta,
                                  float[] lambda, float[] keyScores, float[] queryScores, float[] o, float[] states,
                                  int[] readOffsets,
                                  float[] chunkScratch, int length, int heads, int headsPerGroup, int groups,
                                  int keyDim, int valueDim, int lambdaLevels, int useLambda, float scale, int chunks,
                                  int segmentLog2, int readsPerHead, int readBase, int chunkOffset) {
        float[] gl = ctx.allocateFloatLocalArray(CHUNK);
        float[] betaRow = ctx.allocateFloatLocalArray(CHUNK);
        float[] rowFactor = ctx.allocateFloatLocalArray(CHUNK);
        float[] chunkLambda = ctx.allocateFloatLocalArray(CHUNK * CHUNK_LEVELS);
        float[] inverse = ctx.allocateFloatLocalArray(CHUNK * CHUNK);
        float[] square = ctx.allocateFloatLocalArray(CHUNK * CHUNK);
        float[] stage = ctx.allocateFloatLocalArray(GdnTileProducts.STAGE_FLOATS);
        float[] lambdaColumn = ctx.allocateFloatLocalArray(CHUNK);
        float[] block = new float[BLOCK];

        int lid = ctx.localIdx;
        int vTile = ctx.groupIdx;
        int bh = ctx.groupIdy;
        int segment = ctx.groupIdz;
        int vTiles = ctx.globalGroupSizeX / GROUP_THREADS;
        int segments = ctx.globalGroupSizeZ;
        int b = bh / heads;
        int h = bh - b * heads;
        int grp = h / headsPerGroup;
        int group = (bh * segments + segment) * vTiles + vTile;
        int scratchBase = group * (2 * CHUNK * keyDim + CHUNK * TILE);
        int wBase = scratchBase;
        int qtBase = scratchBase + CHUNK * keyDim;
        int uBase = scratchBase + 2 * CHUNK * keyDim;
        int stateSize = keyDim * TILE;
        int stateBase = group * segmentLog2 * stateSize;
        int firstColumn = vTile * TILE;
        int firstChunk = segment << segmentLog2;
        int chunksHere = Math.min(chunks - firstChunk, 1 << Math.min(segmentLog2, 30));
        // Fenwick indices are global, data indices local to the window.
        int globalSegment = (chunkOffset >> segmentLog2) + segment;
        int firstSlot = readOffsets[segment] + segment * Integer.bitCount(chunkOffset >> segmentLog2);

        int rowStep = groups * keyDim;
        int valueStep = heads * valueDim;
        int columns = Math.min(TILE, valueDim - firstColumn);
        for (int r = 0; r < chunksHere; r++) {
            int z = firstChunk + r;
            int t0 = z * CHUNK;
            int validRows = Math.min(CHUNK, length - t0);
            int keyRows = (b * length + t0) * groups + grp;
            int valueRows = (b * length + t0) * heads + h;
            int kBase = keyRows * keyDim;
            int vBase = valueRows * valueDim + firstColumn;
            // Step 1, per-row g and beta (0 on padding) and lambda[t, 0..7].
            loadGateAndBeta(lid, g, beta, valueRows, heads, validRows, rowFactor, betaRow);
            for (int idx = lid; idx < CHUNK * CHUNK_LEVELS; idx += GROUP_THREADS) {
                int a = idx / CHUNK_LEVELS;
                int l = idx - a * CHUNK_LEVELS;
                float weight = 1f;
                if (useLambda != 0 && a < validRows && l < lambdaLevels) {
                    weight = lambda[(valueRows + a * heads) * lambdaLevels + l];
                }
                chunkLambda[idx] = weight;
            }
            ctx.localBarrier();
            // Step 2, Gl = cumsum of g inside the chunk.
            chunkCumsum(lid, rowFactor, gl);
            ctx.localBarrier();
            // Step 3, L = StrictLower(diag(beta) (Gamma * K K^T)) into square (K K^T from ChunkScoreKernels, then
            // the mask).
            int scoreBase = ((b * groups + grp) * chunks + z) * ChunkScoreKernels.SCORE_FLOATS;
            ChunkScoreKernels.loadChunkScores(lid, keyScores, scoreBase, square);
            ctx.localBarrier();
            maskKeyScores(lid, validRows, gl, betaRow, 0, square);
            ctx.localBarrier();
            // Step 4, A = (I + L)^-1 by 16 x 16 blocks.
            invertUnitLower(ctx, lid, square, inverse);
            // Step 5, W = (A diag(beta exp(Gl))) K [C x K] into the scratch.
            scaleInverseColumns(lid, inverse, betaRow, gl, 1, square);
            ctx.localBarrier();
            weightedKeys(ctx, stage, square, k, kBase, rowStep, keyDim, validRows, chunkScratch, wBase);
            ctx.localBarrier();
            // Step 6, U = (A diag(beta)) V [C x 64] into the scratch.
            scaleInverseColumns(lid, inverse, betaRow, gl, 0, square);
            ctx.localBarrier();
            GdnTileProducts.plainLocalA(ctx, stage, validRows, square, 0, CHUNK, 1, v, vBase, valueStep, 1, columns,
                    1f, 0f, chunkScratch, uBase, TILE, CHUNK, TILE);
            ctx.localBarrier();
            // Step 7, M = (Q K^T) * Gamma on and below the diagonal, into square (Q K^T from ChunkScoreKernels);
            // Qt = Q exp(Gl) in the scratch.
            ChunkScoreKernels.loadChunkScores(lid, queryScores, scoreBase, square);
            // (Eight elements loaded before any is stored: a load after a store to global memory cannot move above
            // it, so one element at a time would wait one round trip each.)
            for (int idx0 = lid; idx0 < CHUNK * keyDim; idx0 += BLOCK * GROUP_THREADS) {
                for (int j = 0; j < BLOCK; j++) {
                    int idx = idx0 + j * GROUP_THREADS;
                    int a = idx / keyDim;
                    float value = 0f;
                    if (a < validRows) {
                        value = KernelMath.exp(gl[a]) * q[kBase + a * rowStep + idx - a * keyDim];
                    }
                    block[j] = value;
                }
                for (int j = 0; j < BLOCK; j++) {
                    int idx = idx0 + j * GROUP_THREADS;
                    if (idx < CHUNK * keyDim) {
                        chunkScratch[qtBase + idx] = block[j];
                    }
                }
            }
            ctx.localBarrier();
            maskKeyScores(lid, validRows, gl, betaRow, 1, square);
            ctx.localBarrier();
            // Step 8, Qt = Q exp(Gl) - M W [C x K].
            for (int kt = 0; kt < keyDim; kt += TILE) {
                GdnTileProducts.plainLocalA(ctx, stage, validRows, square, 0, CHUNK, 1, chunkScratch, wBase + kt,
                        keyDim, 1, keyDim - kt, -1f, 1f, chunkScratch, qtBase + kt, keyDim, CHUNK,
                        Math.min(TILE, keyDim - kt));
            }
            // Step 9, Attn[a, s] = beta_s Lambda[a, s] sum_{s <= j <= a} M[a, j] A[j, s], into inverse.
            float[] attn = new float[16];
            float[] mReg = new float[4];
            float[] aReg = new float[4];
            int ty = lid >> 4;
            int tx = lid & 15;
            for (int j = 0; j < CHUNK; j++) {
                for (int i = 0; i < 4; i++) {
                    mReg[i] = square[(ty + 16 * i) * CHUNK + j];
                }
                for (int c = 0; c < 4; c++) {
                    aReg[c] = inverse[j * CHUNK + tx + 16 * c];
                }
                for (int i = 0; i < 4; i++) {
                    for (int c = 0; c < 4; c++) {
                        attn[i * 4 + c] = Math.fma(mReg[i], aReg[c], attn[i * 4 + c]);
                    }
                }
            }
            ctx.localBarrier();
            for (int i = 0; i < 4; i++) {
                int a = ty + 16 * i;
                for (int c = 0; c < 4; c++) {
                    int s = tx + 16 * c;
                    float value = 0f;
                    if (s <= a) {
                        int pairLevel = 32 - Integer.numberOfLeadingZeros(a ^ s);
                        value = attn[i * 4 + c] * betaRow[s] * chunkLambda[a * CHUNK_LEVELS + pairLevel];
                    }
                    inverse[a * CHUNK + s] = value;
                }
            }
            ctx.localBarrier();
            // Step 10, O = Attn V + sum_{bit j of z} diag(lambda[:, 7 + j]) Qt S_j, accumulated in square.
            GdnTileProducts.plainLocalA(ctx, stage, validRows, inverse, 0, CHUNK, 1, v, vBase, valueStep, 1,
                    columns, 1f, 0f, square, 0, TILE, CHUNK, TILE);
            if (chunkOffset + z != 0) {
                readStates(ctx, stage, lambdaColumn, chunkOffset + z, chunkScratch, qtBase, keyDim, states,
                        globalSegment, segmentLog2, stateBase, stateSize, firstSlot, readBase, bh, readsPerHead,
                        valueDim, firstColumn, columns, lambda, valueRows * lambdaLevels + CHUNK_LOG2 + 1,
                        heads * lambdaLevels, useLambda, validRows, square);
            }
            ctx.localBarrier();
            // o_t = scale O_t.
            for (int idx = lid; idx < CHUNK * TILE; idx += GROUP_THREADS) {
                int a = idx / TILE;
                int c = idx - a * TILE;
                if (a < validRows && c < columns) {
                    o[(valueRows + a * heads) * valueDim + firstColumn + c] = scale * square[idx];
                }
            }
            ctx.localBarrier();
            if (r + 1 < chunksHere) {
                // Step 11, Fenwick carry before chunk z + 1: S_m = S_0 + .. + S_(m-1), m = trailingZeros(z + 1).
                // With m = 0 (z + 1 odd) the sum is empty: step 12 writes S_0 without reading it.
                int next = chunkOffset + z + 1;
                int m = Integer.numberOfTrailingZeros(next);
                int emptyTarget = m == 0 ? 1 : 0;
                for (int idx0 = lid; idx0 < stateSize * (1 - emptyTarget); idx0 += BLOCK * GROUP_THREADS) {
                    for (int j = 0; j < BLOCK; j++) {
                        block[j] = 0f;
                    }
                    for (int l = 0; l < m; l++) {
                        for (int j = 0; j < BLOCK; j++) {
                            int idx = idx0 + j * GROUP_THREADS;
                            if (idx < stateSize) {
                                block[j] += states[stateBase + l * stateSize + idx];
                            }
                        }
                    }
                    for (int j = 0; j < BLOCK; j++) {
                        int idx = idx0 + j * GROUP_THREADS;
                        if (idx < stateSize) {
                            states[stateBase + m * stateSize + idx] = block[j];
                        }
                    }
                }
                float decay = keyDecayFactors(lid, gl, rowFactor);
                ctx.localBarrier();
                // Step 12, every state holding keys crosses the chunk; the carry target takes the write Kd^T U.
                int bitsAhead = next;
                int level = 0;
                while (bitsAhead != 0) {
                    if ((bitsAhead & 1) != 0) {
                        int state = levelState(level, globalSegment, segmentLog2, stateBase, stateSize, firstSlot,
                                readBase, bh, readsPerHead, keyDim, valueDim, firstColumn);
                        int stride = levelStride(level, segmentLog2, valueDim);
                        int fresh = level == m ? emptyTarget : 0;
                        if (fresh != 0) {
                            // An empty carry target: X = -factor U, without the product W 0.
                            writeOnlyProduct(lid, chunkScratch, uBase, rowFactor, stage);
                        } else {
                            stateProduct(ctx, stage, chunkScratch, wBase, uBase, keyDim, level == m ? 1 : 0, states,
                                    state, stride, columns, rowFactor);
                        }
                        ctx.localBarrier();
                        transitionState(ctx, stage, k, kBase, rowStep, keyDim, validRows, fresh != 0 ? 0f : decay,
                                states, state, stride, columns);
                        ctx.localBarrier();
                    }
                    bitsAhead = bitsAhead >>> 1;
                    level = level + 1;
                }
            }
        }
    }

    /**
     * Step helper, the state reads of chunk z (z != 0; every work-item calls it): out[r, c] += sum over set bits j
     * of z of lambda[t_r, 7 + j] (Qt S_j)[r, c] for r < validRows, all reads in one accumulator. Per K slice, Qt's
     * slice is staged once, then each read's state slice; the read's lambda column (1 without lambda) goes to
     * {@code lambdaColumn} and scales Qt's rows as they enter the product. lambda[t_r, 7 + j] is
     * {@code lambda[lambdaRow + j + r * lambdaRowStep]}. Ends with a barrier.
     */
    static void readStates(KernelContext ctx, float[] stage, float[] lambdaColumn, int z, float[] scratch, int qtBase,
                           int keyDim, float[] states, int segment, int segmentLog2, int stateBase, int stateSize,
                           int firstSlot, int readBase, int bh, int readsPerHead, int valueDim, int firstColumn,
                           int columns, float[] lambda, int lambdaRow, int lambdaRowStep, int useLambda,
                           int validRows, float[] out) {
        float[] acc = new float[16];
        int lid = ctx.localIdx;
        int rowBase = (lid >> 6) << 4;
        int colBase = ((lid >> 5) & 1) << 5;
        for (int e = 0; e < 16; e++) {
            acc[e] = 0f;
        }
        int qItem = GdnTileProducts.sliceItemStride(1);
        for (int p0 = 0; p0 < keyDim; p0 += GdnTileProducts.SLICE) {
            // Qt[:, p0 ..] once for every read of the slice: it lands with the first read's copies.
            GdnTileProducts.issueSlice(ctx, lid, scratch, qtBase + p0, keyDim, 1, CHUNK, keyDim - p0, stage, 0);
            int bits = z;
            int j = 0;
            while (bits != 0) {
                if ((bits & 1) != 0) {
                    // S_j[p0 .., :] and lambda[:, 7 + j], then acc += diag(lambda[:, 7 + j]) Qt S_j for the slice.
                    int state = levelState(j, segment, segmentLog2, stateBase, stateSize, firstSlot, readBase, bh,
                            readsPerHead, keyDim, valueDim, firstColumn);
                    int stride = levelStride(j, segmentLog2, valueDim);
                    GdnTileProducts.issueSlice(ctx, lid, states, state + p0 * stride, 1, stride, columns,
                            keyDim - p0, stage, GdnTileProducts.B_OFFSET);
                    if (lid < CHUNK) {
                        float weight = 1f;
                        if (useLambda != 0 && lid < validRows) {
                            weight = lambda[lambdaRow + j + lid * lambdaRowStep];
                        }
                        lambdaColumn[lid] = weight;
                    }
                    ctx.asyncCommit();
                    ctx.asyncWait(0);
                    ctx.localBarrier();
                    int sItem = GdnTileProducts.sliceItemStride(stride);
                    ctx.mmaAccumulateRowScaled(acc, 4, lambdaColumn, rowBase, stage, rowBase * qItem, qItem,
                            GdnTileProducts.sliceDepthStride(1), stage, GdnTileProducts.B_OFFSET + colBase * sItem,
                            GdnTileProducts.sliceDepthStride(stride), sItem, GdnTileProducts.SLICE);
                    ctx.localBarrier();
                }
                bits = bits >>> 1;
                j = j + 1;
            }
        }
        GdnTileProducts.epilogue(ctx, acc, 1f, out, 0, 0, 0f, out, 0, 0, 0, 1f, out, 0, TILE, validRows, TILE);
    }

    /**
     * Where chunk level {@code level}'s state starts in {@code states}: local level l < s at
     * {@code stateBase + l * stateSize}; level s + j at this group's first column of read state R_j, slot
     * {@code firstSlot + popcount(segment & (2^j - 1))} of head bh.
     */
    static int levelState(int level, int segment, int segmentLog2, int stateBase, int stateSize, int firstSlot,
                          int readBase, int bh, int readsPerHead, int keyDim, int valueDim, int firstColumn) {
        int at = stateBase + level * stateSize;
        if (level >= segmentLog2) {
            int j = level - segmentLog2;
            int slot = firstSlot + Integer.bitCount(segment & ((1 << j) - 1));
            at = readBase + (bh * readsPerHead + slot) * keyDim * valueDim + firstColumn;
        }
        return at;
    }

    /** Row stride of chunk level {@code level}'s state: 64 for a local level, V for a read state. */
    static int levelStride(int level, int segmentLog2, int valueDim) {
        int stride = TILE;
        if (level >= segmentLog2) {
            stride = valueDim;
        }
        return stride;
    }

    /** Step helper: g and beta of the chunk's rows into {@code gate} and {@code betaRow}, 0 on padding. */
    static void loadGateAndBeta(int lid, float[] g, float[] beta, int valueRows, int heads, int validRows,
                                float[] gate, float[] betaRow) {
        if (lid < CHUNK) {
            float x = 0f;
            float y = 0f;
            if (lid < validRows) {
                int at = valueRows + lid * heads;
                x = g[at];
                y = beta[at];
            }
            gate[lid] = x;
            betaRow[lid] = y;
        }
    }

    /**
     * Step helper: Gl[a] = sum_{a' <= a} g[a'], added in order. The loop runs all C terms with the later ones
     * masked, so its loads do not wait on the sum (a loop that stops at a waits one local load per term).
     */
    static void chunkCumsum(int lid, float[] gate, float[] gl) {
        if (lid < CHUNK) {
            float sum = 0f;
            for (int i = 0; i < CHUNK; i++) {
                float term = gate[i];
                if (i <= lid) {
                    sum += term;
                }
            }
            gl[lid] = sum;
        }
    }

    /**
     * Step helper on the raw dot products in {@code square}: with {@code diagonal = 0},
     * L[a, c] = beta_a exp(Gl[a] - Gl[c]) dot[a, c] for c < a; with {@code diagonal = 1},
     * M[a, c] = exp(Gl[a] - Gl[c]) dot[a, c] for c <= a; 0 elsewhere and on padding rows.
     */
    static void maskKeyScores(int lid, int validRows, float[] gl, float[] betaRow, int diagonal, float[] square) {
        for (int idx = lid; idx < CHUNK * CHUNK; idx += GROUP_THREADS) {
            int a = idx / CHUNK;
            int c = idx - a * CHUNK;
            float value = 0f;
            if (c < a + diagonal && a < validRows) {
                float weight = KernelMath.exp(gl[a] - gl[c]);
                if (diagonal == 0) {
                    weight = betaRow[a] * weight;
                }
                value = weight * square[idx];
            }
            square[idx] = value;
        }
    }

    /** Edge of the diagonal blocks of the blocked inversion. */
    static final int INVERSE_BLOCK = 16;

    /**
     * Step helper: A = (I + L)^-1 for the strictly lower C x C matrix L in {@code strictLower}, by 16 x 16 blocks:
     * <ol>
     *   <li>{@link #invertDiagonalBlocks}: the four diagonal blocks A_ii = (I + L_ii)^-1;</li>
     *   <li>for d = 1, 2, 3 the blocks d below the diagonal, A_ij = -A_ii T_ij with
     *       T_ij = sum_{j <= m < i} L_im A_mj ({@link #blockSums}, then {@link #blockScale}).</li>
     * </ol>
     * Seven barriers instead of one per row, written out without a loop around them (PoCL loses local writes made
     * just before a loop that holds barriers). Ends with a barrier; {@code strictLower}'s blocks above the diagonal
     * are overwritten.
     */
    static void invertUnitLower(KernelContext ctx, int lid, float[] strictLower, float[] inverse) {
        invertDiagonalBlocks(lid, strictLower, inverse);
        ctx.localBarrier();
        blockSums(lid, 1, strictLower, inverse);
        ctx.localBarrier();
        blockScale(lid, 1, strictLower, inverse);
        ctx.localBarrier();
        blockSums(lid, 2, strictLower, inverse);
        ctx.localBarrier();
        blockScale(lid, 2, strictLower, inverse);
        ctx.localBarrier();
        blockSums(lid, 3, strictLower, inverse);
        ctx.localBarrier();
        blockScale(lid, 3, strictLower, inverse);
        ctx.localBarrier();
    }

    /**
     * Inversion step 1: A_ii = (I + L_ii)^-1 for the four 16 x 16 diagonal blocks, one work-item per column (forward
     * substitution down its own column); zeros in the blocks above the diagonal.
     */
    static void invertDiagonalBlocks(int lid, float[] strictLower, float[] inverse) {
        if (lid < CHUNK) {
            int block = lid / INVERSE_BLOCK * INVERSE_BLOCK;
            int column = lid;
            for (int i = block; i < block + INVERSE_BLOCK; i++) {
                float value = 0f;
                if (i == column) {
                    value = 1f;
                } else if (i > column) {
                    for (int j = column; j < i; j++) {
                        value = Math.fma(-strictLower[i * CHUNK + j], inverse[j * CHUNK + column], value);
                    }
                }
                inverse[i * CHUNK + column] = value;
            }
        }
        for (int idx = lid; idx < CHUNK * CHUNK; idx += GROUP_THREADS) {
            int a = idx / CHUNK;
            int c = idx - a * CHUNK;
            if (c / INVERSE_BLOCK > a / INVERSE_BLOCK) {
                inverse[idx] = 0f;
            }
        }
    }

    /**
     * Inversion step 2a for distance d: T_ij = sum_{j <= m < i} L_im A_mj for every i = j + d (blocks of distance
     * below d are done), kept in the unused block (j, i) above the diagonal of {@code strictLower}.
     */
    static void blockSums(int lid, int d, float[] strictLower, float[] inverse) {
        int blockSize = INVERSE_BLOCK * INVERSE_BLOCK;
        int blocks = CHUNK / INVERSE_BLOCK;
        for (int idx = lid; idx < (blocks - d) * blockSize; idx += GROUP_THREADS) {
            int jb = idx / blockSize;
            int e = idx - jb * blockSize;
            int r = e / INVERSE_BLOCK;
            int c = e - r * INVERSE_BLOCK;
            int row = (jb + d) * INVERSE_BLOCK + r;
            int column = jb * INVERSE_BLOCK + c;
            float sum = 0f;
            for (int m = jb * INVERSE_BLOCK; m < (jb + d) * INVERSE_BLOCK; m++) {
                sum = Math.fma(strictLower[row * CHUNK + m], inverse[m * CHUNK + column], sum);
            }
            strictLower[(jb * INVERSE_BLOCK + r) * CHUNK + (jb + d) * INVERSE_BLOCK + c] = sum;
        }
    }

    /** Inversion step 2b for distance d: A_ij = -A_ii T_ij for every i = j + d. */
    static void blockScale(int lid, int d, float[] strictLower, float[] inverse) {
        int blockSize = INVERSE_BLOCK * INVERSE_BLOCK;
        int blocks = CHUNK / INVERSE_BLOCK;
        for (int idx = lid; idx < (blocks - d) * blockSize; idx += GROUP_THREADS) {
            int jb = idx / blockSize;
            int e = idx - jb * blockSize;
            int r = e / INVERSE_BLOCK;
            int c = e - r * INVERSE_BLOCK;
            int ib = jb + d;
            int row = ib * INVERSE_BLOCK + r;
            float sum = 0f;
            for (int p = 0; p < INVERSE_BLOCK; p++) {
                sum = Math.fma(inverse[row * CHUNK + ib * INVERSE_BLOCK + p],
                        strictLower[(jb * INVERSE_BLOCK + p) * CHUNK + ib * INVERSE_BLOCK + c], sum);
            }
            inverse[row * CHUNK + jb * INVERSE_BLOCK + c] = -sum;
        }
    }

    /** Step helper: scaled[a, j] = A[a, j] beta_j (times exp(Gl[j]) when {@code withGate} is 1). */
    static void scaleInverseColumns(int lid, float[] inverse, float[] betaRow, float[] gl, int withGate,
                                    float[] scaled) {
        for (int idx = lid; idx < CHUNK * CHUNK; idx += GROUP_THREADS) {
            int j = idx - (idx / CHUNK) * CHUNK;
            float factor = betaRow[j];
            if (withGate != 0) {
                factor = factor * KernelMath.exp(gl[j]);
            }
            scaled[idx] = inverse[idx] * factor;
        }
    }

    /** Step helper: W = scaled K [C x K], scaled = A diag(beta exp(Gl)), into the scratch at wBase (row K). */
    static void weightedKeys(KernelContext ctx, float[] stage, float[] scaled, float[] k, int kBase, int rowStep,
                             int keyDim, int validRows, float[] scratch, int wBase) {
        for (int kt = 0; kt < keyDim; kt += TILE) {
            GdnTileProducts.plainLocalA(ctx, stage, validRows, scaled, 0, CHUNK, 1, k, kBase + kt, rowStep, 1,
                    keyDim - kt, 1f, 0f, scratch, wBase + kt, keyDim, CHUNK, Math.min(TILE, keyDim - kt));
        }
    }

    /**
     * Step helper: factor[r] = exp(Gl_last - Gl[r]) (the rows of Kd = K exp(Gl_last - Gl)); returns exp(Gl_last).
     */
    static float keyDecayFactors(int lid, float[] gl, float[] factor) {
        float last = gl[CHUNK - 1];
        if (lid < CHUNK) {
            factor[lid] = KernelMath.exp(last - gl[lid]);
        }
        return KernelMath.exp(last);
    }

    /**
     * Step helper: X[r, c] = factor[r] (sum_kk W[r, kk] S[kk, c] - withWrite U[r, c]) (C x 64), left in
     * {@code stage} at {@link GdnTileProducts#B_OFFSET} with row stride {@link GdnTileProducts#ACROSS_STRIDE} for
     * {@link #transitionState}; S[kk, c] is {@code state[stateBase + kk * rowStride + c]} for c < {@code columns}.
     */
    static void stateProduct(KernelContext ctx, float[] stage, float[] scratch, int wBase, int uBase, int keyDim,
                             int withWrite, float[] state, int stateBase, int rowStride, int columns, float[] factor) {
        GdnTileProducts.productStaged(ctx, stage, keyDim, scratch, wBase, keyDim, 1, CHUNK, state, stateBase,
                rowStride, 1, columns, 1f, scratch, uBase, TILE, withWrite != 0 ? -1f : 0f, factor, 0, 1, 1, 0f,
                stage, GdnTileProducts.B_OFFSET, GdnTileProducts.ACROSS_STRIDE, CHUNK, TILE);
    }

    /**
     * Step helper: X = -factor U (C x 64) where {@link #stateProduct} would leave it, for a carry target that holds
     * no keys yet (S = 0, so W S - U = -U); the same values as the product, without it.
     */
    static void writeOnlyProduct(int lid, float[] scratch, int uBase, float[] factor, float[] stage) {
        for (int idx = lid; idx < CHUNK * TILE; idx += GROUP_THREADS) {
            int r = idx / TILE;
            int c = idx - r * TILE;
            stage[GdnTileProducts.B_OFFSET + r * GdnTileProducts.ACROSS_STRIDE + c] =
                    factor[r] * (-scratch[uBase + idx]);
        }
    }

    /**
     * Step helper: S = decay S - K^T X for the first {@code columns} columns (with decay 0, S is not read), X as
     * {@link #stateProduct} left it in {@code stage} (its rows already carry Kd's factor).
     */
    static void transitionState(KernelContext ctx, float[] stage, float[] k, int kBase, int rowStep, int keyDim,
                                int validRows, float decay, float[] state, int stateBase, int rowStride,
                                int columns) {
        for (int kt = 0; kt < keyDim; kt += TILE) {
            GdnTileProducts.productLocalB(ctx, stage, validRows, k, kBase + kt, 1, rowStep, keyDim - kt, stage,
                    GdnTileProducts.B_OFFSET, GdnTileProducts.ACROSS_STRIDE, 1, -1f, decay, state,
                    stateBase + kt * rowStride, rowStride, Math.min(TILE, keyDim - kt), columns);
        }
    }
}
