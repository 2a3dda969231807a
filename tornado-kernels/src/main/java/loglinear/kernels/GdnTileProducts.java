package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;

import loglinear.jit.KernelContext;
import loglinear.jit.MmaLayout;

/**
 * The matrix products of the Gated DeltaNet kernels on tensor cores: a work-group of {@link #THREADS} work-items
 * computes one 64 x 64 output tile; warp w owns rows 16 (w / 2) .. + 15 and columns 32 (w % 2) .. + 31, four
 * m16n8k8 n-tiles, through {@link KernelContext#mmaAccumulate} (16 accumulators per work-item, element e at tile
 * row 16 (w / 2) + {@link MmaLayout#row} and column 32 (w % 2) + {@link MmaLayout#column}).
 *
 * <p>Operands are addressed by base and strides, so one helper serves row-major, transposed and strided (token rows
 * of q, k, v) operands in global or local memory: A[r, p] = {@code a[aBase + r * aRow + p * aCol]},
 * B[p, c] = {@code b[bBase + p * bRow + c * bCol]}. A rows >= {@code aRows} and B columns >= {@code bCols} are not
 * read (they count as 0), and the reduction length {@code n} may be any value.
 *
 * <p>Two forms. {@link #product} reads each m16n8k8 fragment straight from {@code a} and {@code b} (bounded
 * {@code mmaAccumulate}): no barrier, but a warp's fragment load touches up to eight 128-byte lines, so products fed
 * from global memory keep the L1 cache busy (an Nsight Compute profile of the chunk sweep at T = 16,384 showed L1
 * throughput at 92% and long-scoreboard waits in 54% of the samples). {@link #productStaged} runs the reduction in
 * slices of {@link #SLICE}: each slice of A and of B is first copied by the whole work-group into the caller's
 * {@code stage} area ({@link #STAGE_FLOATS} local floats), zero-padded, with the reduction index contiguous (A as
 * [r][p], B as B^T [c][p], rows of {@link #STAGE_STRIDE} = 68 floats), then multiplied from there. The copies read
 * global memory along whichever index is contiguous there, so a warp reads whole lines, and on CUDA the staged slices
 * meet the {@code ldmatrix} conditions. A staged product holds barriers: every work-item of the group must call it,
 * and it ends with a barrier after its last read of {@code stage}.
 *
 * <p>The kernels stage the products that dominate the work (the state reads and the state transitions, about three
 * quarters of the chunk sweep's products) and keep the direct form for the chunk quantities: staging every product
 * puts so many barrier-holding loops into one kernel that PoCL's work-group compiler did not finish in 15 minutes,
 * while this split compiles in under a minute.
 */
final class GdnTileProducts {
    /** Work-items of a tile product (the kernels' work-group size). */
    static final int THREADS = GROUP_THREADS;
    /** Output tile edge. */
    static final int EDGE = 64;
    /** Reduction slice staged at a time. */
    static final int SLICE = 64;
    /** Row stride of a staged slice: 64 + 4 floats (16-byte rows, 8 consecutive rows on distinct bank groups). */
    static final int STAGE_STRIDE = SLICE + 4;
    /** Floats of the staging area a kernel allocates for the products: the A slice, then B^T's. */
    static final int STAGE_FLOATS = 2 * EDGE * STAGE_STRIDE;

    private GdnTileProducts() {}

    /**
     * The same product as {@link #productStaged}, with the fragments read straight from {@code a} and {@code b}
     * (bounded {@code mmaAccumulate}): no staging and no barrier, for operands that are small or read once. The
     * output must not alias A or B.
     */
    static void product(KernelContext ctx, int n,
                        float[] a, int aBase, int aRow, int aCol, int aRows,
                        float[] b, int bBase, int bRow, int bCol, int bCols,
                        float accScale, float[] add, int addBase, int addRow, float addScale,
                        float[] rowScale, int rsBase, int rsStride, int useRowScale,
                        float keep, float[] out, int outBase, int outRow, int outRows, int outCols) {
        float[] acc = new float[16];
        int lid = ctx.localIdx;
        int rowBase = (lid >> 6) << 4;
        int colBase = ((lid >> 5) & 1) << 5;
        for (int e = 0; e < 16; e++) {
            acc[e] = 0f;
        }
        // Step: acc = A[rowBase.., :] B[:, colBase..] for the warp's 16 x 32 block on tensor cores.
        ctx.mmaAccumulate(acc, 4, a, aBase + rowBase * aRow, aRow, aCol, aRows - rowBase, b,
                bBase + colBase * bCol, bRow, bCol, bCols - colBase, n);
        epilogue(lid, acc, accScale, add, addBase, addRow, addScale, rowScale, rsBase, rsStride, useRowScale, keep,
                out, outBase, outRow, outRows, outCols);
    }

    /** out = accScale A B (+ keep out): {@link #product} without the added matrix and the row scale. */
    static void plain(KernelContext ctx, int n,
                      float[] a, int aBase, int aRow, int aCol, int aRows,
                      float[] b, int bBase, int bRow, int bCol, int bCols,
                      float accScale, float keep, float[] out, int outBase, int outRow, int outRows, int outCols) {
        product(ctx, n, a, aBase, aRow, aCol, aRows, b, bBase, bRow, bCol, bCols, accScale, out, 0, 0, 0f,
                out, 0, 0, 0, keep, out, outBase, outRow, outRows, outCols);
    }

