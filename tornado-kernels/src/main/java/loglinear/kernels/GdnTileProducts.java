package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;

import loglinear.jit.KernelContext;
import loglinear.jit.MmaLayout;

/**
 * The matrix products of the Gated DeltaNet kernels on tensor cores: a work-group of {@link #THREADS} work-items
 * computes one 64 x 64 output tile; warp w owns rows 16 (w / 2) .. + 15 and columns 32 (w % 2) .. + 31, four
 * m16n8k8 n-tiles, through the bounded {@link KernelContext#mmaAccumulate} (16 accumulators per work-item, element
 * e at tile row 16 (w / 2) + {@link MmaLayout#row} and column 32 (w % 2) + {@link MmaLayout#column}).
 *
 * <p>Operands are addressed by base and strides, so one helper serves row-major, transposed and strided (token rows
 * of q, k, v) operands in global or local memory: A[r, p] = {@code a[aBase + r * aRow + p * aCol]},
 * B[p, c] = {@code b[bBase + p * bRow + c * bCol]}. A rows >= {@code aRows} and B columns >= {@code bCols} are not
 * read (they count as 0), and the reduction length {@code n} may be any value. Each product is a small static
 * method, so the kernels do not depend on the fragment layout.
 */
final class GdnTileProducts {
    /** Work-items of a tile product (the kernels' work-group size). */
    static final int THREADS = GROUP_THREADS;
    /** Output tile edge. */
    static final int EDGE = 64;

    private GdnTileProducts() {}

    /**
     * out[r, c] = keep * out[r, c] + rowScale[r] * (accScale * sum_{p < n} A[r, p] B[p, c] + addScale * add[r, c])
     * for r < outRows, c < outCols (out[r, c] = {@code out[outBase + r * outRow + c]},
     * add[r, c] = {@code add[addBase + r * addRow + c]}, read only when addScale != 0;
     * rowScale[r] = {@code rowScale[rsBase + r * rsStride]} when useRowScale != 0, else 1; out is read only when
     * keep != 0). The output must not alias A or B.
     */
    static void product(KernelContext ctx, int n,
                        float[] a, int aBase, int aRow, int aCol, int aRows,
                        float[] b, int bBase, int bRow, int bCol, int bCols,
                        float accScale, float[] add, int addBase, int addRow, float addScale,
                        float[] rowScale, int rsBase, int rsStride, int useRowScale,
                        float keep, float[] out, int outBase, int outRow, int outRows, int outCols) {
        float[] acc = new float[16];
        int lid = ctx.localIdx;
        int lane = lid & 31;
        int rowBase = (lid >> 6) << 4;
        int colBase = ((lid >> 5) & 1) << 5;
        for (int e = 0; e < 16; e++) {
            acc[e] = 0f;
        }
        // Step: acc = A[rowBase.., :] B[:, colBase..] for the warp's 16 x 32 block on tensor cores.
        ctx.mmaAccumulate(acc, 4, a, aBase + rowBase * aRow, aRow, aCol, aRows - rowBase, b,
                bBase + colBase * bCol, bRow, bCol, bCols - colBase, n);
        // Step: the epilogue, out = keep out + rowScale (accScale acc + addScale add).
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

    /** out = accScale A B (+ keep out): {@link #product} without the added matrix and the row scale. */
    static void plain(KernelContext ctx, int n,
                      float[] a, int aBase, int aRow, int aCol, int aRows,
                      float[] b, int bBase, int bRow, int bCol, int bCols,
                      float accScale, float keep, float[] out, int outBase, int outRow, int outRows, int outCols) {
        product(ctx, n, a, aBase, aRow, aCol, aRows, b, bBase, bRow, bCol, bCols, accScale, out, 0, 0, 0f,
                out, 0, 0, 0, keep, out, outBase, outRow, outRows, outCols);
    }
}
