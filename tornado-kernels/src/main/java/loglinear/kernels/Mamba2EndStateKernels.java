package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.CHUNK;
import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;
import static loglinear.kernels.Mamba2Kernels.TILE;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;
import loglinear.jit.LaunchBounds;
import loglinear.jit.MmaLayout;

/**
 * Stage 1 of the masked form of the Mamba-2 forward ({@link Mamba2Kernels}; the sweep form gets the end states from
 * its walk over each segment, {@link Mamba2SweepKernels}): the end state of every segment,
 * E[b, h, sigma] = sum over tokens t of segment sigma of exp(Gs_end - Gs_t) k_t v_t^T (K x V, stored value-major),
 * as tensor-core tile products over blocks of {@link #TOKEN_STEP} tokens. A work-group computes E^T = V^T K for 64
 * values and {@link #KEY_SPAN} keys, so every value block is read once for 128 keys: warp w owns values 16 (w / 2)
 * .. + 15 and keys 64 (w % 2) .. + 63, eight m16n8k8 n-tiles in 32 accumulator floats, which reuses each split A
 * fragment (values) for eight n-tiles instead of four.
 *
 * <p>Pipeline. The key and value blocks come through asynchronous copies into a ring of {@link #STAGES} buffers,
 * two blocks ahead of the product. After its wait a work-item scales the value rows it copied itself by
 * exp(Gs_end - Gs_t) (their Gs loaded one block earlier), so one barrier per block makes the weighted block visible
 * and ends the product that last read the buffer refilled next.
 */
public final class Mamba2EndStateKernels {
    private Mamba2EndStateKernels() {}

    /** Tokens per block. */
    public static final int TOKEN_STEP = 32;
    /** Row stride of the staged 64-wide token tiles: 64 + 8 floats (fragment loads on distinct banks). */
    public static final int PADDED_TILE = TILE + 8;
    /** Buffers of the copy ring. */
    static final int STAGES = 3;
    /** Floats of one staged block. */
    static final int BLOCK_FLOATS = TOKEN_STEP * PADDED_TILE;
    /** Most copies per work-item of one block (single floats). */
    static final int MAX_COPIES = TOKEN_STEP * TILE / GROUP_THREADS;
    /** Keys one work-group covers: two warp columns of 64. */
    public static final int KEY_SPAN = Mamba2TileProducts.KEY_SPAN;
    /** Row stride of the staged key blocks (fragment loads on distinct banks). */
    static final int KEY_STRIDE = Mamba2TileProducts.KEY_STRIDE;
    /** Floats of one staged key block. */
    static final int KEY_BLOCK_FLOATS = TOKEN_STEP * KEY_STRIDE;
    /** n-tiles of 8 keys per warp. */
    static final int N_TILES = Mamba2TileProducts.WIDE_N_TILES;
    /** Accumulator floats per work-item. */
    static final int ACC = Mamba2TileProducts.WIDE_ACC;

