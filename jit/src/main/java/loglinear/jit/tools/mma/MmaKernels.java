package loglinear.jit.tools.mma;

import loglinear.jit.KernelContext;
import loglinear.jit.MmaLayout;

/**
 * Kernels that exercise {@link KernelContext#mmaAccumulate}: a warp tile of 16 x 32 (four n-tiles) per sub-group,
 * four sub-groups per work-group of 128, so a work-group owns a 64 x 32 block of C.
 */
public final class MmaKernels {
    /** Work-items per work-group. */
    public static final int GROUP_THREADS = 128;
    /** Rows of C per work-group (four warps of 16 rows). */
    public static final int GROUP_ROWS = 64;
    /** Columns of C per work-group (four n-tiles of 8). */
    public static final int GROUP_COLUMNS = 32;
    static final int N_TILES = 4;
    /** Depth slice staged in local memory by {@link #productStagedTransposed}. */
    public static final int SLICE = 16;
    /** Row stride of the staged transposed A slice: 64 + 8 keeps the fragment loads free of bank conflicts. */
    static final int STAGED_STRIDE = GROUP_ROWS + 8;
    /**
     * Row stride of the slices staged with the reduction index contiguous by {@link #productStagedContiguous}:
     * 16 + 4 floats, a multiple of 4 (16-byte rows, so CUDA reads them with ldmatrix) and 4 modulo 32 for 8 rows of
     * 16 bytes on distinct banks.
     */
    static final int CONTIGUOUS_STRIDE = SLICE + 4;

    private MmaKernels() {
    }

    /** Step: C[row0 + r, col0 + col] = the lane's accumulators of a 16 x 32 warp tile (row-major C, n columns). */
    static void storeTile(float[] c, float[] acc, int lane, int row0, int col0, int n) {
        for (int e = 0; e < 4 * N_TILES; e++) {
            c[(row0 + MmaLayout.row(lane, e)) * n + col0 + MmaLayout.column(lane, e)] = acc[e];
        }
    }

    /**
     * C = C0 + A B with A (m x depth), B (depth x n), C0 and C (m x n) row-major in global memory; m a multiple of
     * 64, n of 32, depth of 8. Global (128 n / 32, m / 64), local (128, 1).
     */
    public static void productGlobal(KernelContext ctx, float[] a, float[] b, float[] c0, float[] c, int m, int n,
                                     int depth) {
        int lane = ctx.localIdx & 31;
        int warp = ctx.localIdx >> 5;
        int row0 = ctx.groupIdy * GROUP_ROWS + 16 * warp;
        int col0 = ctx.groupIdx * GROUP_COLUMNS;
        float[] acc = new float[4 * N_TILES];
        // Step: acc = C0 at the lane's fragment positions.
        for (int e = 0; e < 4 * N_TILES; e++) {
            acc[e] = c0[(row0 + MmaLayout.row(lane, e)) * n + col0 + MmaLayout.column(lane, e)];
        }
        // Step: acc += A[row0.., :] B[:, col0..] (A row-major: row stride depth; B row-major: row stride n).
        ctx.mmaAccumulate(acc, N_TILES, a, row0 * depth, depth, 1, b, col0, n, 1, depth);
        storeTile(c, acc, lane, row0, col0, n);
    }

    /**
     * C = A B with A (m x depth) row-major staged transposed in local memory slice by slice, and B given
     * transposed as bt (n x depth) row-major and read in place with B[p, col] = bt[col * depth + p]; depth a
     * multiple of {@link #SLICE}. Global (128 n / 32, m / 64), local (128, 1).
     */
    public static void productStagedTransposed(KernelContext ctx, float[] a, float[] bt, float[] c, int m, int n,
                                               int depth) {
        float[] aT = ctx.allocateFloatLocalArray(SLICE * STAGED_STRIDE);
        int lid = ctx.localIdx;
        int lane = lid & 31;
        int warp = lid >> 5;
        int groupRow = ctx.groupIdy * GROUP_ROWS;
        int col0 = ctx.groupIdx * GROUP_COLUMNS;
        float[] acc = new float[4 * N_TILES];
        for (int p0 = 0; p0 < depth; p0 += SLICE) {
            // Step: aT[p][r] = A[groupRow + r, p0 + p].
            for (int idx = lid; idx < SLICE * GROUP_ROWS; idx += GROUP_THREADS) {
                int r = idx / SLICE;
                int p = idx - r * SLICE;
                aT[p * STAGED_STRIDE + r] = a[(groupRow + r) * depth + p0 + p];
            }
            ctx.localBarrier();
            // Step: acc += A_slice B_slice, A[r, p] = aT[p * stride + r], B[p, c] = bt[c * depth + p0 + p].
            ctx.mmaAccumulate(acc, N_TILES, aT, 16 * warp, 1, STAGED_STRIDE, bt, col0 * depth + p0, 1, depth,
                    SLICE);
            ctx.localBarrier();
        }
        storeTile(c, acc, lane, groupRow + 16 * warp, col0, n);
    }

