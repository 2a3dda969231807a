package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;
import static loglinear.kernels.Mamba2Kernels.TILE;

import loglinear.jit.KernelContext;

/**
 * Asynchronous staging of 64-column row blocks into local tiles ({@code KernelContext.asyncCopy4} /
 * {@code asyncCopy}, {@code cp.async} on CUDA), shared by the pipelined Mamba-2 kernels. Which work-item copies which
 * elements is fixed ({@link #ownedRow}), so a work-item may rescale what it copied right after its own wait, before
 * any barrier.
 */
final class AsyncTiles {
    private AsyncTiles() {}

    /** Whether the block at {@code origin} (row stride {@code rowStride}, first column {@code c0}) moves in quads. */
    static boolean quads(int origin, int rowStride, int c0) {
        return ((origin | rowStride | c0) & 3) == 0;
    }

    /** Copies per work-item of a block of {@code tileRows} rows: quads of four floats or single floats. */
    static int copiesPerItem(int tileRows, boolean quads) {
        return quads ? tileRows * TILE / 4 / GROUP_THREADS : tileRows * TILE / GROUP_THREADS;
    }

    /** Block row of work-item {@code lid}'s copy {@code u}. */
    static int ownedRow(int lid, int u, boolean quads) {
        int item = lid + u * GROUP_THREADS;
        return quads ? item >> 4 : item >> 6;
    }

    /** First block column of work-item {@code lid}'s copy {@code u} (it covers 4 columns as a quad, else 1). */
    static int ownedColumn(int lid, int u, boolean quads) {
        int item = lid + u * GROUP_THREADS;
        return quads ? (item & 15) * 4 : item & 63;
    }

    /**
     * Issues the copies of x[origin + row * rowStride + c0 + c] into tile[base + row * tileStride + c] for row <
     * tileRows, c < 64 (no commit); 0 lands where row >= rows or c0 + c >= columns. Quads when {@link #quads} allows
     * (tileStride and base must then be multiples of 4), single floats otherwise; a warp covers whole 256-byte rows.
     */
    static void issueBlock(KernelContext ctx, int lid, float[] tile, int base, int tileStride, int tileRows,
                           float[] x, int origin, int rowStride, int rows, int c0, int columns) {
        // Two loops with bounds that are constants once the call is inlined, so that they unroll.
        if (quads(origin, rowStride, c0)) {
            for (int u = 0; u < tileRows * TILE / 4 / GROUP_THREADS; u++) {
                int row = ownedRow(lid, u, true);
                int c = ownedColumn(lid, u, true);
                int count = 0;
                if (row < rows) {
                    count = Math.max(0, Math.min(4, columns - c0 - c));
                }
                ctx.asyncCopy4(tile, base + row * tileStride + c, x, origin + row * rowStride + c0 + c, count);
            }
        } else {
            for (int u = 0; u < tileRows * TILE / GROUP_THREADS; u++) {
                int row = ownedRow(lid, u, false);
                int c = ownedColumn(lid, u, false);
                ctx.asyncCopy(tile, base + row * tileStride + c, x, origin + row * rowStride + c0 + c,
                        row < rows && c0 + c < columns ? 1 : 0);
            }
        }
    }
}
