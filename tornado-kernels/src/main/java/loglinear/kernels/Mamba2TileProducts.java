package loglinear.kernels;

import loglinear.jit.KernelContext;
import loglinear.jit.MmaLayout;

/**
 * The tile products of the Mamba-2 kernels on tensor cores. A 64 x 64 product is computed by the 8 warps of a
 * 256-wide work-group: warp w owns rows 16 (w / 2) .. + 15 and columns 32 (w % 2) .. + 31 of the tile, four
 * m16n8k8 n-tiles, in a private accumulator of 16 floats per work-item whose element e holds tile entry
 * ({@link #row}(lid, e), {@link #column}(lid, e)) ({@link MmaLayout}), through {@link #product}. Operands are read
 * either with the reduction index outermost (strides of 8 modulo 32, 72 for 64-wide tiles, keep the scalar fragment
 * loads free of shared-memory bank conflicts) or with it contiguous (strides of 4 modulo 32, 68: CUDA loads those
 * with {@code ldmatrix}, 8 rows of 16 bytes on distinct banks). The wide tiles ({@link #WIDE_N_TILES}) are the
 * shared shape of the kernels that place their warps themselves.
 * CUDA runs {@link KernelContext#mmaAccumulate} as three TF32 tensor-core products per step (float32-class
 * accuracy); OpenCL and the emulator as float fma chains in a 2 x 8 register block per work-item.
 */
final class Mamba2TileProducts {
    /** Elements of the accumulator of one work-item. */
    static final int ACC = 16;
    /** n-tiles of 8 columns per warp. */
    private static final int N_TILES = 4;
    /**
     * n-tiles of a wide warp tile, 16 x 64: a split A fragment serves eight n-tiles instead of four. The Mamba-2 sweep
     * and the segment end states use wide tiles, calling {@code KernelContext.mmaAccumulate} directly with their own
     * warp placement, and map element e with {@link MmaLayout#row}/{@code column}.
     */
    static final int WIDE_N_TILES = 8;
    /** Accumulator floats per work-item of a wide warp tile. */
    static final int WIDE_ACC = 4 * WIDE_N_TILES;
    /** Keys one pass of wide tiles covers: the two 64-key halves of a work-group's warps. */
    static final int KEY_SPAN = 128;
    /** Row stride of a staged 128-key block: 128 + 8 floats (fragment loads on 32 distinct banks). */
    static final int KEY_STRIDE = KEY_SPAN + 8;

    private Mamba2TileProducts() {}

    /** Tile row held by acc[e] of work-item lid: 16 (warp / 2) + lane / 4 + 8 ((e % 4) / 2). */
    static int row(int lid, int e) {
        return ((lid >> 6) << 4) + MmaLayout.row(lid & 31, e);
    }

    /** Tile column held by acc[e] of work-item lid: 32 (warp % 2) + 8 (e / 4) + 2 (lane % 4) + e % 2. */
    static int column(int lid, int e) {
        return (((lid >> 5) & 1) << 5) + MmaLayout.column(lid & 31, e);
    }

    /**
     * acc += sum_{p < steps} A[r, p] B[p, c] with A[r, p] = {@code a[aBase + r * aRowStride + p * aColStride]} and
     * B[p, c] = {@code b[bBase + p * bRowStride + c * bColStride]}. Operands with the reduction index contiguous
     * (aColStride or bRowStride 1) and row strides that are multiples of 4 are read on CUDA with {@code ldmatrix}.
     */
    static void product(KernelContext ctx, int lid, float[] acc, float[] a, int aBase, int aRowStride,
                        int aColStride, float[] b, int bBase, int bRowStride, int bColStride, int steps) {
        int warp = lid >> 5;
        ctx.mmaAccumulate(acc, N_TILES, a, aBase + ((warp >> 1) << 4) * aRowStride, aRowStride, aColStride, b,
                bBase + ((warp & 1) << 5) * bColStride, bRowStride, bColStride, steps);
    }
}