    /** Step: aS[r][p] = A[groupRow + r, p0 + p] and bS[c][p] = B[p0 + p, col0 + c] for one slice of depth. */
    static void stageContiguous(int lid, float[] a, float[] b, float[] aS, float[] bS, int groupRow, int col0,
                                int p0, int n, int depth) {
        for (int idx = lid; idx < SLICE * GROUP_ROWS; idx += GROUP_THREADS) {
            int r = idx / SLICE;
            int p = idx - r * SLICE;
            aS[r * CONTIGUOUS_STRIDE + p] = a[(groupRow + r) * depth + p0 + p];
        }
        for (int idx = lid; idx < SLICE * GROUP_COLUMNS; idx += GROUP_THREADS) {
            int p = idx / GROUP_COLUMNS;
            int col = idx - p * GROUP_COLUMNS;
            bS[col * CONTIGUOUS_STRIDE + p] = b[(p0 + p) * n + col0 + col];
        }
    }

    /**
     * C = A B with both operands staged in local memory with the reduction index contiguous, slice by slice:
     * aS[r][p] = A[groupRow + r, p0 + p] and bS[c][p] = B[p0 + p, col0 + c] (A m x depth and B depth x n row-major
     * in global memory). On CUDA both operands take the ldmatrix path: the first 24 columns of a warp tile as
     * three n-tiles (one x4 and one x2 load per step), the last 8 as one (an x2 load). m a multiple of 64, n of 32,
     * depth of {@link #SLICE}. Global (128 n / 32, m / 64), local (128, 1).
     */
    public static void productStagedContiguous(KernelContext ctx, float[] a, float[] b, float[] c, int m, int n,
                                               int depth) {
        float[] aS = ctx.allocateFloatLocalArray(GROUP_ROWS * CONTIGUOUS_STRIDE);
        float[] bS = ctx.allocateFloatLocalArray(GROUP_COLUMNS * CONTIGUOUS_STRIDE);
        int lid = ctx.localIdx;
        int lane = lid & 31;
        int warp = lid >> 5;
        int groupRow = ctx.groupIdy * GROUP_ROWS;
        int col0 = ctx.groupIdx * GROUP_COLUMNS;
        float[] first = new float[12];
        float[] last = new float[4];
        for (int p0 = 0; p0 < depth; p0 += SLICE) {
            stageContiguous(lid, a, b, aS, bS, groupRow, col0, p0, n, depth);
            ctx.localBarrier();
            // Step: acc += A_slice B_slice, A[r, p] = aS[r * stride + p], B[p, col] = bS[col * stride + p].
            ctx.mmaAccumulate(first, 3, aS, 16 * warp * CONTIGUOUS_STRIDE, CONTIGUOUS_STRIDE, 1, bS, 0, 1,
                    CONTIGUOUS_STRIDE, SLICE);
            ctx.mmaAccumulate(last, 1, aS, 16 * warp * CONTIGUOUS_STRIDE, CONTIGUOUS_STRIDE, 1, bS,
                    24 * CONTIGUOUS_STRIDE, 1, CONTIGUOUS_STRIDE, SLICE);
            ctx.localBarrier();
        }
        int row0 = groupRow + 16 * warp;
        for (int e = 0; e < 12; e++) {
            c[(row0 + MmaLayout.row(lane, e)) * n + col0 + MmaLayout.column(lane, e)] = first[e];
        }
        for (int e = 0; e < 4; e++) {
            c[(row0 + MmaLayout.row(lane, e)) * n + col0 + 24 + MmaLayout.column(lane, e)] = last[e];
        }
    }

