package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.CHUNK;
import static loglinear.kernels.Mamba2Kernels.CHUNK_LOG2;
import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;
import static loglinear.kernels.Mamba2Kernels.TILE;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;
import loglinear.jit.LaunchBounds;
import loglinear.jit.MmaLayout;
import loglinear.jit.MmaPairs;

/**
 * The last stage of the sweep form of the Mamba-2 forward: the segment-level terms of the output. For each set bit j
 * of the (global) segment index sigma_g = segmentBase + sigma, every token t of segment sigma reads the stored state
 * R_j of {@link Mamba2Kernels#segmentSweep} (decayed to the segment start):
 *
 * <pre>o[t] += scale lambda[t, 7 + s + j] exp(Gs_t) q_t^T R_j</pre>
 *
 * <p>{@link Mamba2SweepKernels#segmentSweepOutput} has written the in-segment terms before, and these terms need
 * nothing of the chunks before t inside the segment, so every pair of chunks is independent here: one work-group
 * per (pair, b, h, V tile), no sequential walk, 16 x 64 warp tiles (warps 0-3 the first chunk's rows, 4-7 the
 * second's).
 *
 * <p>Operands in pair words ({@link PairWords}). Q (split once per q/k group by {@link PairWords#splitRows}) and the
 * read states (stored as pairs by the segment sweep) enter {@code mmaAccumulatePairs} as they are, so this pass
 * issues half the tensor-core instructions of a TF32 product and splits nothing. A pair product cannot scale A's
 * rows on the way in, so each read has a partial accumulator P_j = Q R_j, folded in as
 * O += diag(lambda[:, 7 + s + j]) P_j; exp(Gs_t) and the scale, common to every read, multiply O once at the end.
 *
 * <p>Staging, per K slice of 64 (32 words): the slice of Q's 128 rows once, then each read's state slice, all
 * through asynchronous copies, the state slices in a ring of three buffers two reads ahead (copy group 0 holds Q and
 * the first state, group n the n-th state), so one barrier per read suffices. Local memory: 90 KB, two groups per
 * SM.
 *
 * <p>Work per pair (C = 64, K = 128, one V tile, n = popcount(sigma_g) reads): n 2 (2 C K 64) = n 2.1 MFLOP; it reads
 * Q (2 C K), n states (K 64 each) and o (2 C 64), and writes o.
 */
public final class Mamba2SegmentReadKernels {
    private Mamba2SegmentReadKernels() {}

    /** Pair words of one K slice of 64. */
    static final int SLICE_WORDS = Mamba2SweepKernels.K_SLICE / 2;
    /** Row stride of the staged word tiles: 32 + 4 (16-byte rows for ldmatrix, 8 rows on distinct banks). */
    static final int WORD_STRIDE = SLICE_WORDS + 4;
    /** Words of one state-slice buffer (64 rows). */
    static final int STATE_WORDS = TILE * WORD_STRIDE;
    /** State-slice buffers of the ring. */
    static final int RING = 3;

    /** Chunks one work-group covers: a pair, or one chunk when segments hold one chunk (s = 0). */
    public static int blockChunks(int segmentLog2) {
        return Math.min(2, 1 << segmentLog2);
    }

    /**
     * Issues the asynchronous copies of words w0 .. w0 + 31 of {@code tileRows} rows of a pair-word matrix (rows
     * {@code rowStride} words apart from {@code origin}; high words there, low words {@code lowOffset} further on)
     * into high[base + row * 36 + c] and low[...] (no commit); 0 lands where row >= rows or w0 + c >= words.
     * {@code origin}, {@code rowStride}, {@code lowOffset} and {@code words} are multiples of 4.
     */
    static void issueWordBlock(KernelContext ctx, int lid, int[] high, int[] low, int base, int tileRows,
                               int[] pairs, int origin, int rowStride, int lowOffset, int rows, int w0, int words) {
        for (int u = 0; u < tileRows * SLICE_WORDS / 4 / GROUP_THREADS; u++) {
            int item = lid + u * GROUP_THREADS;
            int row = item >> 3;
            int c = (item & 7) * 4;
            int count = 0;
            if (row < rows) {
                count = Math.max(0, Math.min(4, words - w0 - c));
            }
            int from = origin + row * rowStride + w0 + c;
            ctx.asyncCopy4(high, base + row * WORD_STRIDE + c, pairs, from, count);
            ctx.asyncCopy4(low, base + row * WORD_STRIDE + c, pairs, from + lowOffset, count);
        }
    }

