package loglinear.kernels;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;

/**
 * Pure-Java kernels of the chunkwise log-linear Mamba-2 forward (spec sections 2, 3, 5), chunk C = 64. Linear
 * attention and plain Mamba-2 run through the same kernels with {@code gated = 0} (g read as 0) and
 * {@code useLambda = 0} (every lambda read as 1).
 *
 * <p>Parallel structure. The sequence is cut into segments of {@code S = 2^s} aligned chunks. Because the Fenwick
 * partition is self-similar, the levels of a (query, key) pair inside one segment depend only on positions inside
 * the segment, and every older key block a query reads (token level >= C-level + 1 + s) is a union of whole earlier
 * segments. So the forward splits into:
 * <ol>
 *   <li>{@link #segmentCumsum}: Gs = inclusive cumsum of g from the segment start, per (b, h, segment).</li>
 *   <li>{@link Mamba2EndStateKernels#segmentEndStates}: per (b, h, segment, K x V tile) the segment's end state
 *       E = sum_t exp(Gs_end - Gs_t) k_t v_t^T (a K x (S C) by (S C) x V tile product).</li>
 *   <li>{@link #segmentSweep}: per (b, h), one work-item per state element (Mamba-2's scalar decay keeps every
 *       element independent), a Fenwick sweep over segments producing, for segment sigma, the read state of each
 *       set bit of sigma, decayed to the segment start. Only set bits are stored (popcount prefix offsets).</li>
 *   <li>Stage 3, the output, in one of two forms ({@link PlanConfig.IntraSegment}): {@link #chunkOutput} (MASKED),
 *       one work-group per (b, h, chunk, V tile) attending in masked, decayed, lambda-weighted form to every chunk
 *       of its own segment up to itself (levels 0 .. 6 + s); or {@link Mamba2SweepKernels#segmentSweepOutput}
 *       (SWEEP), one work-group per (b, h, segment, V tile) walking the segment's chunks two at a time with the
 *       in-segment Fenwick states. Both add lambda[t, 7 + s + j] exp(Gs_t) q_t^T R_j for the segment-level states
 *       of stage 2.</li>
 * </ol>
 * The SWEEP form runs in another order, because its walk over a segment needs nothing from other segments: the
 * walk comes first and writes the in-segment terms of o and every segment's end state (the carry after its last
 * pair, so stage 1 does not run); then stage 2; then {@link Mamba2SegmentReadKernels#segmentReads} adds the
 * segment-level terms to o, one work-group per (b, h, chunk pair, V tile).
 * Why two forms: MASKED needs no scratch and gives B * H * T / 64 * ceil(V / 64) independent groups, but costs about
 * (2^s + 1) / 2 tile pairs per chunk; SWEEP costs one tile pair, popcount(r) state reads (shared by the two chunks of
 * a pair) and half a K^T V write per chunk (about a third of the arithmetic at s = 4 .. 5) with B * H * segments *
 * ceil(V / 64) groups, each walking 2^(s-1) chunk pairs. Either way a long sequence fills the device instead of
 * running one sequential sweep per head, and the segment size trades stored read states (large s stores fewer)
 * against work per group. Positions t >= T are padding: bounds checks read k = v = 0 and g = 0 there, and no output
 * is written.
 *
 * <p>State layout. Every K x V state on the device (end states, read states, window levels, the sweep's in-segment
 * states) is stored value-major, S[v][k] at {@code v * K + k}: the reduction index k of the state reads
 * q_t^T S is contiguous, so the sweep stages state slices with plain row copies that the tensor-core path loads with
 * {@code ldmatrix}. Stages 2 and the window advance treat states element by element and do not depend on it.
 *
 * <p>Tile products of {@link #chunkOutput} are explicit loops over local-memory tiles: 256 work-items as a 16 x 16
 * grid, each owning a 4 x 4 micro-tile of a 64 x 64 result (rows ty + 16 i, columns tx + 16 j, so that a warp reads
 * consecutive local-memory words) in 16 scalar accumulators (named xij: row i, column j), which a GPU compiler keeps
 * in registers; the reduction dimension is staged in steps of 16 (Q K^T, Q R) or 64 (P V, K^T V). Key tiles are
 * stored transposed with a padded row so that the inner loop reads them without bank conflicts. Each product's inner
 * loop is one block of four tile reads per operand and sixteen multiply-adds, the place where an MMA call would go.
 * {@link Mamba2EndStateKernels} and {@link Mamba2SweepKernels} use the tensor-core warp tiles of
 * {@link Mamba2TileProducts} instead ({@code KernelContext.mmaAccumulate}).
 * The multiply-adds are written as {@code Math.fma(a, b, acc)}: kernels are compiled without contraction (Java's
 * semantics), so a plain {@code acc += a * b} would stay a separate multiply and add at half the FP32 rate; the fused
 * form rounds once, which only makes the products more accurate.
 */