    /**
     * Global (256 * keySpans * vTiles, B * H, segments), local (256, 1, 1), keySpans = ceil(K / 128); group
     * x = keySpan * vTiles + vTile. The heads of one segment are neighbours in the launch order, so their groups
     * share the key loads through L2. Two groups per multiprocessor (80 KB of local memory each).
     */
    @LaunchBounds(maxThreads = GROUP_THREADS, minGroupsPerMultiprocessor = 2)
    public static void segmentEndStates(KernelContext ctx, float[] k, float[] v, float[] gs, float[] endStates,
                                        int length, int heads, int headsPerGroup, int groups, int keyDim,
                                        int valueDim, int segmentLog2, int numSegments, int paddedLength,
                                        int vTiles) {
        float[] keyTiles = ctx.allocateFloatLocalArray(STAGES * KEY_BLOCK_FLOATS);
        float[] valueTiles = ctx.allocateFloatLocalArray(STAGES * BLOCK_FLOATS);
        float[] acc = new float[ACC];
        float[] rowWeights = new float[MAX_COPIES];
        int lid = ctx.localIdx;
        int warp = lid >> 5;
        int keySpan = ctx.groupIdx / vTiles;
        int vTile = ctx.groupIdx - keySpan * vTiles;
        int bh = ctx.groupIdy;
        int segment = ctx.groupIdz;
        int b = bh / heads;
        int h = bh - b * heads;
        int grp = h / headsPerGroup;
        int segmentLength = CHUNK << segmentLog2;
        int firstToken = segment * segmentLength;
        int gsBase = bh * paddedLength;
        float gEnd = gs[gsBase + firstToken + segmentLength - 1];
        int keyOrigin = (b * length * groups + grp) * keyDim;
        int keyRowStride = groups * keyDim;
        int valueOrigin = (b * length * heads + h) * valueDim;
        int valueRowStride = heads * valueDim;
        boolean valueQuads = AsyncTiles.quads(valueOrigin, valueRowStride, vTile * TILE);
        int valueCopies = AsyncTiles.copiesPerItem(TOKEN_STEP, valueQuads);
        for (int e = 0; e < ACC; e++) {
            acc[e] = 0f;
        }
        int blocks = (Math.min(firstToken + segmentLength, length) - firstToken + TOKEN_STEP - 1) / TOKEN_STEP;
        // Prologue: blocks 0 and 1 in flight (one group each, empty past the last block); Gs of block 0's own rows.
        for (int n = 0; n < 2; n++) {
            if (n < blocks) {
                issueBlock(ctx, lid, keyTiles, valueTiles, n, k, v, firstToken + n * TOKEN_STEP, length, keyOrigin,
                        keyRowStride, valueOrigin, valueRowStride, keySpan, vTile, keyDim, valueDim);
            }
            ctx.asyncCommit();
        }
        loadRowWeights(rowWeights, lid, gs, gsBase, gEnd, firstToken, length, valueCopies, valueQuads);
        for (int n = 0; n < blocks; n++) {
            int base = (n % STAGES) * BLOCK_FLOATS;
            // Block n has landed once only block n + 1's group may be pending. Weight the value rows this work-item
            // copied: valueTiles[r][vc] *= exp(Gs_end - Gs_t), t = block start + r.
            ctx.asyncWait(1);
            // (Loops over constant bounds, so that rowWeights stays in registers.)
            for (int u = 0; u < MAX_COPIES; u++) {
                if (u < valueCopies) {
                    int at = base + AsyncTiles.ownedRow(lid, u, valueQuads) * PADDED_TILE
                            + AsyncTiles.ownedColumn(lid, u, valueQuads);
                    for (int i = 0; i < 4; i++) {
                        if (i == 0 || valueQuads) {
                            valueTiles[at + i] = rowWeights[u] * valueTiles[at + i];
                        }
                    }
                }
            }
            loadRowWeights(rowWeights, lid, gs, gsBase, gEnd, firstToken + (n + 1) * TOKEN_STEP, length, valueCopies,
                    valueQuads);
            // Every part of block n is weighted and visible; the product of block n - 1 has ended, so its buffer
            // takes block n + 2.
            ctx.localBarrier();
            if (n + 2 < blocks) {
                issueBlock(ctx, lid, keyTiles, valueTiles, (n + 2) % STAGES, k, v, firstToken + (n + 2) * TOKEN_STEP,
                        length, keyOrigin, keyRowStride, valueOrigin, valueRowStride, keySpan, vTile, keyDim,
                        valueDim);
            }
            ctx.asyncCommit();
            // E^T += (w V_block)^T K_block: A[vc, r] = valueTiles[base + r * 72 + vc],
            // B[r, kc] = keyTiles[keyBase + r * 136 + kc].
            ctx.mmaAccumulate(acc, N_TILES, valueTiles, base + ((warp >> 1) << 4), 1, PADDED_TILE, keyTiles,
                    (n % STAGES) * KEY_BLOCK_FLOATS + ((warp & 1) << 6), KEY_STRIDE, 1, TOKEN_STEP);
        }
        // E is stored value-major, E[v][k] (see STATE_LAYOUT): acc[e] holds E^T's row vv, column kk.
        int stateBase = (bh * numSegments + segment) * keyDim * valueDim;
        for (int e = 0; e < ACC; e++) {
            int vv = vTile * TILE + ((warp >> 1) << 4) + MmaLayout.row(lid & 31, e);
            int kk = keySpan * KEY_SPAN + ((warp & 1) << 6) + MmaLayout.column(lid & 31, e);
            if (kk < keyDim && vv < valueDim) {
                endStates[stateBase + vv * keyDim + kk] = acc[e];
            }
        }
    }

    /**
     * Issues (no commit) the key block (128 keys, as two 64-wide halves) and the value block of tokens tb .. tb + 31
     * into ring buffer {@code stage}.
     */
    static void issueBlock(KernelContext ctx, int lid, float[] keyTiles, float[] valueTiles, int stage, float[] k,
                           float[] v, int tb, int length, int keyOrigin, int keyRowStride, int valueOrigin,
                           int valueRowStride, int keySpan, int vTile, int keyDim, int valueDim) {
        int rows = Math.min(TOKEN_STEP, length - tb);
        int keyBase = stage * KEY_BLOCK_FLOATS;
        for (int half = 0; half < 2; half++) {
            AsyncTiles.issueBlock(ctx, lid, keyTiles, keyBase + half * TILE, KEY_STRIDE, TOKEN_STEP, k,
                    keyOrigin + tb * keyRowStride, keyRowStride, rows, keySpan * KEY_SPAN + half * TILE, keyDim);
        }
        AsyncTiles.issueBlock(ctx, lid, valueTiles, stage * BLOCK_FLOATS, PADDED_TILE, TOKEN_STEP, v,
                valueOrigin + tb * valueRowStride, valueRowStride, rows, vTile * TILE, valueDim);
    }

    /** rowWeights[u] = exp(Gs_end - Gs_t) for the row t of the work-item's value copy u in the block at tb. */
    static void loadRowWeights(float[] rowWeights, int lid, float[] gs, int gsBase, float gEnd, int tb, int length,
                               int valueCopies, boolean valueQuads) {
        for (int u = 0; u < MAX_COPIES; u++) {
            int t = tb + AsyncTiles.ownedRow(lid, u, valueQuads);
            float weight = 0f;
            if (u < valueCopies && t < length) {
                weight = KernelMath.exp(gEnd - gs[gsBase + t]);
            }
            rowWeights[u] = weight;
        }
    }
}
