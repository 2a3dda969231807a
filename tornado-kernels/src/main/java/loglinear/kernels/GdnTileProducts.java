package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;

/**
 * The register-tiled matrix products of the Gated DeltaNet kernels: a work-group of {@link #THREADS} work-items
 * computes one 64 x 64 output tile, each work-item a 4 x 4 block (rows ty + 16 i, columns tx + 16 j with
 * ty = lid / 16, tx = lid % 16, i, j in 0..3) in 16 private accumulators, one {@code Math.fma} per multiply-add.
 * Columns 16 apart keep the 16 work-items of a half-warp on consecutive addresses (no shared-memory bank conflicts,
 * coalesced global loads); rows 16 apart make the A loads of a warp two broadcasts.
 *
 * <p>Operands are addressed by base and strides, so one helper serves row-major, transposed and strided (token rows
 * of q, k, v) operands in global or local memory: A[r, p] = {@code a[aBase + r * aRow + p * aCol]},
 * B[p, c] = {@code b[bBase + p * bRow + c * bCol]}. Loads of A rows >= {@code aRows} and B columns >= {@code bCols}
 * are clamped to the last valid row / column (they stay in bounds; their outputs are finite duplicates the caller
 * does not store or does not read). Each product is a small static method so that it can become a tensor-core
 * (MMA) call without touching the kernels.
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
    static void product(int lid, int n,
                        float[] a, int aBase, int aRow, int aCol, int aRows,
                        float[] b, int bBase, int bRow, int bCol, int bCols,
                        float accScale, float[] add, int addBase, int addRow, float addScale,
                        float[] rowScale, int rsBase, int rsStride, int useRowScale,
                        float keep, float[] out, int outBase, int outRow, int outRows, int outCols) {
        float[] acc = new float[16];
        float[] aReg = new float[4];
        float[] bReg = new float[4];
        int[] aAt = new int[4];
        int[] bAt = new int[4];
        int ty = lid >> 4;
        int tx = lid & 15;
        for (int i = 0; i < 4; i++) {
            aAt[i] = aBase + Math.min(ty + 16 * i, aRows - 1) * aRow;
        }
        for (int j = 0; j < 4; j++) {
            bAt[j] = bBase + Math.min(tx + 16 * j, bCols - 1) * bCol;
        }
        // Step: acc[i][j] += A[row i, p] B[p, column j], one fused multiply-add each.
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < 4; i++) {
                aReg[i] = a[aAt[i] + p * aCol];
            }
            for (int j = 0; j < 4; j++) {
                bReg[j] = b[bAt[j] + p * bRow];
            }
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    acc[i * 4 + j] = Math.fma(aReg[i], bReg[j], acc[i * 4 + j]);
                }
            }
        }
        // Step: the epilogue, out = keep out + rowScale (accScale acc + addScale add).
        for (int i = 0; i < 4; i++) {
            int r = ty + 16 * i;
            if (r < outRows) {
                float rs = 1f;
                if (useRowScale != 0) {
                    rs = rowScale[rsBase + r * rsStride];
                }
                for (int j = 0; j < 4; j++) {
                    int c = tx + 16 * j;
                    if (c < outCols) {
                        float value = accScale * acc[i * 4 + j];
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
        }
    }

    /** out = accScale A B (+ keep out): {@link #product} without the added matrix and the row scale. */
    static void plain(int lid, int n,
                      float[] a, int aBase, int aRow, int aCol, int aRows,
                      float[] b, int bBase, int bRow, int bCol, int bCols,
                      float accScale, float keep, float[] out, int outBase, int outRow, int outRows, int outCols) {
        product(lid, n, a, aBase, aRow, aCol, aRows, b, bBase, bRow, bCol, bCols, accScale, out, 0, 0, 0f,
                out, 0, 0, 0, keep, out, outBase, outRow, outRows, outCols);
    }
}