public final class Mamba2Kernels {
    private Mamba2Kernels() {}

    /** Chunk length C and its log2 c. */
    public static final int CHUNK = 64;
    public static final int CHUNK_LOG2 = 6;
    /** Work-items of the tiled kernels (a 16 x 16 grid of 4 x 4 micro-tiles). */
    public static final int GROUP_THREADS = 256;
    /** Columns of V (and rows of K in stage 1) one work-group covers. */
    public static final int TILE = 64;
    /** Row stride of the transposed key tile: 64 + 1, so that its column-wise stores hit distinct banks. */
    public static final int PADDED_ROW = CHUNK + 1;
    /** Reduction step over K in Q K^T and Q R. */
    public static final int K_STEP = 16;
    /** Levels a chunk-local lambda table holds: level(a, b) <= 6 for a, b < 64. */
    public static final int CHUNK_LEVELS = 8;
    /**
     * Fenwick buckets of the segment sweep: a window or plan has at most 65,535 chunks (the launch-grid bound of
     * {@link PlanChecks}), so at most 2^16 segments, whose carries reach bucket 16 and whose reads bucket 16.
     */
    public static final int MAX_SEGMENT_LEVELS = 18;
    /** Work-items of the row-wise helper kernels. */
    public static final int ROW_THREADS = 64;

    /**
     * q or k rows replaced by x / sqrt(sum x^2 + 1e-6) (the qkL2Norm option); one sub-group (32 work-items) per row
     * of {@code dim}, its lanes reading consecutive elements and summing the squares with a sub-group reduction.
     * Rows are walked with a stride of all sub-groups of the launch, so any global size that is a multiple of 32
     * covers any number of rows.
     */
    public static void l2NormalizeRows(KernelContext ctx, float[] src, float[] dst, int rows, int dim) {
        int lane = ctx.globalIdx & 31;
        int subGroups = ctx.globalGroupSizeX >> 5;
        for (int row = ctx.globalIdx >> 5; row < rows; row += subGroups) {
            int base = row * dim;
            float sumSquares = 0f;
            for (int i = lane; i < dim; i += 32) {
                float x = src[base + i];
                sumSquares = Math.fma(x, x, sumSquares);
            }
            sumSquares = ctx.subGroupReduceAdd(sumSquares);
            float inverse = 1f / KernelMath.sqrt(sumSquares + 1e-6f);
            for (int i = lane; i < dim; i += 32) {
                dst[base + i] = src[base + i] * inverse;
            }
        }
    }

    /**
     * Stage 0: Gs[b, h, t] = sum of g over (segment start .. t], padded positions (t >= T) adding 0. Global
     * (64 * segments, B * H), local (64, 1): one group per (segment, b*h) scans its chunks in order.
     */
    public static void segmentCumsum(KernelContext ctx, float[] g, float[] gs, int length, int heads,
                                     int segmentLog2, int paddedLength, int gated) {
        float[] scan = ctx.allocateFloatLocalArray(CHUNK);
        int lid = ctx.localIdx;
        int segment = ctx.groupIdx;
        int bh = ctx.groupIdy;
        int b = bh / heads;
        int h = bh - b * heads;
        int chunksPerSegment = 1 << segmentLog2;
        float running = 0f;
        for (int ci = 0; ci < chunksPerSegment; ci++) {
            int t = ((segment << segmentLog2) + ci) * CHUNK + lid;
            float x = 0f;
            if (gated != 0 && t < length) {
                x = g[(b * length + t) * heads + h];
            }
            scan[lid] = x;
            ctx.localBarrier();
            // Hillis-Steele inclusive scan: scan[a] = sum_{a' <= a} g[a'] inside the chunk.
            for (int offset = 1; offset < CHUNK; offset = offset * 2) {
                float y = scan[lid];
                if (lid >= offset) {
                    y += scan[lid - offset];
                }
                ctx.localBarrier();
                scan[lid] = y;
                ctx.localBarrier();
            }
            // Gs = segment prefix before this chunk + chunk-local cumsum Gl.
            gs[bh * paddedLength + t] = running + scan[lid];
            running += scan[CHUNK - 1];
            ctx.localBarrier();
        }
    }

