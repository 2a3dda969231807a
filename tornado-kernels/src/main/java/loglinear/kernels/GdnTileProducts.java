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
 * <p>The forms. {@link #product} reads each m16n8k8 fragment straight from {@code a} and {@code b} (bounded
 * {@code mmaAccumulate}): no barrier, but a warp's fragment load touches up to eight 128-byte lines, so products fed
 * from global memory keep the L1 cache busy (an Nsight Compute profile of the chunk sweep at T = 16,384 showed L1
 * throughput at 92% and long-scoreboard waits in 54% of the samples). {@link #productStaged} runs the reduction in
 * slices of {@link #SLICE}: each slice of A and of B is first copied by the whole work-group into the caller's
 * {@code stage} area ({@link #STAGE_FLOATS} local floats), then multiplied from there. The copies are asynchronous
 * ({@code asyncCopy4}, {@code cp.async} on CUDA: global memory straight into local memory, no register round trip)
 * and keep each operand's rows as they are in global memory, so every copy moves whole lines and every local
 * store is free of bank conflicts:
 * <ul>
 *   <li>an operand whose reduction index is contiguous (A with column stride 1, B with row stride 1) lands as rows
 *       of the reduction index, {@link #ALONG_STRIDE} = 68 floats apart (16-byte rows: {@code ldmatrix} on CUDA);</li>
 *   <li>any other operand lands with the reduction index outermost, rows {@link #ACROSS_STRIDE} = 72 floats apart,
 *       where the scalar fragment loads of a warp fall on 32 distinct banks.</li>
 * </ul>
 * A staged product holds barriers: every work-item of the group must call it, and it ends with a barrier after its
 * last read of {@code stage}. {@link #productLocalB} is the staged form for a B operand that is already in local
 * memory (the state transitions, whose B is the X that {@link #productStaged} left at {@link #B_OFFSET}).
 *
 * <p>The chunk quantities (W, U, M W, Attn V: A in local memory, B in global memory, a reduction over the 64 tokens
 * of a chunk) use {@link #plainLocalA}, which stages only B, in one slice and without a loop. The state reads of a
 * chunk go through one accumulator ({@code GdnKernels.readStates}). Only {@link #product} reads its fragments
 * straight from memory; the segment sweep uses it. PoCL's work-group compiler is slow on kernels with many
 * barrier-holding loops (a form that staged every product through the looped {@link #productStaged} did not compile
 * in 15 minutes); {@link #plainLocalA} holds barriers but no loop, and both GDN kernels compile cold within the
 * three and a half minutes that {@code GdnForwardPlanTest} takes on two cores.
 */
final class GdnTileProducts {
    /** Work-items of a tile product (the kernels' work-group size). */
    static final int THREADS = GROUP_THREADS;
    /** Output tile edge. */
    static final int EDGE = 64;
    /** Reduction slice staged at a time. */
    static final int SLICE = 64;
    /** Row stride of a staged slice with the reduction index contiguous: 64 + 4 (16-byte rows). */
    static final int ALONG_STRIDE = SLICE + 4;
    /** Row stride of a staged slice with the reduction index outermost: 64 + 8 (fragment loads on 32 banks). */
    static final int ACROSS_STRIDE = EDGE + 8;
    /** Floats of one staged operand slice in either layout. */
    static final int OPERAND_FLOATS = EDGE * ACROSS_STRIDE;
    /** Where B's slice starts in the staging area (A's starts at 0). */
    static final int B_OFFSET = OPERAND_FLOATS;
    /** Floats of the staging area a kernel allocates for the products: A's slice, then B's. */
    static final int STAGE_FLOATS = 2 * OPERAND_FLOATS;

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
        epilogue(ctx, acc, accScale, add, addBase, addRow, addScale, rowScale, rsBase, rsStride, useRowScale, keep,
                out, outBase, outRow, outRows, outCols);
    }

    /**
     * Step: out = keep out + rowScale (accScale acc + addScale add) for the work-item's 16 elements. Every load comes
     * before the first store (a load after a store to global memory cannot move above it, so loading and storing
     * element by element waits one round trip per element), and the two neighbouring columns of an accumulator pair
     * move as one 8-byte access where their index is even. The pairs matter on CUDA: with the same order and single
     * floats the GDN forward took 254 ms at 131,072, against 230 with pairs and 245 before. They cost compile time on
     * PoCL, about 330 s instead of 210 s for the chunk sweep on two cores.
     */
    static void epilogue(KernelContext ctx, float[] acc, float accScale, float[] add, int addBase, int addRow,
                         float addScale, float[] rowScale, int rsBase, int rsStride, int useRowScale, float keep,
                         float[] out, int outBase, int outRow, int outRows, int outCols) {
        float[] old = new float[2];
        int lid = ctx.localIdx;
        int lane = lid & 31;
        int rowBase = (lid >> 6) << 4;
        int colBase = ((lid >> 5) & 1) << 5;
        // acc <- rowScale (accScale acc + addScale add).
        for (int e = 0; e < 16; e++) {
            int r = rowBase + MmaLayout.row(lane, e);
            int c = colBase + MmaLayout.column(lane, e);
            float rs = 1f;
            float value = accScale * acc[e];
            if (r < outRows && c < outCols) {
                if (useRowScale != 0) {
                    rs = rowScale[rsBase + r * rsStride];
                }
                if (addScale != 0f) {
                    value = Math.fma(addScale, add[addBase + r * addRow + c], value);
                }
            }
            acc[e] = rs * value;
        }
        // acc <- keep out + acc, the old values of out loaded in pairs.
        if (keep != 0f) {
            for (int e = 0; e < 16; e += 2) {
                int r = rowBase + MmaLayout.row(lane, e);
                int c = colBase + MmaLayout.column(lane, e);
                int columnsLeft = outCols - c;
                if (r >= outRows) {
                    columnsLeft = 0;
                }
                AccumulatorPairs.load(ctx, out, outBase + r * outRow + c, columnsLeft, old, 0);
                acc[e] = Math.fma(keep, old[0], acc[e]);
                acc[e + 1] = Math.fma(keep, old[1], acc[e + 1]);
            }
        }
        // out <- acc.
        for (int e = 0; e < 16; e += 2) {
            int r = rowBase + MmaLayout.row(lane, e);
            int c = colBase + MmaLayout.column(lane, e);
            AccumulatorPairs.store(ctx, out, outBase + r * outRow + c, outCols - c, r < outRows, acc[e],
                    acc[e + 1]);
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
        int aItem = sliceItemStride(aCol);
        int aDepth = sliceDepthStride(aCol);
        int bItem = sliceItemStride(bRow);
        int bDepth = sliceDepthStride(bRow);
        for (int p0 = 0; p0 < n; p0 += SLICE) {
            // Step: copy A[:, p0 ..] and B[p0 .., :] into the stage, 0 outside the bounds, and wait for them.
            issueSlice(ctx, lid, a, aBase + p0 * aCol, aRow, aCol, aRows, n - p0, stage, 0);
            issueSlice(ctx, lid, b, bBase + p0 * bRow, bCol, bRow, bCols, n - p0, stage, B_OFFSET);
            ctx.asyncCommit();
            ctx.asyncWait(0);
            ctx.localBarrier();
            // Step: acc += A[rowBase.., slice] B[slice, colBase..] for the warp's 16 x 32 block on tensor cores.
            ctx.mmaAccumulate(acc, 4, stage, rowBase * aItem, aItem, aDepth, stage, B_OFFSET + colBase * bItem,
                    bDepth, bItem, SLICE);
            ctx.localBarrier();
        }
        epilogue(ctx, acc, accScale, add, addBase, addRow, addScale, rowScale, rsBase, rsStride, useRowScale, keep,
                out, outBase, outRow, outRows, outCols);
    }

    /**
     * {@link #productStaged} with B already in local memory: B[p, c] = {@code b[bBase + p * bRow + c * bCol]} for
     * every p < 64 and c < 64 (no bounds; rows p >= n only meet zeros of A). Only A is staged, at 0 of
     * {@code stage}; B must not lie in A's part of it. out = accScale A B (+ keep out).
     */
    static void productLocalB(KernelContext ctx, float[] stage, int n,
                              float[] a, int aBase, int aRow, int aCol, int aRows,
                              float[] b, int bBase, int bRow, int bCol,
                              float accScale, float keep, float[] out, int outBase, int outRow, int outRows,
                              int outCols) {
        float[] acc = new float[16];
        int lid = ctx.localIdx;
        int rowBase = (lid >> 6) << 4;
        int colBase = ((lid >> 5) & 1) << 5;
        for (int e = 0; e < 16; e++) {
            acc[e] = 0f;
        }
        int aItem = sliceItemStride(aCol);
        int aDepth = sliceDepthStride(aCol);
        for (int p0 = 0; p0 < n; p0 += SLICE) {
            // Step: copy A[:, p0 ..] into the stage, 0 outside the bounds, and wait for it.
            issueSlice(ctx, lid, a, aBase + p0 * aCol, aRow, aCol, aRows, n - p0, stage, 0);
            ctx.asyncCommit();
            ctx.asyncWait(0);
            ctx.localBarrier();
            // Step: acc += A[rowBase.., slice] B[slice, colBase..] on tensor cores, B read where it lies.
            ctx.mmaAccumulate(acc, 4, stage, rowBase * aItem, aItem, aDepth, b, bBase + p0 * bRow + colBase * bCol,
                    bRow, bCol, SLICE);
            ctx.localBarrier();
        }
        epilogue(ctx, acc, accScale, out, 0, 0, 0f, out, 0, 0, 0, keep, out, outBase, outRow, outRows, outCols);
    }

    /**
     * out = accScale A B (+ keep out) for an A in local memory and a B in global memory with a reduction of at most 64
     * ({@code n <= } {@link #SLICE}): B[0 .. n, :] is copied into {@code stage} at {@link #B_OFFSET} in one go
     * (asynchronously, 0 outside the bounds) and A is read where it lies, all 64 columns (those at p >= n meet
     * B's zero rows and must be finite); out must not be the stage.
     */
    static void plainLocalA(KernelContext ctx, float[] stage, int n, float[] a, int aBase, int aRow, int aCol,
                            float[] b, int bBase, int bRow, int bCol, int bCols,
                            float accScale, float keep, float[] out, int outBase, int outRow, int outRows,
                            int outCols) {
        float[] acc = new float[16];
        int lid = ctx.localIdx;
        int rowBase = (lid >> 6) << 4;
        int colBase = ((lid >> 5) & 1) << 5;
        for (int e = 0; e < 16; e++) {
            acc[e] = 0f;
        }
        int bItem = sliceItemStride(bRow);
        int bDepth = sliceDepthStride(bRow);
        // Step: copy B[0 .. n, :] into the stage, 0 outside the bounds, and wait for it.
        issueSlice(ctx, lid, b, bBase, bCol, bRow, bCols, n, stage, B_OFFSET);
        ctx.asyncCommit();
        ctx.asyncWait(0);
        ctx.localBarrier();
        // Step: acc = A[rowBase.., :] B[:, colBase..] on tensor cores, A read where it lies.
        ctx.mmaAccumulate(acc, 4, a, aBase + rowBase * aRow, aRow, aCol, stage, B_OFFSET + colBase * bItem, bDepth,
                bItem, SLICE);
        ctx.localBarrier();
        epilogue(ctx, acc, accScale, out, 0, 0, 0f, out, 0, 0, 0, keep, out, outBase, outRow, outRows, outCols);
    }

    /** Stride between a staged slice's rows or columns along the non-reduction index (see {@link #issueSlice}). */
    static int sliceItemStride(int depthStride) {
        return depthStride == 1 ? ALONG_STRIDE : 1;
    }

    /** Stride along the reduction index of a staged slice (see {@link #issueSlice}). */
    static int sliceDepthStride(int depthStride) {
        return depthStride == 1 ? 1 : ACROSS_STRIDE;
    }

    /**
     * Issues the asynchronous copies (no commit) of the slice X[i, p] = {@code x[base + i * itemStride + p *
     * depthStride]} for i < min(items, 64), p < min(depth, 64), 0 elsewhere in 64 x 64. With {@code depthStride}
     * 1 it lands as {@code stage[at + i * 68 + p]}; otherwise as {@code stage[at + p * 72 + i]}, so that each
     * copy follows the index that is contiguous in x when {@code itemStride} is 1 (one float per copy if neither
     * stride is 1). Strides in the stage: {@link #sliceItemStride}, {@link #sliceDepthStride}.
     */
    static void issueSlice(KernelContext ctx, int lid, float[] x, int base, int itemStride, int depthStride,
                           int items, int depth, float[] stage, int at) {
        if (depthStride == 1) {
            AsyncTiles.issueBlock(ctx, lid, stage, at, ALONG_STRIDE, EDGE, x, base, itemStride, items, 0, depth);
        } else if (itemStride == 1) {
            AsyncTiles.issueBlock(ctx, lid, stage, at, ACROSS_STRIDE, EDGE, x, base, depthStride, depth, 0, items);
        } else {
            for (int u = 0; u < EDGE * EDGE / THREADS; u++) {
                int item = lid + u * THREADS;
                int p = item >> 6;
                int i = item & (EDGE - 1);
                int inside = i < items && p < depth ? 1 : 0;
                ctx.asyncCopy(stage, at + p * ACROSS_STRIDE + i, x, base + i * itemStride + p * depthStride, inside);
            }
        }
    }
}
