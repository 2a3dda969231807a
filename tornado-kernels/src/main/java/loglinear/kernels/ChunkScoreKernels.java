package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.CHUNK;
import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;
import static loglinear.kernels.Mamba2SweepKernels.K_SLICE;
import static loglinear.kernels.Mamba2SweepKernels.SLICE_STRIDE;

import loglinear.jit.KernelContext;
import loglinear.jit.LaunchBounds;

/**
 * The raw intra-chunk products X_c Y_c^T (64 x 64, reduced over K) of every chunk, once per (b, q/k group) instead of
 * once per head: every head of a group reads the same q and k. The Mamba-2 sweep
 * ({@link Mamba2SweepKernels#segmentSweepOutput}) loads its chunks' scores Q K^T, and the block between the two
 * chunks of a pair ({@link #pairCrossScores}), from here and applies its own mask, decays and lambda; the GDN
 * kernels ({@link GdnKernels#chunkSweep}, {@link GdnSegmentKernels#segmentSummaries}) load K K^T and Q K^T. At the
 * paper's shape (48 heads, one group) this takes 1.05 MFLOP per product, chunk and head off the sequential walks,
 * for 16 KB per chunk and group.
 */
public final class ChunkScoreKernels {
    private ChunkScoreKernels() {}

    /** Floats of one chunk's scores. */
    public static final int SCORE_FLOATS = CHUNK * CHUNK;

    /**
     * Global (256, chunks, B * G), local (256, 1, 1): scores[((b G + g) chunks + c) 4096 + a 64 + j] =
     * sum_k x[b, 64 c + a, g, k] y[b, 64 c + j, g, k] for x, y laid out as q/k [B, T, G, K], rows and columns past
     * T read as 0.
     */
    @LaunchBounds(maxThreads = GROUP_THREADS, minGroupsPerMultiprocessor = 2)
    public static void chunkScores(KernelContext ctx, float[] x, float[] y, float[] scores, int length, int groups,
                                   int keyDim, int chunks) {
        float[] queryTile = ctx.allocateFloatLocalArray(CHUNK * SLICE_STRIDE);
        float[] keyTile = ctx.allocateFloatLocalArray(CHUNK * SLICE_STRIDE);
        int chunk = ctx.groupIdy;
        int bg = ctx.groupIdz;
        scoreTile(ctx, x, y, scores, (bg * chunks + chunk) * SCORE_FLOATS, bg, chunk * CHUNK, chunk * CHUNK, length,
                groups, keyDim, queryTile, keyTile);
    }

    /**
     * Global (256, pairs, B * G), local (256, 1, 1), pairs = chunks / 2: the products between the two chunks of each
     * aligned pair (2p, 2p + 1), scores[((b G + g) pairs + p) 4096 + a 64 + j] = sum_k x[b, 64 (2p + 1) + a, g, k]
     * y[b, 64 (2p) + j, g, k]: the block below the diagonal of the pair's 128 x 128 product, which the Mamba-2 sweep
     * reads when it steps two chunks at a time.
     */
    @LaunchBounds(maxThreads = GROUP_THREADS, minGroupsPerMultiprocessor = 2)
    public static void pairCrossScores(KernelContext ctx, float[] x, float[] y, float[] scores, int length,
                                       int groups, int keyDim, int pairs) {
        float[] queryTile = ctx.allocateFloatLocalArray(CHUNK * SLICE_STRIDE);
        float[] keyTile = ctx.allocateFloatLocalArray(CHUNK * SLICE_STRIDE);
        int pair = ctx.groupIdy;
        int bg = ctx.groupIdz;
        scoreTile(ctx, x, y, scores, (bg * pairs + pair) * SCORE_FLOATS, bg, (2 * pair + 1) * CHUNK,
                2 * pair * CHUNK, length, groups, keyDim, queryTile, keyTile);
    }

    /**
     * scores[base + a 64 + j] = sum_k x[b, queryStart + a, g, k] y[b, keyStart + j, g, k] (bg = b G + g), rows past
     * T read as 0.
     */
    static void scoreTile(KernelContext ctx, float[] x, float[] y, float[] scores, int base, int bg, int queryStart,
                          int keyStart, int length, int groups, int keyDim, float[] queryTile, float[] keyTile) {
        int lid = ctx.localIdx;
        int b = bg / groups;
        int grp = bg - b * groups;
        int qkBase = (b * length * groups + grp) * keyDim;
        int qkRowStride = groups * keyDim;
        int queryRows = Math.max(0, Math.min(CHUNK, length - queryStart));
        int keyRows = Math.max(0, Math.min(CHUNK, length - keyStart));
        float[] score = new float[Mamba2TileProducts.ACC];
        for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
            score[e] = 0f;
        }
        // Step 1, per K slice: S += X Y^T (B[kc, j] = keyTile[j * 68 + kc]).
        for (int k0 = 0; k0 < keyDim; k0 += K_SLICE) {
            Mamba2SweepKernels.stageRowBlock(lid, x, queryTile, 0, SLICE_STRIDE, queryStart, queryRows, qkBase,
                    qkRowStride, k0, keyDim);
            Mamba2SweepKernels.stageRowBlock(lid, y, keyTile, 0, SLICE_STRIDE, keyStart, keyRows, qkBase,
                    qkRowStride, k0, keyDim);
            ctx.localBarrier();
            Mamba2TileProducts.product(ctx, lid, score, queryTile, 0, SLICE_STRIDE, 1, keyTile, 0, 1, SLICE_STRIDE,
                    K_SLICE);
            ctx.localBarrier();
        }
        // Step 2, store the tile row-major.
        for (int e = 0; e < Mamba2TileProducts.ACC; e++) {
            scores[base + Mamba2TileProducts.row(lid, e) * CHUNK + Mamba2TileProducts.column(lid, e)] = score[e];
        }
    }

    /** Copies the 64 x 64 products of one chunk (base from {@link #chunkScores}' layout) into tile[a 64 + j]. */
    static void loadChunkScores(int lid, float[] scores, int base, float[] tile) {
        for (int idx = lid; idx < SCORE_FLOATS; idx += GROUP_THREADS) {
            tile[idx] = scores[base + idx];
        }
    }
}