    /**
     * Stage 2: the Fenwick sweep over segments for two state elements per work-item, S[v][k] and S[v][k + 1] with k
     * even (spec section 4 at segment granularity). Before segment sigma: carry m = trailingZeros(sigma):
     * F[m+1] = F[0] + .. + F[m], F[0..m] = 0; then F[j+1] is the state of segment-level j, decayed to the end of
     * segment sigma - 1, and is stored for each set bit j of sigma; then every F decays by exp(segment total of g)
     * and F[0] = E[sigma] (E exists for the first {@code endStateCount} segments; the last segment's is never read).
     *
     * <p>The read states go to {@code readStates} as floats (value-major, S[v][k] at v K + k) when {@code pairOutput}
     * is 0, and otherwise to {@code readPairs} as the bfloat16 pair words of {@link PairWords} (row v of slot n at
     * (n V + v) W, W = {@link PairWords#wordsPerRow}(K), high words from 0 and low words from {@code pairLowOffset}),
     * the operand form of the sweep form's read pass; the other output is not touched.
     *
     * <p>Windowed forwards ({@link WindowedForwardPlan}) number segments globally: segment sigma of this window is
     * sigma_g = segmentBase + sigma, where segmentBase is a multiple of 2^windowShift (the segments per window). The
     * bits of sigma_g below windowShift are read from the in-window Fenwick states as above; a set bit j >= windowShift
     * reads the carried window-level state W[j - windowShift + 1] (decayed to the window start) times
     * exp(sum of g from the window start to the start of segment sigma). Read-state slots of segment sigma start at
     * readOffsets[sigma] + sigma * popcount(segmentBase) (the window bits add popcount(n) reads to every segment),
     * here and in stage 3. A single plan passes segmentBase = 0.
     * Global (256 * ceil(V W / 256), B * H), local (256, 1): work-item i holds row v = i / W, k = 2 (i % W).
     */
    public static void segmentSweep(KernelContext ctx, float[] gs, float[] endStates, int[] readOffsets,
                                    float[] readStates, int[] readPairs, float[] windowLevels, int keyDim,
                                    int valueDim, int segmentLog2, int numSegments, int endStateCount,
                                    int paddedLength, int readsPerHead, int segmentBase, int windowShift,
                                    int windowLevelCount, int pairOutput, int pairLowOffset) {
        int item = ctx.globalIdx;
        int bh = ctx.globalIdy;
        int words = PairWords.wordsPerRow(keyDim);
        int stateSize = keyDim * valueDim;
        if (item < valueDim * words) {
            int row = item / words;
            int k = 2 * (item - row * words);
            // The two elements (0 where k + i >= K: the padding words of a pair row).
            boolean firstInside = k < keyDim;
            boolean secondInside = k + 1 < keyDim;
            int element = row * keyDim + k;
            float[] first = new float[MAX_SEGMENT_LEVELS];
            float[] second = new float[MAX_SEGMENT_LEVELS];
            for (int l = 0; l < MAX_SEGMENT_LEVELS; l++) {
                first[l] = 0f;
                second[l] = 0f;
            }
            int segmentLength = CHUNK << segmentLog2;
            float windowDecay = 1f;
            for (int segment = 0; segment < numSegments; segment++) {
                if (segment > 0) {
                    // Fenwick carry: F[m+1] = sum_{l <= m} F[l]; F[0..m] = 0. (Every loop over the buckets has
                    // constant bounds and constant indices once unrolled, so that the buckets stay in registers.)
                    int m = Integer.numberOfTrailingZeros(segment);
                    float firstSum = 0f;
                    float secondSum = 0f;
                    for (int l = 0; l < MAX_SEGMENT_LEVELS; l++) {
                        float x = first[l];
                        float y = second[l];
                        if (l <= m) {
                            firstSum += x;
                            secondSum += y;
                            x = 0f;
                            y = 0f;
                        }
                        if (l == m + 1) {
                            x = firstSum;
                            y = secondSum;
                        }
                        first[l] = x;
                        second[l] = y;
                    }
                }
                // Reads: segment-level j (bit j of sigma_g set) sees F[j + 1], or for a window bit the carried
                // window state decayed to the segment start: exp(G from window start to segment start) W[j'+1].
                int slot = readOffsets[segment] + segment * Integer.bitCount(segmentBase);
                int bits = segmentBase + segment;
                int j = 0;
                while (bits != 0) {
                    if ((bits & 1) != 0) {
                        float x = 0f;
                        float y = 0f;
                        if (j < windowShift) {
                            for (int l = 1; l < MAX_SEGMENT_LEVELS; l++) {
                                if (l == j + 1) {
                                    x = first[l];
                                    y = second[l];
                                }
                            }
                        } else {
                            int window = (bh * windowLevelCount + j - windowShift + 1) * stateSize + element;
                            if (firstInside) {
                                x = windowDecay * windowLevels[window];
                            }
                            if (secondInside) {
                                y = windowDecay * windowLevels[window + 1];
                            }
                        }
                        if (pairOutput != 0) {
                            int word = ((bh * readsPerHead + slot) * valueDim + row) * words + item - row * words;
                            readPairs[word] = ctx.mmaPairHigh(x, y);
                            readPairs[pairLowOffset + word] = ctx.mmaPairLow(x, y);
                        } else {
                            int at = (bh * readsPerHead + slot) * stateSize + element;
                            if (firstInside) {
                                readStates[at] = x;
                            }
                            if (secondInside) {
                                readStates[at + 1] = y;
                            }
                        }
                        slot = slot + 1;
                    }
                    bits = bits >>> 1;
                    j = j + 1;
                }
                // Decay by the segment's total g, then write its end state at level 0.
                float decay = KernelMath.exp(gs[bh * paddedLength + (segment + 1) * segmentLength - 1]);
                for (int l = 0; l < MAX_SEGMENT_LEVELS; l++) {
                    first[l] = first[l] * decay;
                    second[l] = second[l] * decay;
                }
                windowDecay = windowDecay * decay;
                if (segment < endStateCount) {
                    int at = (bh * endStateCount + segment) * stateSize + element;
                    first[0] = firstInside ? endStates[at] : 0f;
                    second[0] = secondInside ? endStates[at + 1] : 0f;
                }
            }
        }
    }

