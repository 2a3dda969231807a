package loglinear.kernels;

/**
 * The register-blocked tile products of the Mamba-2 kernels. A 64 x 64 product is computed by 256 work-items as
 * 16 x 16 blocks of 4 x 4: work-item (ty, tx) = (lid / 16, lid % 16) owns rows 4 ty + i and columns 4 tx + j,
 * i, j in 0..3, in a private accumulator acc[4 i + j]. The operands are stored with the reduction index outermost:
 * A[r, p] = {@code a[aBase + p * aStride + r]} and B[p, c] = {@code b[bBase + p * bStride + c]}, so that the four
 * rows (columns) a work-item reads at one reduction step are contiguous; with 16-byte aligned bases the CUDA
 * compiler reads each as one vector shared-memory load (2 loads per 16 multiply-adds). The callers pass the bases
 * already offset by 4 ty (A) and 4 tx (B). Every index is a compile-time constant after the constant-trip inner
 * loops are unrolled, so the accumulators stay in registers. Each product is its own small static method so that
 * it can become a tensor-core (MMA) call without touching the kernels.
 */
final class Mamba2TileProducts {
    private Mamba2TileProducts() {}

    /** acc[i][j] += sum_{p < steps} A[i, p] B[p, j] over the work-item's 4 x 4 block. */
    static void accumulate(float[] acc, float[] a, int aBase, int aStride, float[] b, int bBase, int bStride,
                           int steps) {
        float[] aReg = new float[4];
        float[] bReg = new float[4];
        for (int p = 0; p < steps; p++) {
            for (int i = 0; i < 4; i++) {
                aReg[i] = a[aBase + p * aStride + i];
            }
            for (int j = 0; j < 4; j++) {
                bReg[j] = b[bBase + p * bStride + j];
            }
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    acc[i * 4 + j] = Math.fma(aReg[i], bReg[j], acc[i * 4 + j]);
                }
            }
        }
    }
}