    /**
     * C = diag(s) A B, as {@link #productStagedContiguous} with four n-tiles per warp and the row scale s (m) staged
     * in local memory and applied by {@code mmaAccumulateRowScaled}. Global (128 n / 32, m / 64), local (128, 1).
     */
    public static void productStagedRowScaled(KernelContext ctx, float[] a, float[] s, float[] b, float[] c, int m,
                                              int n, int depth) {
        float[] aS = ctx.allocateFloatLocalArray(GROUP_ROWS * CONTIGUOUS_STRIDE);
        float[] bS = ctx.allocateFloatLocalArray(GROUP_COLUMNS * CONTIGUOUS_STRIDE);
        float[] scale = ctx.allocateFloatLocalArray(GROUP_ROWS);
        int lid = ctx.localIdx;
        int lane = lid & 31;
        int warp = lid >> 5;
        int groupRow = ctx.groupIdy * GROUP_ROWS;
        int col0 = ctx.groupIdx * GROUP_COLUMNS;
        float[] acc = new float[4 * N_TILES];
        if (lid < GROUP_ROWS) {
            scale[lid] = s[groupRow + lid];
        }
        for (int p0 = 0; p0 < depth; p0 += SLICE) {
            stageContiguous(lid, a, b, aS, bS, groupRow, col0, p0, n, depth);
            ctx.localBarrier();
            // Step: acc += diag(s) A_slice B_slice.
            ctx.mmaAccumulateRowScaled(acc, N_TILES, scale, 16 * warp, aS, 16 * warp * CONTIGUOUS_STRIDE,
                    CONTIGUOUS_STRIDE, 1, bS, 0, 1, CONTIGUOUS_STRIDE, SLICE);
            ctx.localBarrier();
        }
        int row0 = groupRow + 16 * warp;
        storeTile(c, acc, lane, row0, col0, n);
    }

    /**
     * C = A B for any m, n and depth (A m x depth, B depth x n, C m x n, row-major, read in place): the bounded
     * form, with the rows and columns past the matrix read as 0 and not stored. Global (128 ceil(n / 32),
     * ceil(m / 64)), local (128, 1).
     */
    public static void productBounded(KernelContext ctx, float[] a, float[] b, float[] c, int m, int n, int depth) {
        int lane = ctx.localIdx & 31;
        int warp = ctx.localIdx >> 5;
        int row0 = ctx.groupIdy * GROUP_ROWS + 16 * warp;
        int col0 = ctx.groupIdx * GROUP_COLUMNS;
        float[] acc = new float[4 * N_TILES];
        if (row0 < m) {
            // Step: acc = A[row0.., :] B[:, col0..] with rows >= m - row0 and columns >= n - col0 read as 0.
            ctx.mmaAccumulate(acc, N_TILES, a, row0 * depth, depth, 1, m - row0, b, col0, n, 1, n - col0, depth);
            for (int e = 0; e < 4 * N_TILES; e++) {
                int r = row0 + MmaLayout.row(lane, e);
                int col = col0 + MmaLayout.column(lane, e);
                if (r < m && col < n) {
                    c[r * n + col] = acc[e];
                }
            }
        }
    }
    /** Words per staged row of pairs along depth: 8 words for 16 depth + 4 (16-byte rows on distinct banks). */
    static final int PAIR_ALONG_STRIDE = SLICE / 2 + 4;
    /** Words per staged depth row of A pairs across depth: 32 words for 64 rows + 4. */
    static final int PAIR_A_ACROSS_STRIDE = GROUP_ROWS / 2 + 4;
    /** Words per staged depth row of B pairs across depth: 16 words for 32 columns + 4. */
    static final int PAIR_B_ACROSS_STRIDE = GROUP_COLUMNS / 2 + 4;
    /** An odd stride: rows that are not 16-byte aligned, so CUDA reads the fragments one word at a time. */
    static final int PAIR_ODD_STRIDE = SLICE / 2 + 1;