    /**
     * Global (256 * vTiles, B * H, ceil(chunks / {@link #blockChunks})), local (256, 1, 1): the heads of one pair are
     * neighbours in the launch order and share their Q loads through L2. {@code queryPairs} holds Q's pair words
     * (rows (b T + t) G + g, low words from {@code queryLowOffset}); {@code readPairs} the read states' (row v of
     * slot n at (n V + v) W, low words from {@code readLowOffset}). Read-state slots of segment sigma start at
     * readOffsets[sigma] + sigma popcount(segmentBase), as {@link Mamba2Kernels#segmentSweep} stores them; groups of
     * a segment without set bits (segment 0 of the first window) do nothing.
     */
    @LaunchBounds(maxThreads = GROUP_THREADS, minGroupsPerMultiprocessor = 2)
    public static void segmentReads(KernelContext ctx, int[] queryPairs, float[] lambda, float[] gs,
                                    int[] readPairs, int[] readOffsets, float[] o, int length, int heads,
                                    int headsPerGroup, int groups, int keyDim, int valueDim, int lambdaLevels,
                                    int segmentLog2, int paddedLength, int readsPerHead, int useLambda, float scale,
                                    int chunks, int segmentBase, int queryLowOffset, int readLowOffset) {
        int[] queryHigh = ctx.allocateIntLocalArray(Mamba2SweepKernels.PAIR * WORD_STRIDE);
        int[] queryLow = ctx.allocateIntLocalArray(Mamba2SweepKernels.PAIR * WORD_STRIDE);
        int[] stateHigh = ctx.allocateIntLocalArray(RING * STATE_WORDS);
        int[] stateLow = ctx.allocateIntLocalArray(RING * STATE_WORDS);
        float[] acc = new float[Mamba2SweepKernels.WIDE_ACC];
        float[] part = new float[Mamba2SweepKernels.WIDE_ACC];

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
            int words = PairWords.wordsPerRow(keyDim);
            int queryStart = firstChunk * CHUNK;
            int queryRowStride = groups * words;
            int queryOrigin = ((b * length + queryStart) * groups + grp) * words;
            int vBase = (b * length * heads + h) * valueDim;
            int vRowStride = heads * valueDim;
            int stateRows = Math.min(TILE, valueDim - vTile * TILE);
            // Rows i < pairRows exist: the first chunk's, then the second's (when the group covers two chunks).
            int firstRows = Math.max(0, Math.min(CHUNK, length - queryStart));
            int secondRows = 0;
            if (blockChunks(segmentLog2) == 2 && firstChunk + 1 < chunks) {
                secondRows = Math.max(0, Math.min(CHUNK, length - queryStart - CHUNK));
            }
            int warp = lid >> 5;
            int half = warp >> 2;
            int rowBlock = (warp & 3) << 4;
            int lane = lid & 31;
            int halfRows = half == 0 ? firstRows : secondRows;
            int reads = Integer.bitCount(segmentBits);
            // Read n uses slot firstSlot + n (the slots of the set bits of sigma_g, lowest bit first).
            int firstSlot = readOffsets[segment] + segment * Integer.bitCount(segmentBase);
            // lambda of this lane's two rows (MmaLayout rows lane / 4 and lane / 4 + 8 of the warp tile).
            int lambdaRow = ((b * length + queryStart + half * CHUNK + rowBlock + (lane >> 2)) * heads + h)
                    * lambdaLevels + CHUNK_LOG2 + 1 + segmentLog2;
            int lambdaRowStep = 8 * heads * lambdaLevels;
            boolean upperInside = useLambda != 0 && rowBlock + (lane >> 2) < halfRows;
            boolean lowerInside = useLambda != 0 && rowBlock + (lane >> 2) + 8 < halfRows;
            for (int e = 0; e < Mamba2SweepKernels.WIDE_ACC; e++) {
                acc[e] = 0f;
            }
            for (int w0 = 0; w0 < words; w0 += SLICE_WORDS) {
                // Q's slice for both chunks and the first two state slices, two copy groups.
                issueWordBlock(ctx, lid, queryHigh, queryLow, 0, CHUNK, queryPairs, queryOrigin, queryRowStride,
                        queryLowOffset, firstRows, w0, words);
                issueWordBlock(ctx, lid, queryHigh, queryLow, CHUNK * WORD_STRIDE, CHUNK, queryPairs,
                        queryOrigin + CHUNK * queryRowStride, queryRowStride, queryLowOffset, secondRows, w0, words);
                for (int n = 0; n < 2; n++) {
                    if (n < reads) {
                        issueWordBlock(ctx, lid, stateHigh, stateLow, n * STATE_WORDS, TILE, readPairs,
                                ((bh * readsPerHead + firstSlot + n) * valueDim + vTile * TILE) * words, words,
                                readLowOffset, stateRows, w0, words);
                    }
                    ctx.asyncCommit();
                }
                int bits = segmentBits;
                int j = 0;
                for (int n = 0; n < reads; n++) {
                    // j = the level of read n: the next set bit of sigma_g.
                    while ((bits & 1) == 0) {
                        bits = bits >>> 1;
                        j = j + 1;
                    }
                    ctx.asyncWait(1);
                    ctx.localBarrier();
                    if (n + 2 < reads) {
                        issueWordBlock(ctx, lid, stateHigh, stateLow, ((n + 2) % RING) * STATE_WORDS, TILE,
                                readPairs, ((bh * readsPerHead + firstSlot + n + 2) * valueDim + vTile * TILE)
                                        * words, words, readLowOffset, stateRows, w0, words);
                    }
                    ctx.asyncCommit();
                    // lambda[t, 7 + s + j] of the lane's two rows (1 without lambda), loaded before the product so
                    // that the loads are in flight while it runs.
                    float upper = 1f;
                    float lower = 1f;
                    if (upperInside) {
                        upper = lambda[lambdaRow + j];
                    }
                    if (lowerInside) {
                        lower = lambda[lambdaRow + lambdaRowStep + j];
                    }
                    // P = Q_half R_j for the warp's 16 x 64 tile: A[r, p] in word (64 half + rowBlock + r) 36 + p / 2,
                    // B[p, vc] in word buffer + vc 36 + p / 2 (both pair rows run along the reduction index k).
                    for (int e = 0; e < Mamba2SweepKernels.WIDE_ACC; e++) {
                        part[e] = 0f;
                    }
                    if (halfRows > 0) {
                        ctx.mmaAccumulatePairs(part, Mamba2SweepKernels.WIDE_N_TILES, queryHigh, queryLow,
                                (half * CHUNK + rowBlock) * WORD_STRIDE, WORD_STRIDE, MmaPairs.ALONG_DEPTH, stateHigh,
                                stateLow, (n % RING) * STATE_WORDS, WORD_STRIDE, MmaPairs.ALONG_DEPTH,
                                Mamba2SweepKernels.K_SLICE);
                    }
                    // O += diag(lambda[:, 7 + s + j]) P.
                    for (int e = 0; e < Mamba2SweepKernels.WIDE_ACC; e++) {
                        acc[e] = Math.fma(MmaLayout.row(lane, e) < 8 ? upper : lower, part[e], acc[e]);
                    }
                    bits = bits >>> 1;
                    j = j + 1;
                }
                ctx.localBarrier();
            }
            // o += scale exp(Gs_t) O for the rows that exist. The lane's two row factors first, then every old
            // value of o (into part, free now), then the stores: a load after a store to o cannot move above it, so
            // loading and storing element by element would wait for each load in turn.
            int upperRow = queryStart + half * CHUNK + rowBlock + (lane >> 2);
            float upperFactor = 0f;
            float lowerFactor = 0f;
            if (rowBlock + (lane >> 2) < halfRows) {
                upperFactor = scale * KernelMath.exp(gs[bh * paddedLength + upperRow]);
            }
            if (rowBlock + (lane >> 2) + 8 < halfRows) {
                lowerFactor = scale * KernelMath.exp(gs[bh * paddedLength + upperRow + 8]);
            }
            for (int e = 0; e < Mamba2SweepKernels.WIDE_ACC; e += 2) {
                int row = rowBlock + MmaLayout.row(lane, e);
                int vv = vTile * TILE + MmaLayout.column(lane, e);
                int columnsLeft = valueDim - vv;
                if (row >= halfRows) {
                    columnsLeft = 0;
                }
                AccumulatorPairs.load(ctx, o, vBase + (queryStart + half * CHUNK + row) * vRowStride + vv,
                        columnsLeft, part, e);
            }
            for (int e = 0; e < Mamba2SweepKernels.WIDE_ACC; e += 2) {
                int row = rowBlock + MmaLayout.row(lane, e);
                int vv = vTile * TILE + MmaLayout.column(lane, e);
                float factor = MmaLayout.row(lane, e) < 8 ? upperFactor : lowerFactor;
                AccumulatorPairs.store(ctx, o, vBase + (queryStart + half * CHUNK + row) * vRowStride + vv,
                        valueDim - vv, row < halfRows, part[e] + factor * acc[e], part[e + 1] + factor * acc[e + 1]);
            }
        }
    }
}
