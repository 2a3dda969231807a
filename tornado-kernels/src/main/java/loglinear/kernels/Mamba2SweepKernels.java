package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.CHUNK;
import static loglinear.kernels.Mamba2Kernels.CHUNK_LEVELS;
import static loglinear.kernels.Mamba2Kernels.CHUNK_LOG2;
import static loglinear.kernels.Mamba2Kernels.GROUP_THREADS;
import static loglinear.kernels.Mamba2Kernels.K_STEP;
import static loglinear.kernels.Mamba2Kernels.PADDED_ROW;
import static loglinear.kernels.Mamba2Kernels.TILE;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;

/**
 * Stage 3 as a sweep inside each segment (the level-fused chunk sweep of spec section 5, restricted to one
 * segment): one work-group per (b, h, segment, V tile) walks the segment's chunks in order, keeping the in-segment
 * Fenwick states F[0..s] (K x 64 each) in a global scratch area of its own. Per chunk it costs one intra-chunk tile
 * pair, popcount(r) state reads and one K^T V write, instead of the (r + 1) tile pairs of
 * {@link Mamba2Kernels#chunkOutput}; the price is a sequential walk of 2^s chunks per group and
 * B H segments (s + 1) K 64 floats of scratch.
 *
 * <p>Decays are applied lazily: {@code pending[l]} is the sum of g over the chunks since F[l] was last written, so a
 * chunk step adds the chunk total to the scalars instead of rescaling every state, and exp(pending[l]) is folded into
 * the read weight and the carry.
 */
public final class Mamba2SweepKernels {
    private Mamba2SweepKernels() {}

    /** Largest number of in-segment Fenwick states (segments of up to 2^8 chunks). */
    public static final int MAX_LOCAL_LEVELS = 16;