    /** Step: out = keep out + rowScale (accScale acc + addScale add) for the work-item's 16 elements. */
    static void epilogue(int lid, float[] acc, float accScale, float[] add, int addBase, int addRow, float addScale,
                         float[] rowScale, int rsBase, int rsStride, int useRowScale, float keep, float[] out,
                         int outBase, int outRow, int outRows, int outCols) {
        int lane = lid & 31;
        int rowBase = (lid >> 6) << 4;
        int colBase = ((lid >> 5) & 1) << 5;
        for (int e = 0; e < 16; e++) {
            int r = rowBase + MmaLayout.row(lane, e);
            int c = colBase + MmaLayout.column(lane, e);
            if (r < outRows && c < outCols) {
                float rs = 1f;
                if (useRowScale != 0) {
                    rs = rowScale[rsBase + r * rsStride];
                }
                float value = accScale * acc[e];
                if (addScale != 0f) {
                    value = Math.fma(addScale, add[addBase + r * addRow + c], value);
                }
                value = rs * value;
                int at = outBase + r * outRow + c;
                if (keep != 0f) {
                    value = Math.fma(keep, out[at], value);
                }
                out[at] = value;
            }
        }
    }

    /**
     * out[r, c] = keep * out[r, c] + rowScale[r] * (accScale * sum_{p < n} A[r, p] B[p, c] + addScale * add[r, c])
     * for r < outRows, c < outCols (out[r, c] = {@code out[outBase + r * outRow + c]},
     * add[r, c] = {@code add[addBase + r * addRow + c]}, read only when addScale != 0;
     * rowScale[r] = {@code rowScale[rsBase + r * rsStride]} when useRowScale != 0, else 1; out is read only when
     * keep != 0). The output may alias A or B: it is written after the last barrier. Kept apart from
     * {@link #product} (same arguments) so that the direct products carry no barrier-holding loop (see above).
     */
    static void productStaged(KernelContext ctx, float[] stage, int n,
                              float[] a, int aBase, int aRow, int aCol, int aRows,
                              float[] b, int bBase, int bRow, int bCol, int bCols,
                              float accScale, float[] add, int addBase, int addRow, float addScale,
                              float[] rowScale, int rsBase, int rsStride, int useRowScale,
                              float keep, float[] out, int outBase, int outRow, int outRows, int outCols) {
        float[] acc = new float[16];
        int lid = ctx.localIdx;
        int rowBase = (lid >> 6) << 4;
        int colBase = ((lid >> 5) & 1) << 5;
        for (int e = 0; e < 16; e++) {
            acc[e] = 0f;
        }
        for (int p0 = 0; p0 < n; p0 += SLICE) {
            // Step: stage A[:, p0 ..] as [r][p] and B[p0 .., :] as B^T [c][p], zero outside the bounds.
            stageSlice(lid, a, aBase + p0 * aCol, aRow, aCol, aRows, n - p0, stage, 0);
            stageSlice(lid, b, bBase + p0 * bRow, bCol, bRow, bCols, n - p0, stage, EDGE * STAGE_STRIDE);
            ctx.localBarrier();
            // Step: acc += A[rowBase.., slice] B[slice, colBase..] for the warp's 16 x 32 block on tensor cores.
            ctx.mmaAccumulate(acc, 4, stage, rowBase * STAGE_STRIDE, STAGE_STRIDE, 1, stage,
                    EDGE * STAGE_STRIDE + colBase * STAGE_STRIDE, 1, STAGE_STRIDE, SLICE);
            ctx.localBarrier();
        }
        epilogue(lid, acc, accScale, add, addBase, addRow, addScale, rowScale, rsBase, rsStride, useRowScale, keep,
                out, outBase, outRow, outRows, outCols);
    }

    /** out = accScale A B (+ keep out): {@link #productStaged} without the added matrix and the row scale. */
    static void plainStaged(KernelContext ctx, float[] stage, int n,
                            float[] a, int aBase, int aRow, int aCol, int aRows,
                            float[] b, int bBase, int bRow, int bCol, int bCols,
                            float accScale, float keep, float[] out, int outBase, int outRow, int outRows,
                            int outCols) {
        productStaged(ctx, stage, n, a, aBase, aRow, aCol, aRows, b, bBase, bRow, bCol, bCols, accScale, out, 0, 0, 0f,
                out, 0, 0, 0, keep, out, outBase, outRow, outRows, outCols);
    }

    /**
     * Copies X[r, p] = {@code x[base + r * rowStride + p * colStride]} for r < min(rows, 64), p < min(cols, 64)
     * into {@code stage[at + r * 68 + p]}, 0 elsewhere in the 64 x 64 slice. Consecutive work-items take
     * consecutive p when {@code colStride} is 1 and consecutive r otherwise, so the global reads are contiguous for
     * both a row-major and a transposed operand.
     */
    static void stageSlice(int lid, float[] x, int base, int rowStride, int colStride, int rows, int cols,
                           float[] stage, int at) {
        boolean alongColumns = colStride == 1;
        int fast = lid & (EDGE - 1);
        int slow = lid >> 6;
        for (int u = 0; u < EDGE * EDGE / THREADS; u++) {
            int other = slow + u * (THREADS / EDGE);
            int r = alongColumns ? other : fast;
            int p = alongColumns ? fast : other;
            float value = 0f;
            if (r < rows && p < cols) {
                value = x[base + r * rowStride + p * colStride];
            }
            stage[at + r * STAGE_STRIDE + p] = value;
        }
    }
}