    /**
     * Stage 3: the output of one chunk and V tile. For query row a (t = zC + a) and key s in chunk z' of the same
     * segment, z' <= z:
     * o[t] += lambda[t, level(t, s)] exp(Gs_t - Gs_s) (q_t . k_s) v_s, where level(t, s) = level(a, b) inside the
     * chunk and 6 + bitLength(z XOR z') across chunks; plus, for each set bit j of the segment index,
     * o[t] += lambda[t, 7 + s + j] exp(Gs_t) q_t^T R_j (bits of the global segment index segmentBase + segment,
     * segmentBase = 0 outside windowed forwards). Finally o = scale * o.
     * Global (256 * vTiles, chunks, B * H), local (256, 1, 1).
     */
    public static void chunkOutput(KernelContext ctx, float[] q, float[] k, float[] v, float[] lambda, float[] gs,
                                   float[] readStates, int[] readOffsets, float[] o, int length, int heads,
                                   int headsPerGroup, int groups, int keyDim, int valueDim, int lambdaLevels,
                                   int segmentLog2, int paddedLength, int readsPerHead, int useLambda, float scale,
                                   int segmentBase) {
        float[] queryTile = ctx.allocateFloatLocalArray(CHUNK * K_STEP);
        float[] keyTile = ctx.allocateFloatLocalArray(PADDED_ROW * K_STEP);
        float[] scoreTile = ctx.allocateFloatLocalArray(CHUNK * CHUNK);
        float[] valueTile = ctx.allocateFloatLocalArray(CHUNK * TILE);
        float[] queryGs = ctx.allocateFloatLocalArray(CHUNK);
        float[] keyGs = ctx.allocateFloatLocalArray(CHUNK);
        float[] chunkLambda = ctx.allocateFloatLocalArray(CHUNK * CHUNK_LEVELS);
        float[] crossLambda = ctx.allocateFloatLocalArray(CHUNK);

        int lid = ctx.localIdx;
        int ty = lid / 16;
        int tx = lid - ty * 16;
        int vTile = ctx.groupIdx;
        int chunk = ctx.groupIdy;
        int bh = ctx.groupIdz;
        int b = bh / heads;
        int h = bh - b * heads;
        int grp = h / headsPerGroup;
        int segment = chunk >> segmentLog2;
        int firstChunk = segment << segmentLog2;
        int queryStart = chunk * CHUNK;
        int gsBase = bh * paddedLength;

        // Per-row data of the query chunk: Gs_t and lambda[t, 0..6] for the intra-chunk levels.
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
        ctx.localBarrier();

        float o00 = 0f; float o01 = 0f; float o02 = 0f; float o03 = 0f;
        float o10 = 0f; float o11 = 0f; float o12 = 0f; float o13 = 0f;
        float o20 = 0f; float o21 = 0f; float o22 = 0f; float o23 = 0f;
        float o30 = 0f; float o31 = 0f; float o32 = 0f; float o33 = 0f;
        float p00 = 0f; float p01 = 0f; float p02 = 0f; float p03 = 0f;
        float p10 = 0f; float p11 = 0f; float p12 = 0f; float p13 = 0f;
        float p20 = 0f; float p21 = 0f; float p22 = 0f; float p23 = 0f;
        float p30 = 0f; float p31 = 0f; float p32 = 0f; float p33 = 0f;

        for (int keyChunk = firstChunk; keyChunk <= chunk; keyChunk++) {
            int keyStart = keyChunk * CHUNK;
            int crossLevel = CHUNK_LOG2 + (32 - Integer.numberOfLeadingZeros(chunk ^ keyChunk));
            if (lid < CHUNK) {
                keyGs[lid] = gs[gsBase + keyStart + lid];
                int t = queryStart + lid;
                float weight = 1f;
                if (useLambda != 0 && t < length && keyChunk < chunk) {
                    weight = lambda[((b * length + t) * heads + h) * lambdaLevels + crossLevel];
                }
                crossLambda[lid] = weight;
            }
            p00 = 0f; p01 = 0f; p02 = 0f; p03 = 0f;
            p10 = 0f; p11 = 0f; p12 = 0f; p13 = 0f;
            p20 = 0f; p21 = 0f; p22 = 0f; p23 = 0f;
            p30 = 0f; p31 = 0f; p32 = 0f; p33 = 0f;
            // Scores P = Q_z K_z'^T, reduction over K in steps of 16.
            for (int k0 = 0; k0 < keyDim; k0 += K_STEP) {
                for (int idx = lid; idx < CHUNK * K_STEP; idx += GROUP_THREADS) {
                    int row = idx / K_STEP;
                    int kk = k0 + idx - row * K_STEP;
                    int tq = queryStart + row;
                    int ts = keyStart + row;
                    float qx = 0f;
                    float kx = 0f;
                    if (kk < keyDim && tq < length) {
                        qx = q[((b * length + tq) * groups + grp) * keyDim + kk];
                    }
                    if (kk < keyDim && ts < length) {
                        kx = k[((b * length + ts) * groups + grp) * keyDim + kk];
                    }
                    queryTile[idx] = qx;
                    keyTile[(kk - k0) * PADDED_ROW + row] = kx;
                }
                ctx.localBarrier();
                for (int kc = 0; kc < K_STEP; kc++) {
                    float x0 = queryTile[(ty + 0) * K_STEP + kc];
                    float x1 = queryTile[(ty + 16) * K_STEP + kc];
                    float x2 = queryTile[(ty + 32) * K_STEP + kc];
                    float x3 = queryTile[(ty + 48) * K_STEP + kc];
                    float y0 = keyTile[kc * PADDED_ROW + tx + 0];
                    float y1 = keyTile[kc * PADDED_ROW + tx + 16];
                    float y2 = keyTile[kc * PADDED_ROW + tx + 32];
                    float y3 = keyTile[kc * PADDED_ROW + tx + 48];
                    p00 = Math.fma(x0, y0, p00); p01 = Math.fma(x0, y1, p01);
                    p02 = Math.fma(x0, y2, p02); p03 = Math.fma(x0, y3, p03);
                    p10 = Math.fma(x1, y0, p10); p11 = Math.fma(x1, y1, p11);
                    p12 = Math.fma(x1, y2, p12); p13 = Math.fma(x1, y3, p13);
                    p20 = Math.fma(x2, y0, p20); p21 = Math.fma(x2, y1, p21);
                    p22 = Math.fma(x2, y2, p22); p23 = Math.fma(x2, y3, p23);
                    p30 = Math.fma(x3, y0, p30); p31 = Math.fma(x3, y1, p31);
                    p32 = Math.fma(x3, y2, p32); p33 = Math.fma(x3, y3, p33);
                }
                ctx.localBarrier();
            }
            scoreTile[(ty + 0) * CHUNK + tx + 0] = p00;
            scoreTile[(ty + 0) * CHUNK + tx + 16] = p01;
            scoreTile[(ty + 0) * CHUNK + tx + 32] = p02;
            scoreTile[(ty + 0) * CHUNK + tx + 48] = p03;
            scoreTile[(ty + 16) * CHUNK + tx + 0] = p10;
            scoreTile[(ty + 16) * CHUNK + tx + 16] = p11;
            scoreTile[(ty + 16) * CHUNK + tx + 32] = p12;
            scoreTile[(ty + 16) * CHUNK + tx + 48] = p13;
            scoreTile[(ty + 32) * CHUNK + tx + 0] = p20;
            scoreTile[(ty + 32) * CHUNK + tx + 16] = p21;
            scoreTile[(ty + 32) * CHUNK + tx + 32] = p22;
            scoreTile[(ty + 32) * CHUNK + tx + 48] = p23;
            scoreTile[(ty + 48) * CHUNK + tx + 0] = p30;
            scoreTile[(ty + 48) * CHUNK + tx + 16] = p31;
            scoreTile[(ty + 48) * CHUNK + tx + 32] = p32;
            scoreTile[(ty + 48) * CHUNK + tx + 48] = p33;
            // Weights: causal mask before exp, decay exp(Gs_t - Gs_s), lambda of the pair's level.
            for (int i = 0; i < 4; i++) {
                int a = ty + 16 * i;
                for (int j = 0; j < 4; j++) {
                    int bc = tx + 16 * j;
                    float score = scoreTile[a * CHUNK + bc];
                    float weighted = 0f;
                    if (keyChunk < chunk) {
                        weighted = score * crossLambda[a] * KernelMath.exp(queryGs[a] - keyGs[bc]);
                    } else if (bc <= a) {
                        int pairLevel = (32 - Integer.numberOfLeadingZeros(a ^ bc));
                        weighted = score * chunkLambda[a * CHUNK_LEVELS + pairLevel]
                                * KernelMath.exp(queryGs[a] - keyGs[bc]);
                    }
                    scoreTile[a * CHUNK + bc] = weighted;
                }
            }
            // Stage V_z' (tile of TILE columns).
            for (int idx = lid; idx < CHUNK * TILE; idx += GROUP_THREADS) {
                int row = idx / TILE;
                int vv = vTile * TILE + idx - row * TILE;
                int ts = keyStart + row;
                float vx = 0f;
                if (vv < valueDim && ts < length) {
                    vx = v[((b * length + ts) * heads + h) * valueDim + vv];
                }
                valueTile[idx] = vx;
            }
            ctx.localBarrier();
            // O += P V_z'.
            for (int kb = 0; kb < CHUNK; kb++) {
                float x0 = scoreTile[(ty + 0) * CHUNK + kb];
                float x1 = scoreTile[(ty + 16) * CHUNK + kb];
                float x2 = scoreTile[(ty + 32) * CHUNK + kb];
                float x3 = scoreTile[(ty + 48) * CHUNK + kb];
                float y0 = valueTile[kb * TILE + tx + 0];
                float y1 = valueTile[kb * TILE + tx + 16];
                float y2 = valueTile[kb * TILE + tx + 32];
                float y3 = valueTile[kb * TILE + tx + 48];
                o00 = Math.fma(x0, y0, o00); o01 = Math.fma(x0, y1, o01);
                o02 = Math.fma(x0, y2, o02); o03 = Math.fma(x0, y3, o03);
                o10 = Math.fma(x1, y0, o10); o11 = Math.fma(x1, y1, o11);
                o12 = Math.fma(x1, y2, o12); o13 = Math.fma(x1, y3, o13);
                o20 = Math.fma(x2, y0, o20); o21 = Math.fma(x2, y1, o21);
                o22 = Math.fma(x2, y2, o22); o23 = Math.fma(x2, y3, o23);
                o30 = Math.fma(x3, y0, o30); o31 = Math.fma(x3, y1, o31);
                o32 = Math.fma(x3, y2, o32); o33 = Math.fma(x3, y3, o33);
            }
            ctx.localBarrier();
        }

        // Segment-level reads: O += lambda[t, 7 + s + j] exp(Gs_t) Q R_j for each set bit j of the segment index.
        int stateSize = keyDim * valueDim;
        int slot = readOffsets[segment] + segment * Integer.bitCount(segmentBase);
        int bits = segmentBase + segment;
        int segmentLevel = 0;
        while (bits != 0) {
            if ((bits & 1) != 0) {
                int stateBase = (bh * readsPerHead + slot) * stateSize;
                p00 = 0f; p01 = 0f; p02 = 0f; p03 = 0f;
                p10 = 0f; p11 = 0f; p12 = 0f; p13 = 0f;
                p20 = 0f; p21 = 0f; p22 = 0f; p23 = 0f;
                p30 = 0f; p31 = 0f; p32 = 0f; p33 = 0f;
                for (int k0 = 0; k0 < keyDim; k0 += K_STEP) {
                    for (int idx = lid; idx < CHUNK * K_STEP; idx += GROUP_THREADS) {
                        int row = idx / K_STEP;
                        int kk = k0 + idx - row * K_STEP;
                        int tq = queryStart + row;
                        float qx = 0f;
                        if (kk < keyDim && tq < length) {
                            qx = q[((b * length + tq) * groups + grp) * keyDim + kk];
                        }
                        queryTile[idx] = qx;
                        // keyTile holds R rows k0 .. k0+15 by TILE columns here (row stride PADDED_ROW).
                        int stateRow = idx / TILE;
                        int stateCol = idx - stateRow * TILE;
                        int sk = k0 + stateRow;
                        int sv = vTile * TILE + stateCol;
                        float rx = 0f;
                        if (sk < keyDim && sv < valueDim) {
                            rx = readStates[stateBase + sv * keyDim + sk];
                        }
                        keyTile[stateRow * PADDED_ROW + stateCol] = rx;
                    }
                    ctx.localBarrier();
                    for (int kc = 0; kc < K_STEP; kc++) {
                        float x0 = queryTile[(ty + 0) * K_STEP + kc];
                        float x1 = queryTile[(ty + 16) * K_STEP + kc];
                        float x2 = queryTile[(ty + 32) * K_STEP + kc];
                        float x3 = queryTile[(ty + 48) * K_STEP + kc];
                        float y0 = keyTile[kc * PADDED_ROW + tx + 0];
                        float y1 = keyTile[kc * PADDED_ROW + tx + 16];
                        float y2 = keyTile[kc * PADDED_ROW + tx + 32];
                        float y3 = keyTile[kc * PADDED_ROW + tx + 48];
                        p00 = Math.fma(x0, y0, p00); p01 = Math.fma(x0, y1, p01);
                        p02 = Math.fma(x0, y2, p02); p03 = Math.fma(x0, y3, p03);
                        p10 = Math.fma(x1, y0, p10); p11 = Math.fma(x1, y1, p11);
                        p12 = Math.fma(x1, y2, p12); p13 = Math.fma(x1, y3, p13);
                        p20 = Math.fma(x2, y0, p20); p21 = Math.fma(x2, y1, p21);
                        p22 = Math.fma(x2, y2, p22); p23 = Math.fma(x2, y3, p23);
                        p30 = Math.fma(x3, y0, p30); p31 = Math.fma(x3, y1, p31);
                        p32 = Math.fma(x3, y2, p32); p33 = Math.fma(x3, y3, p33);
                    }
                    ctx.localBarrier();
                }
                // Row weights lambda[t, 7 + s + j] exp(Gs_t), staged in crossLambda (free after the key loop).
                int readLevel = CHUNK_LOG2 + 1 + segmentLog2 + segmentLevel;
                if (lid < CHUNK) {
                    int t = queryStart + lid;
                    float weight = 0f;
                    if (t < length) {
                        weight = KernelMath.exp(queryGs[lid]);
                        if (useLambda != 0) {
                            weight = weight * lambda[((b * length + t) * heads + h) * lambdaLevels + readLevel];
                        }
                    }
                    crossLambda[lid] = weight;
                }
                ctx.localBarrier();
                float w0 = crossLambda[ty + 0];
                float w1 = crossLambda[ty + 16];
                float w2 = crossLambda[ty + 32];
                float w3 = crossLambda[ty + 48];
                o00 = Math.fma(w0, p00, o00);
                o01 = Math.fma(w0, p01, o01);
                o02 = Math.fma(w0, p02, o02);
                o03 = Math.fma(w0, p03, o03);
                o10 = Math.fma(w1, p10, o10);
                o11 = Math.fma(w1, p11, o11);
                o12 = Math.fma(w1, p12, o12);
                o13 = Math.fma(w1, p13, o13);
                o20 = Math.fma(w2, p20, o20);
                o21 = Math.fma(w2, p21, o21);
                o22 = Math.fma(w2, p22, o22);
                o23 = Math.fma(w2, p23, o23);
                o30 = Math.fma(w3, p30, o30);
                o31 = Math.fma(w3, p31, o31);
                o32 = Math.fma(w3, p32, o32);
                o33 = Math.fma(w3, p33, o33);
                ctx.localBarrier();
                slot = slot + 1;
            }
            bits = bits >>> 1;
            segmentLevel = segmentLevel + 1;
        }

        // o = scale * O for the rows t < T and columns < V.
        int t0 = queryStart + ty;
        int vv0 = vTile * TILE + tx;
        int outRow0 = ((b * length + t0 + 0) * heads + h) * valueDim;
        int outRow1 = ((b * length + t0 + 16) * heads + h) * valueDim;
        int outRow2 = ((b * length + t0 + 32) * heads + h) * valueDim;
        int outRow3 = ((b * length + t0 + 48) * heads + h) * valueDim;
        if (t0 + 0 < length && vv0 + 0 < valueDim) { o[outRow0 + vv0 + 0] = scale * o00; }
        if (t0 + 0 < length && vv0 + 16 < valueDim) { o[outRow0 + vv0 + 16] = scale * o01; }
        if (t0 + 0 < length && vv0 + 32 < valueDim) { o[outRow0 + vv0 + 32] = scale * o02; }
        if (t0 + 0 < length && vv0 + 48 < valueDim) { o[outRow0 + vv0 + 48] = scale * o03; }
        if (t0 + 16 < length && vv0 + 0 < valueDim) { o[outRow1 + vv0 + 0] = scale * o10; }
        if (t0 + 16 < length && vv0 + 16 < valueDim) { o[outRow1 + vv0 + 16] = scale * o11; }
        if (t0 + 16 < length && vv0 + 32 < valueDim) { o[outRow1 + vv0 + 32] = scale * o12; }
        if (t0 + 16 < length && vv0 + 48 < valueDim) { o[outRow1 + vv0 + 48] = scale * o13; }
        if (t0 + 32 < length && vv0 + 0 < valueDim) { o[outRow2 + vv0 + 0] = scale * o20; }
        if (t0 + 32 < length && vv0 + 16 < valueDim) { o[outRow2 + vv0 + 16] = scale * o21; }
        if (t0 + 32 < length && vv0 + 32 < valueDim) { o[outRow2 + vv0 + 32] = scale * o22; }
        if (t0 + 32 < length && vv0 + 48 < valueDim) { o[outRow2 + vv0 + 48] = scale * o23; }
        if (t0 + 48 < length && vv0 + 0 < valueDim) { o[outRow3 + vv0 + 0] = scale * o30; }
        if (t0 + 48 < length && vv0 + 16 < valueDim) { o[outRow3 + vv0 + 16] = scale * o31; }
        if (t0 + 48 < length && vv0 + 32 < valueDim) { o[outRow3 + vv0 + 32] = scale * o32; }
        if (t0 + 48 < length && vv0 + 48 < valueDim) { o[outRow3 + vv0 + 48] = scale * o33; }
    }
}