    /**
     * C = A B with both operands staged as {@code mmaPairHigh}/{@code mmaPairLow} pairs per 16-deep slice; the
     * layout flag {@code along} (1: pairs along depth, rows of 8 words; 0: pairs across depth, one row per depth
     * index) and the row {@code stride} in words pick the case. A m x depth and B depth x n row-major in global
     * memory; m a multiple of 64, n of 32, depth of 16.
     */
    private static void productPairs(KernelContext ctx, float[] a, float[] b, float[] c, int n, int depth,
                                     int[] aHigh, int[] aLow, int[] bHigh, int[] bLow, int along, int aStride,
                                     int bStride) {
        int lid = ctx.localIdx;
        int lane = lid & 31;
        int warp = lid >> 5;
        int groupRow = ctx.groupIdy * GROUP_ROWS;
        int col0 = ctx.groupIdx * GROUP_COLUMNS;
        float[] acc = new float[4 * N_TILES];
        for (int p0 = 0; p0 < depth; p0 += SLICE) {
            // Step: A's pairs, (A[r, p], A[r, p + 1]) along depth or (A[r, p], A[r + 1, p]) across it.
            for (int idx = lid; idx < GROUP_ROWS * SLICE / 2; idx += GROUP_THREADS) {
                int r = along != 0 ? idx / (SLICE / 2) : 2 * (idx % (GROUP_ROWS / 2));
                int p = along != 0 ? 2 * (idx % (SLICE / 2)) : idx / (GROUP_ROWS / 2);
                float first = a[(groupRow + r) * depth + p0 + p];
                float second = along != 0 ? a[(groupRow + r) * depth + p0 + p + 1]
                        : a[(groupRow + r + 1) * depth + p0 + p];
                int word = along != 0 ? r * aStride + p / 2 : p * aStride + r / 2;
                aHigh[word] = ctx.mmaPairHigh(first, second);
                aLow[word] = ctx.mmaPairLow(first, second);
            }
            // Step: B's pairs, (B[p, col], B[p + 1, col]) along depth or (B[p, col], B[p, col + 1]) across it.
            for (int idx = lid; idx < GROUP_COLUMNS * SLICE / 2; idx += GROUP_THREADS) {
                int col = along != 0 ? idx / (SLICE / 2) : 2 * (idx % (GROUP_COLUMNS / 2));
                int p = along != 0 ? 2 * (idx % (SLICE / 2)) : idx / (GROUP_COLUMNS / 2);
                float first = b[(p0 + p) * n + col0 + col];
                float second = along != 0 ? b[(p0 + p + 1) * n + col0 + col] : b[(p0 + p) * n + col0 + col + 1];
                int word = along != 0 ? col * bStride + p / 2 : p * bStride + col / 2;
                bHigh[word] = ctx.mmaPairHigh(first, second);
                bLow[word] = ctx.mmaPairLow(first, second);
            }
            ctx.localBarrier();
            // Step: acc += A_slice B_slice over the warp's 16 rows.
            if (along != 0) {
                ctx.mmaAccumulatePairs(acc, N_TILES, aHigh, aLow, 16 * warp * aStride, aStride, 1, bHigh, bLow, 0,
                        bStride, 1, SLICE);
            } else {
                ctx.mmaAccumulatePairs(acc, N_TILES, aHigh, aLow, 8 * warp, aStride, 0, bHigh, bLow, 0, bStride, 0,
                        SLICE);
            }
            ctx.localBarrier();
        }
        int row0 = groupRow + 16 * warp;
        storeTile(c, acc, lane, row0, col0, n);
    }

    /** {@link #productPairs} with pairs along depth in 16-byte rows (CUDA: ldmatrix). Global and local as above. */
    public static void productPairsAlong(KernelContext ctx, float[] a, float[] b, float[] c, int m, int n,
                                         int depth) {
        int[] aHigh = ctx.allocateIntLocalArray(GROUP_ROWS * PAIR_ALONG_STRIDE);
        int[] aLow = ctx.allocateIntLocalArray(GROUP_ROWS * PAIR_ALONG_STRIDE);
        int[] bHigh = ctx.allocateIntLocalArray(GROUP_COLUMNS * PAIR_ALONG_STRIDE);
        int[] bLow = ctx.allocateIntLocalArray(GROUP_COLUMNS * PAIR_ALONG_STRIDE);
        productPairs(ctx, a, b, c, n, depth, aHigh, aLow, bHigh, bLow, 1, PAIR_ALONG_STRIDE, PAIR_ALONG_STRIDE);
    }

    /** {@link #productPairs} with pairs across depth (CUDA: ldmatrix.trans). Global and local as above. */
    public static void productPairsAcross(KernelContext ctx, float[] a, float[] b, float[] c, int m, int n,
                                          int depth) {
        int[] aHigh = ctx.allocateIntLocalArray(SLICE * PAIR_A_ACROSS_STRIDE);
        int[] aLow = ctx.allocateIntLocalArray(SLICE * PAIR_A_ACROSS_STRIDE);
        int[] bHigh = ctx.allocateIntLocalArray(SLICE * PAIR_B_ACROSS_STRIDE);
        int[] bLow = ctx.allocateIntLocalArray(SLICE * PAIR_B_ACROSS_STRIDE);
        productPairs(ctx, a, b, c, n, depth, aHigh, aLow, bHigh, bLow, 0, PAIR_A_ACROSS_STRIDE,
                PAIR_B_ACROSS_STRIDE);
    }

    /** {@link #productPairs} along depth with an odd row stride (CUDA: one word per load). */
    public static void productPairsUnaligned(KernelContext ctx, float[] a, float[] b, float[] c, int m, int n,
                                             int depth) {
        int[] aHigh = ctx.allocateIntLocalArray(GROUP_ROWS * PAIR_ODD_STRIDE);
        int[] aLow = ctx.allocateIntLocalArray(GROUP_ROWS * PAIR_ODD_STRIDE);
        int[] bHigh = ctx.allocateIntLocalArray(GROUP_COLUMNS * PAIR_ODD_STRIDE);
        int[] bLow = ctx.allocateIntLocalArray(GROUP_COLUMNS * PAIR_ODD_STRIDE);
        productPairs(ctx, a, b, c, n, depth, aHigh, aLow, bHigh, bLow, 1, PAIR_ODD_STRIDE, PAIR_ODD_STRIDE);
    }
}