    /**
     * Global (256 * vTiles, segments, B * H), local (256, 1, 1). {@code levelStates} holds, per group
     * ((bh * segments + segment) * vTiles + vTile), (s + 1) states of K x 64 floats.
     */
    public static void segmentSweepOutput(KernelContext ctx, float[] q, float[] k, float[] v, float[] lambda,
                                          float[] gs, float[] readStates, int[] readOffsets, float[] levelStates,
                                          float[] o, int length, int heads, int headsPerGroup, int groups,
                                          int keyDim, int valueDim, int lambdaLevels, int segmentLog2,
                                          int paddedLength, int readsPerHead, int useLambda, float scale,
                                          int chunks, int segments, int segmentBase) {
        float[] queryTile = ctx.allocateFloatLocalArray(CHUNK * K_STEP);
        float[] keyTile = ctx.allocateFloatLocalArray(PADDED_ROW * K_STEP);
        float[] scoreTile = ctx.allocateFloatLocalArray(CHUNK * CHUNK);
        float[] valueTile = ctx.allocateFloatLocalArray(CHUNK * TILE);
        float[] queryGs = ctx.allocateFloatLocalArray(CHUNK);
        float[] chunkLambda = ctx.allocateFloatLocalArray(CHUNK * CHUNK_LEVELS);
        float[] rowWeight = ctx.allocateFloatLocalArray(CHUNK);

        int lid = ctx.localIdx;
        int ty = lid / 16;
        int tx = lid - ty * 16;
        int vTile = ctx.groupIdx;
        int segment = ctx.groupIdy;
        int bh = ctx.groupIdz;
        int vTiles = ctx.globalGroupSizeX / GROUP_THREADS;
        int b = bh / heads;
        int h = bh - b * heads;
        int grp = h / headsPerGroup;
        int gsBase = bh * paddedLength;
        int firstChunk = segment << segmentLog2;
        int chunksHere = Math.min(1 << segmentLog2, chunks - firstChunk);
        int stateSize = keyDim * TILE;
        int scratchBase = ((bh * segments + segment) * vTiles + vTile) * (segmentLog2 + 1) * stateSize;

        float[] pending = new float[MAX_LOCAL_LEVELS];
        for (int l = 0; l < MAX_LOCAL_LEVELS; l++) {
            pending[l] = 0f;
        }

        for (int r = 0; r < chunksHere; r++) {
            int chunk = firstChunk + r;
            int queryStart = chunk * CHUNK;
            float gsBefore = 0f;
            if (r > 0) {
                gsBefore = gs[gsBase + queryStart - 1];
            }
            // Step a, Fenwick carry before chunk r > 0: F[m+1] = sum_{l <= m} exp(pending[l]) F[l], m = ntz(r).
            if (r > 0) {
                int m = Integer.numberOfTrailingZeros(r);
                for (int idx = lid; idx < stateSize; idx += GROUP_THREADS) {
                    float sum = 0f;
                    for (int l = 0; l <= m; l++) {
                        sum += KernelMath.exp(pending[l]) * levelStates[scratchBase + l * stateSize + idx];
                    }
                    levelStates[scratchBase + (m + 1) * stateSize + idx] = sum;
                }
                pending[m + 1] = 0f;
            }
            // Per-row data: segment-local Gs_t and lambda[t, 0..6].
            if (lid < CHUNK) {
                queryGs[lid] = gs[gsBase + queryStart + lid];
            }
            for (int idx = lid; idx < CHUNK * CHUNK_LEVELS; idx += GROUP_THREADS) {
                int a = idx / CHUNK_LEVELS;
                int l = idx - a * CHUNK_LEVELS;
                int t = queryStart + a;
                float weight = 1f;
                if (useLambda != 0 && t < length && l < lambdaLevels) {
                    weight = lambda[((b * length + t) * heads + h) * lambdaLevels + l];
                }
                chunkLambda[idx] = weight;
            }
            float o00 = 0f; float o01 = 0f; float o02 = 0f; float o03 = 0f;
            float o10 = 0f; float o11 = 0f; float o12 = 0f; float o13 = 0f;
            float o20 = 0f; float o21 = 0f; float o22 = 0f; float o23 = 0f;
            float o30 = 0f; float o31 = 0f; float o32 = 0f; float o33 = 0f;
            float p00 = 0f; float p01 = 0f; float p02 = 0f; float p03 = 0f;
            float p10 = 0f; float p11 = 0f; float p12 = 0f; float p13 = 0f;
            float p20 = 0f; float p21 = 0f; float p22 = 0f; float p23 = 0f;
            float p30 = 0f; float p31 = 0f; float p32 = 0f; float p33 = 0f;
            ctx.localBarrier();

            // Step b1, intra-chunk scores P = Q K^T over K in steps of 16.
            for (int k0 = 0; k0 < keyDim; k0 += K_STEP) {
                for (int idx = lid; idx < CHUNK * K_STEP; idx += GROUP_THREADS) {
                    int row = idx / K_STEP;
                    int kc = idx - row * K_STEP;
                    int kk = k0 + kc;
                    int t = queryStart + row;
                    float qx = 0f;
                    float kx = 0f;
                    if (kk < keyDim && t < length) {
                        int at = ((b * length + t) * groups + grp) * keyDim + kk;
                        qx = q[at];
                        kx = k[at];
                    }
                    queryTile[idx] = qx;
                    keyTile[kc * PADDED_ROW + row] = kx;
                }
                ctx.localBarrier();
                for (int kc = 0; kc < K_STEP; kc++) {
                    float x0 = queryTile[(ty + 0) * K_STEP + kc];
                    float x1 = queryTile[(ty + 16) * K_STEP + kc];
                    float x2 = queryTile[(ty + 32) * K_STEP + kc];
                    float x3 = queryTile[(ty + 48) * K_STEP + kc];
                    float y0 = keyTile[kc * PADDED_ROW + tx + 0];
                    float y1 = keyTile[kc * PADDED_ROW + tx + 16];
                    float y2 = keyTile[kc * PADDED_ROW + tx + 32];
                    float y3 = keyTile[kc * PADDED_ROW + tx + 48];
                    p00 = Math.fma(x0, y0, p00); p01 = Math.fma(x0, y1, p01);
                    p02 = Math.fma(x0, y2, p02); p03 = Math.fma(x0, y3, p03);
                    p10 = Math.fma(x1, y0, p10); p11 = Math.fma(x1, y1, p11);
                    p12 = Math.fma(x1, y2, p12); p13 = Math.fma(x1, y3, p13);
                    p20 = Math.fma(x2, y0, p20); p21 = Math.fma(x2, y1, p21);
                    p22 = Math.fma(x2, y2, p22); p23 = Math.fma(x2, y3, p23);
                    p30 = Math.fma(x3, y0, p30); p31 = Math.fma(x3, y1, p31);
                    p32 = Math.fma(x3, y2, p32); p33 = Math.fma(x3, y3, p33);
                }
                ctx.localBarrier();
            }
            scoreTile[(ty + 0) * CHUNK + tx + 0] = p00;
            scoreTile[(ty + 0) * CHUNK + tx + 16] = p01;
            scoreTile[(ty + 0) * CHUNK + tx + 32] = p02;
            scoreTile[(ty + 0) * CHUNK + tx + 48] = p03;
            scoreTile[(ty + 16) * CHUNK + tx + 0] = p10;
            scoreTile[(ty + 16) * CHUNK + tx + 16] = p11;
            scoreTile[(ty + 16) * CHUNK + tx + 32] = p12;
            scoreTile[(ty + 16) * CHUNK + tx + 48] = p13;
            scoreTile[(ty + 32) * CHUNK + tx + 0] = p20;
            scoreTile[(ty + 32) * CHUNK + tx + 16] = p21;
            scoreTile[(ty + 32) * CHUNK + tx + 32] = p22;
            scoreTile[(ty + 32) * CHUNK + tx + 48] = p23;
            scoreTile[(ty + 48) * CHUNK + tx + 0] = p30;
            scoreTile[(ty + 48) * CHUNK + tx + 16] = p31;
            scoreTile[(ty + 48) * CHUNK + tx + 32] = p32;
            scoreTile[(ty + 48) * CHUNK + tx + 48] = p33;
            // Step b2, mask before exp, decay exp(Gl[a] - Gl[b]) = exp(Gs[a] - Gs[b]), lambda[t, level(a, b)].
            for (int i = 0; i < 4; i++) {
                int a = ty + 16 * i;
                for (int j = 0; j < 4; j++) {
                    int bc = tx + 16 * j;
                    float weighted = 0f;
                    if (bc <= a) {
                        int pairLevel = 32 - Integer.numberOfLeadingZeros(a ^ bc);
                        weighted = scoreTile[a * CHUNK + bc] * chunkLambda[a * CHUNK_LEVELS + pairLevel]
                                * KernelMath.exp(queryGs[a] - queryGs[bc]);
                    }
                    scoreTile[a * CHUNK + bc] = weighted;
                }
            }
            for (int idx = lid; idx < CHUNK * TILE; idx += GROUP_THREADS) {
                int row = idx / TILE;
                int vv = vTile * TILE + idx - row * TILE;
                int t = queryStart + row;
                float vx = 0f;
                if (vv < valueDim && t < length) {
                    vx = v[((b * length + t) * heads + h) * valueDim + vv];
                }
                valueTile[idx] = vx;
            }
            ctx.localBarrier();
            // Step b3, O = P V.
            for (int kb = 0; kb < CHUNK; kb++) {
                float x0 = scoreTile[(ty + 0) * CHUNK + kb];
                float x1 = scoreTile[(ty + 16) * CHUNK + kb];
                float x2 = scoreTile[(ty + 32) * CHUNK + kb];
                float x3 = scoreTile[(ty + 48) * CHUNK + kb];
                float y0 = valueTile[kb * TILE + tx + 0];
                float y1 = valueTile[kb * TILE + tx + 16];
                float y2 = valueTile[kb * TILE + tx + 32];
                float y3 = valueTile[kb * TILE + tx + 48];
                o00 = Math.fma(x0, y0, o00); o01 = Math.fma(x0, y1, o01);
                o02 = Math.fma(x0, y2, o02); o03 = Math.fma(x0, y3, o03);
                o10 = Math.fma(x1, y0, o10); o11 = Math.fma(x1, y1, o11);
                o12 = Math.fma(x1, y2, o12); o13 = Math.fma(x1, y3, o13);
                o20 = Math.fma(x2, y0, o20); o21 = Math.fma(x2, y1, o21);
                o22 = Math.fma(x2, y2, o22); o23 = Math.fma(x2, y3, o23);
                o30 = Math.fma(x3, y0, o30); o31 = Math.fma(x3, y1, o31);
                o32 = Math.fma(x3, y2, o32); o33 = Math.fma(x3, y3, o33);
            }
            ctx.localBarrier();

            // Step b4, reads of the in-segment states: O += lambda[t, 7 + j] exp(Gl_t + pending[j+1]) Q F[j+1]
            // for each set bit j of r, and of the segment-level states: O += lambda[t, 7 + s + j] exp(Gs_t) Q R_j
            // for each set bit j of the global segment index segmentBase + segment.
            int inSegmentBits = r;
            int segmentBits = segmentBase + segment;
            int localLevel = 0;
            int segmentLevel = 0;
            int slot = readOffsets[segment] + segment * Integer.bitCount(segmentBase);
            while (inSegmentBits != 0 || segmentBits != 0) {
                boolean fromSegment = inSegmentBits == 0;
                boolean active = fromSegment ? (segmentBits & 1) != 0 : (inSegmentBits & 1) != 0;
                if (active) {
                    p00 = 0f; p01 = 0f; p02 = 0f; p03 = 0f;
                    p10 = 0f; p11 = 0f; p12 = 0f; p13 = 0f;
                    p20 = 0f; p21 = 0f; p22 = 0f; p23 = 0f;
                    p30 = 0f; p31 = 0f; p32 = 0f; p33 = 0f;
                    for (int k0 = 0; k0 < keyDim; k0 += K_STEP) {
                        for (int idx = lid; idx < CHUNK * K_STEP; idx += GROUP_THREADS) {
                            int row = idx / K_STEP;
                            int kk = k0 + idx - row * K_STEP;
                            int t = queryStart + row;
                            float qx = 0f;
                            if (kk < keyDim && t < length) {
                                qx = q[((b * length + t) * groups + grp) * keyDim + kk];
                            }
                            queryTile[idx] = qx;
                            int stateRow = idx / TILE;
                            int stateCol = idx - stateRow * TILE;
                            int sk = k0 + stateRow;
                            int sv = vTile * TILE + stateCol;
                            float rx = 0f;
                            if (sk < keyDim && sv < valueDim) {
                                if (fromSegment) {
                                    int stateBase = (bh * readsPerHead + slot) * keyDim * valueDim;
                                    rx = readStates[stateBase + sk * valueDim + sv];
                                } else {
                                    rx = levelStates[scratchBase + (localLevel + 1) * stateSize + sk * TILE + stateCol];
                                }
                            }
                            keyTile[stateRow * PADDED_ROW + stateCol] = rx;
                        }
                        ctx.localBarrier();
                        for (int kc = 0; kc < K_STEP; kc++) {
                            float x0 = queryTile[(ty + 0) * K_STEP + kc];
                            float x1 = queryTile[(ty + 16) * K_STEP + kc];
                            float x2 = queryTile[(ty + 32) * K_STEP + kc];
                            float x3 = queryTile[(ty + 48) * K_STEP + kc];
                            float y0 = keyTile[kc * PADDED_ROW + tx + 0];
                            float y1 = keyTile[kc * PADDED_ROW + tx + 16];
                            float y2 = keyTile[kc * PADDED_ROW + tx + 32];
                            float y3 = keyTile[kc * PADDED_ROW + tx + 48];
                            p00 = Math.fma(x0, y0, p00); p01 = Math.fma(x0, y1, p01);
                            p02 = Math.fma(x0, y2, p02); p03 = Math.fma(x0, y3, p03);
                            p10 = Math.fma(x1, y0, p10); p11 = Math.fma(x1, y1, p11);
                            p12 = Math.fma(x1, y2, p12); p13 = Math.fma(x1, y3, p13);
                            p20 = Math.fma(x2, y0, p20); p21 = Math.fma(x2, y1, p21);
                            p22 = Math.fma(x2, y2, p22); p23 = Math.fma(x2, y3, p23);
                            p30 = Math.fma(x3, y0, p30); p31 = Math.fma(x3, y1, p31);
                            p32 = Math.fma(x3, y2, p32); p33 = Math.fma(x3, y3, p33);
                        }
                        ctx.localBarrier();
                    }
                    int readLevel = fromSegment ? CHUNK_LOG2 + 1 + segmentLog2 + segmentLevel
                            : CHUNK_LOG2 + 1 + localLevel;
                    if (lid < CHUNK) {
                        int t = queryStart + lid;
                        float weight = 0f;
                        if (t < length) {
                            if (fromSegment) {
                                weight = KernelMath.exp(queryGs[lid]);
                            } else {
                                weight = KernelMath.exp(queryGs[lid] - gsBefore + pending[localLevel + 1]);
                            }
                            if (useLambda != 0) {
                                weight = weight * lambda[((b * length + t) * heads + h) * lambdaLevels + readLevel];
                            }
                        }
                        rowWeight[lid] = weight;
                    }
                    ctx.localBarrier();
                    float w0 = rowWeight[ty + 0];
                    float w1 = rowWeight[ty + 16];
                    float w2 = rowWeight[ty + 32];
                    float w3 = rowWeight[ty + 48];
                    o00 = Math.fma(w0, p00, o00);
                    o01 = Math.fma(w0, p01, o01);
                    o02 = Math.fma(w0, p02, o02);
                    o03 = Math.fma(w0, p03, o03);
                    o10 = Math.fma(w1, p10, o10);
                    o11 = Math.fma(w1, p11, o11);
                    o12 = Math.fma(w1, p12, o12);
                    o13 = Math.fma(w1, p13, o13);
                    o20 = Math.fma(w2, p20, o20);
                    o21 = Math.fma(w2, p21, o21);
                    o22 = Math.fma(w2, p22, o22);
                    o23 = Math.fma(w2, p23, o23);
                    o30 = Math.fma(w3, p30, o30);
                    o31 = Math.fma(w3, p31, o31);
                    o32 = Math.fma(w3, p32, o32);
                    o33 = Math.fma(w3, p33, o33);
                    ctx.localBarrier();
                }
                if (fromSegment) {
                    if (active) {
                        slot = slot + 1;
                    }
                    segmentBits = segmentBits >>> 1;
                    segmentLevel = segmentLevel + 1;
                } else {
                    inSegmentBits = inSegmentBits >>> 1;
                    localLevel = localLevel + 1;
                }
            }

            // Step b5, o = scale * O for rows t < T.
            int t0 = queryStart + ty;
            int vv0 = vTile * TILE + tx;
            int outRow0 = ((b * length + t0 + 0) * heads + h) * valueDim;
            int outRow1 = ((b * length + t0 + 16) * heads + h) * valueDim;
            int outRow2 = ((b * length + t0 + 32) * heads + h) * valueDim;
            int outRow3 = ((b * length + t0 + 48) * heads + h) * valueDim;
            if (t0 + 0 < length && vv0 + 0 < valueDim) { o[outRow0 + vv0 + 0] = scale * o00; }
            if (t0 + 0 < length && vv0 + 16 < valueDim) { o[outRow0 + vv0 + 16] = scale * o01; }
            if (t0 + 0 < length && vv0 + 32 < valueDim) { o[outRow0 + vv0 + 32] = scale * o02; }
            if (t0 + 0 < length && vv0 + 48 < valueDim) { o[outRow0 + vv0 + 48] = scale * o03; }
            if (t0 + 16 < length && vv0 + 0 < valueDim) { o[outRow1 + vv0 + 0] = scale * o10; }
            if (t0 + 16 < length && vv0 + 16 < valueDim) { o[outRow1 + vv0 + 16] = scale * o11; }
            if (t0 + 16 < length && vv0 + 32 < valueDim) { o[outRow1 + vv0 + 32] = scale * o12; }
            if (t0 + 16 < length && vv0 + 48 < valueDim) { o[outRow1 + vv0 + 48] = scale * o13; }
            if (t0 + 32 < length && vv0 + 0 < valueDim) { o[outRow2 + vv0 + 0] = scale * o20; }
            if (t0 + 32 < length && vv0 + 16 < valueDim) { o[outRow2 + vv0 + 16] = scale * o21; }
            if (t0 + 32 < length && vv0 + 32 < valueDim) { o[outRow2 + vv0 + 32] = scale * o22; }
            if (t0 + 32 < length && vv0 + 48 < valueDim) { o[outRow2 + vv0 + 48] = scale * o23; }
            if (t0 + 48 < length && vv0 + 0 < valueDim) { o[outRow3 + vv0 + 0] = scale * o30; }
            if (t0 + 48 < length && vv0 + 16 < valueDim) { o[outRow3 + vv0 + 16] = scale * o31; }
            if (t0 + 48 < length && vv0 + 32 < valueDim) { o[outRow3 + vv0 + 32] = scale * o32; }
            if (t0 + 48 < length && vv0 + 48 < valueDim) { o[outRow3 + vv0 + 48] = scale * o33; }

            // Step c, decay and write: pending[l] += Gl_last for l >= 1; F[0] = K^T (exp(Gl_last - Gl) V).
            if (r + 1 < chunksHere) {
                float chunkTotal = gs[gsBase + queryStart + CHUNK - 1] - gsBefore;
                for (int l = 1; l <= segmentLog2; l++) {
                    pending[l] = pending[l] + chunkTotal;
                }
                pending[0] = 0f;
                float gsLast = gs[gsBase + queryStart + CHUNK - 1];
                for (int k0 = 0; k0 < keyDim; k0 += TILE) {
                    // scoreTile[b][kc] = exp(Gs_last - Gs_b) k_b[k0 + kc]; valueTile still holds V_z.
                    for (int idx = lid; idx < CHUNK * TILE; idx += GROUP_THREADS) {
                        int row = idx / TILE;
                        int kk = k0 + idx - row * TILE;
                        int t = queryStart + row;
                        float kx = 0f;
                        if (kk < keyDim && t < length) {
                            float decayToEnd = KernelMath.exp(gsLast - queryGs[row]);
                            kx = decayToEnd * k[((b * length + t) * groups + grp) * keyDim + kk];
                        }
                        scoreTile[idx] = kx;
                    }
                    ctx.localBarrier();
                    p00 = 0f; p01 = 0f; p02 = 0f; p03 = 0f;
                    p10 = 0f; p11 = 0f; p12 = 0f; p13 = 0f;
                    p20 = 0f; p21 = 0f; p22 = 0f; p23 = 0f;
                    p30 = 0f; p31 = 0f; p32 = 0f; p33 = 0f;
                    for (int row = 0; row < CHUNK; row++) {
                        float x0 = scoreTile[row * TILE + ty + 0];
                        float x1 = scoreTile[row * TILE + ty + 16];
                        float x2 = scoreTile[row * TILE + ty + 32];
                        float x3 = scoreTile[row * TILE + ty + 48];
                        float y0 = valueTile[row * TILE + tx + 0];
                        float y1 = valueTile[row * TILE + tx + 16];
                        float y2 = valueTile[row * TILE + tx + 32];
                        float y3 = valueTile[row * TILE + tx + 48];
                        p00 = Math.fma(x0, y0, p00); p01 = Math.fma(x0, y1, p01);
                        p02 = Math.fma(x0, y2, p02); p03 = Math.fma(x0, y3, p03);
                        p10 = Math.fma(x1, y0, p10); p11 = Math.fma(x1, y1, p11);
                        p12 = Math.fma(x1, y2, p12); p13 = Math.fma(x1, y3, p13);
                        p20 = Math.fma(x2, y0, p20); p21 = Math.fma(x2, y1, p21);
                        p22 = Math.fma(x2, y2, p22); p23 = Math.fma(x2, y3, p23);
                        p30 = Math.fma(x3, y0, p30); p31 = Math.fma(x3, y1, p31);
                        p32 = Math.fma(x3, y2, p32); p33 = Math.fma(x3, y3, p33);
                    }
                    int kk0 = k0 + ty;
                    if (kk0 + 0 < keyDim) { levelStates[scratchBase + (kk0 + 0) * TILE + tx + 0] = p00; }
                    if (kk0 + 0 < keyDim) { levelStates[scratchBase + (kk0 + 0) * TILE + tx + 16] = p01; }
                    if (kk0 + 0 < keyDim) { levelStates[scratchBase + (kk0 + 0) * TILE + tx + 32] = p02; }
                    if (kk0 + 0 < keyDim) { levelStates[scratchBase + (kk0 + 0) * TILE + tx + 48] = p03; }
                    if (kk0 + 16 < keyDim) { levelStates[scratchBase + (kk0 + 16) * TILE + tx + 0] = p10; }
                    if (kk0 + 16 < keyDim) { levelStates[scratchBase + (kk0 + 16) * TILE + tx + 16] = p11; }
                    if (kk0 + 16 < keyDim) { levelStates[scratchBase + (kk0 + 16) * TILE + tx + 32] = p12; }
                    if (kk0 + 16 < keyDim) { levelStates[scratchBase + (kk0 + 16) * TILE + tx + 48] = p13; }
                    if (kk0 + 32 < keyDim) { levelStates[scratchBase + (kk0 + 32) * TILE + tx + 0] = p20; }
                    if (kk0 + 32 < keyDim) { levelStates[scratchBase + (kk0 + 32) * TILE + tx + 16] = p21; }
                    if (kk0 + 32 < keyDim) { levelStates[scratchBase + (kk0 + 32) * TILE + tx + 32] = p22; }
                    if (kk0 + 32 < keyDim) { levelStates[scratchBase + (kk0 + 32) * TILE + tx + 48] = p23; }
                    if (kk0 + 48 < keyDim) { levelStates[scratchBase + (kk0 + 48) * TILE + tx + 0] = p30; }
                    if (kk0 + 48 < keyDim) { levelStates[scratchBase + (kk0 + 48) * TILE + tx + 16] = p31; }
                    if (kk0 + 48 < keyDim) { levelStates[scratchBase + (kk0 + 48) * TILE + tx + 32] = p32; }
                    if (kk0 + 48 < keyDim) { levelStates[scratchBase + (kk0 + 48) * TILE + tx + 48] = p33; }
                    ctx.localBarrier();
                }
            }
        }
    }
}
