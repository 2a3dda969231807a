package loglinear.jit.tools.async;

import loglinear.jit.KernelContext;

/**
 * Kernels of {@link AsyncCopyCheck}: a chain of tiles copied into local memory through a ring of three buffers,
 * two tiles ahead of their use, as a pipelined kernel does. Each tile holds {@link #TILE_ROWS} rows of
 * {@link #TILE_COLUMNS} floats, row r of tile i being row i * 16 + r of the source (row stride {@code stride}); the
 * columns c >= {@code width} must arrive as 0. Every work-item writes elements that other work-items copied, so a
 * missing wait or barrier shows.
 */
public final class AsyncCopyKernels {
    /** Rows of one tile. */
    public static final int TILE_ROWS = 16;
    /** Columns of one tile. */
    public static final int TILE_COLUMNS = 64;
    /** Work-items of a group. */
    public static final int GROUP_THREADS = 128;
    static final int TILE_FLOATS = TILE_ROWS * TILE_COLUMNS;

    private AsyncCopyKernels() {
    }

    /**
     * Global (128 * chains, 1, 1), local (128, 1, 1); chain c copies tiles c * tiles .. (c + 1) * tiles - 1 of src
     * into dst (16 x 64 each, dense), four floats per {@code asyncCopy4} when {@code vector} is 1 (stride a multiple
     * of 4), one per {@code asyncCopy} otherwise.
     */
    public static void copyTiles(KernelContext ctx, float[] src, float[] dst, int stride, int width, int tiles,
                                 int vector) {
        float[] ring = ctx.allocateFloatLocalArray(3 * TILE_FLOATS);
        int lid = ctx.localIdx;
        int first = ctx.groupIdx * tiles;
        issue(ctx, lid, ring, 0, src, first, stride, width, vector, tiles > 0);
        issue(ctx, lid, ring, TILE_FLOATS, src, first + 1, stride, width, vector, tiles > 1);
        for (int i = 0; i < tiles; i++) {
            // Tile i has landed once only tile i + 1's group may be pending; the barrier makes every work-item's
            // part visible and ends every read of the buffer that tile i + 2 refills (tile i - 1's).
            ctx.asyncWait(1);
            ctx.localBarrier();
            issue(ctx, lid, ring, ((i + 2) % 3) * TILE_FLOATS, src, first + i + 2, stride, width, vector,
                    i + 2 < tiles);
            int base = (i % 3) * TILE_FLOATS;
            for (int idx = lid; idx < TILE_FLOATS; idx += GROUP_THREADS) {
                int mirrored = TILE_FLOATS - 1 - idx;
                dst[(first + i) * TILE_FLOATS + mirrored] = ring[base + mirrored];
            }
        }
    }

    /** Issues and commits the copies of tile {@code tile} into ring[base ..]; an empty group when not wanted. */
    static void issue(KernelContext ctx, int lid, float[] ring, int base, float[] src, int tile, int stride, int width,
                      int vector, boolean wanted) {
        if (wanted) {
            if (vector != 0) {
                for (int quad = lid; quad < TILE_FLOATS / 4; quad += GROUP_THREADS) {
                    int row = quad / (TILE_COLUMNS / 4);
                    int column = (quad - row * (TILE_COLUMNS / 4)) * 4;
                    int count = Math.max(0, Math.min(4, width - column));
                    ctx.asyncCopy4(ring, base + row * TILE_COLUMNS + column, src,
                            (tile * TILE_ROWS + row) * stride + column, count);
                }
            } else {
                for (int idx = lid; idx < TILE_FLOATS; idx += GROUP_THREADS) {
                    int row = idx / TILE_COLUMNS;
                    int column = idx - row * TILE_COLUMNS;
                    ctx.asyncCopy(ring, base + idx, src, (tile * TILE_ROWS + row) * stride + column,
                            column < width ? 1 : 0);
                }
            }
        }
        ctx.asyncCommit();
    }

    /**
     * Global (128, 1, 1), local (128, 1, 1): work-item i copies the ints src[4i .. 4i + 3] with {@code asyncCopy4}
     * (count i % 5, the rest 0) into a local array, then writes the quad of work-item 127 - i to dst[4i ..].
     */
    public static void copyIntQuads(KernelContext ctx, int[] src, int[] dst) {
        int[] buffer = ctx.allocateIntLocalArray(4 * GROUP_THREADS);
        int lid = ctx.localIdx;
        ctx.asyncCopy4(buffer, 4 * lid, src, 4 * lid, lid % 5);
        ctx.asyncCommit();
        ctx.asyncWait(0);
        ctx.localBarrier();
        int other = GROUP_THREADS - 1 - lid;
        for (int i = 0; i < 4; i++) {
            dst[4 * other + i] = buffer[4 * other + i];
        }
    }

    /** Reads its buffer without waiting: on the emulator it sees what was there before the copy (0). */
    public static void readWithoutWait(KernelContext ctx, float[] src, float[] dst) {
        float[] buffer = ctx.allocateFloatLocalArray(GROUP_THREADS);
        int lid = ctx.localIdx;
        buffer[lid] = 0f;
        ctx.localBarrier();
        ctx.asyncCopy(buffer, lid, src, lid, 1);
        ctx.asyncCommit();
        dst[lid] = buffer[lid];
        ctx.asyncWait(0);
        dst[GROUP_THREADS + lid] = buffer[lid];
    }
}
