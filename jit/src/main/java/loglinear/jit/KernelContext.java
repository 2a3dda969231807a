package loglinear.jit;

import loglinear.jit.emulator.KernelContexts;
import loglinear.jit.emulator.WorkGroupScope;

/**
 * What a kernel sees of its place in the launch, in TornadoVM's naming.
 *
 * <p>A kernel is a {@code public static void} method whose first parameter is a {@code KernelContext} and whose
 * other parameters are primitives or primitive arrays ({@code float[] int[] long[] double[] short[]}). On a GPU the
 * translator turns every field read and method call below into the backend's built-in (e.g. {@code globalIdx} into
 * {@code blockIdx.x * blockDim.x + threadIdx.x} on CUDA, {@code get_global_id(0)} on OpenCL). On the CPU emulator
 * one instance exists per work-item and the calls go to its work-group.
 *
 * <p>Rules a kernel must follow, as on any GPU: every work-item of a group reaches the same barriers in the same
 * order; local arrays are allocated at the top level of the kernel, in the same order by every work-item, with
 * sizes that are compile-time constants; shuffles and sub-group reductions are called by all lanes of a sub-group.
 */
public final class KernelContext {
    /** Work-items per sub-group (CUDA warp) on every backend. */
    public static final int SUB_GROUP_SIZE = 32;

    public final int globalIdx;
    public final int globalIdy;
    public final int globalIdz;
    public final int localIdx;
    public final int localIdy;
    public final int localIdz;
    public final int groupIdx;
    public final int groupIdy;
    public final int groupIdz;
    public final int localGroupSizeX;
    public final int localGroupSizeY;
    public final int localGroupSizeZ;
    public final int globalGroupSizeX;
    public final int globalGroupSizeY;
    public final int globalGroupSizeZ;

    private final WorkGroupScope scope;
    /** This work-item's asynchronous copies on the emulator; created on first use. */
    private AsyncCopies asyncCopies;

    static {
        // The emulator (another package) creates one context per work-item through this factory.
        KernelContexts.install(KernelContext::new);
    }

    /**
     * One work-item's context: {@code global id = group id * local size + local id} in each dimension; the group sizes
     * are {@code localSize}, the launch's sizes {@code globalSize}.
     */
    private KernelContext(int localX, int localY, int localZ, int groupX, int groupY, int groupZ, Range localSize,
                          Range globalSize, WorkGroupScope scope) {
        this.localIdx = localX;
        this.localIdy = localY;
        this.localIdz = localZ;
        this.groupIdx = groupX;
        this.groupIdy = groupY;
        this.groupIdz = groupZ;
        this.localGroupSizeX = localSize.x();
        this.localGroupSizeY = localSize.y();
        this.localGroupSizeZ = localSize.z();
        this.globalGroupSizeX = globalSize.x();
        this.globalGroupSizeY = globalSize.y();
        this.globalGroupSizeZ = globalSize.z();
        this.globalIdx = groupX * localSize.x() + localX;
        this.globalIdy = groupY * localSize.y() + localY;
        this.globalIdz = groupZ * localSize.z() + localZ;
        this.scope = scope;
    }

    /** Linear id of this work-item in its group: x + y * sizeX + z * sizeX * sizeY. */
    public int localLinearId() {
        return localIdx + localIdy * localGroupSizeX + localIdz * localGroupSizeX * localGroupSizeY;
    }

    /** Lane of this work-item in its sub-group: localLinearId() % 32. */
    public int laneId() {
        return localLinearId() % SUB_GROUP_SIZE;
    }

    /** Waits until every work-item of the group arrives; orders local (and global) memory inside the group. */
    public void localBarrier() {
        scope.barrier(this);
    }

    /** Work-group shared memory of {@code size} floats (a compile-time constant); same array for the whole group. */
    public float[] allocateFloatLocalArray(int size) {
        return scope.localFloats(this, size);
    }

    /** Work-group shared memory of {@code size} ints (a compile-time constant); same array for the whole group. */
    public int[] allocateIntLocalArray(int size) {
        return scope.localInts(this, size);
    }

    /** Atomically adds {@code value} to {@code array[index]}; returns the old value. */
    public int atomicAdd(int[] array, int index, int value) {
        return scope.atomicAdd(array, index, value);
    }

    /** Atomically adds {@code value} to {@code array[index]}; returns the old value. */
    public float atomicAdd(float[] array, int index, float value) {
        return scope.atomicAdd(array, index, value);
    }

    /** The value of {@code value} held by lane {@code laneId() ^ laneMask} of this sub-group. */
    public float shuffleXor(float value, int laneMask) {
        return scope.shuffleXor(this, value, laneMask);
    }

    /** The value of {@code value} held by lane {@code laneId() ^ laneMask} of this sub-group. */
    public int shuffleXor(int value, int laneMask) {
        return scope.shuffleXor(this, value, laneMask);
    }

    /** The value held by lane {@code laneId() + delta}, or this lane's own value where that is past the sub-group. */
    public float shuffleDown(float value, int delta) {
        return scope.shuffleDown(this, value, delta);
    }

    /** The value held by lane {@code laneId() + delta}, or this lane's own value where that is past the sub-group. */
    public int shuffleDown(int value, int delta) {
        return scope.shuffleDown(this, value, delta);
    }

    /** Sum of {@code value} over the 32 lanes of this sub-group, returned to every lane (butterfly order). */
    public float subGroupReduceAdd(float value) {
        return scope.subGroupReduceAdd(this, value);
    }

    /** Sum of {@code value} over the 32 lanes of this sub-group, returned to every lane. */
    public int subGroupReduceAdd(int value) {
        return scope.subGroupReduceAdd(this, value);
    }

    /**
     * Stores two consecutive floats: {@code array[index] = first}, {@code array[index + 1] = second}, with
     * {@code index} even. On CUDA it is one 8-byte store (an even index of a device buffer or a local array is
     * 8-byte aligned), on OpenCL {@code vstore2}. The pair (c[2i], c[2i + 1]) of an {@link #mmaAccumulate}
     * accumulator lies in two neighbouring columns, so a sub-group storing its tile this way issues half the store
     * instructions and fills every 32-byte sector it touches. {@code array} is a global or local array.
     */
    public void storeFloatPair(float[] array, int index, float first, float second) {
        requireEvenIndex("storeFloatPair", index);
        array[index] = first;
        array[index + 1] = second;
    }

    /**
     * Loads two consecutive floats: {@code into[intoIndex] = array[index]}, {@code into[intoIndex + 1] =
     * array[index + 1]}, with {@code index} even; one 8-byte load on CUDA, {@code vload2} on OpenCL (see
     * {@link #storeFloatPair}). {@code array} is a global or local array, {@code into} usually a private one.
     */
    public void loadFloatPair(float[] array, int index, float[] into, int intoIndex) {
        requireEvenIndex("loadFloatPair", index);
        float first = array[index];
        float second = array[index + 1];
        into[intoIndex] = first;
        into[intoIndex + 1] = second;
    }

    private static void requireEvenIndex(String method, int index) {
        if ((index & 1) != 0) {
            throw new IllegalArgumentException(method + ": index must be even (8-byte aligned on CUDA), got "
                    + index);
        }
    }

    /**
     * Warp matrix multiply-accumulate on tensor cores: {@code acc += A B} for one 16 x (8 nTiles) tile of C per
     * sub-group, where A is 16 x depth and B is depth x (8 nTiles), read from memory with arbitrary strides:
     * A[r, p] = {@code a[aOffset + r * aRowStride + p * aColStride]},
     * B[p, c] = {@code b[bOffset + p * bRowStride + c * bColStride]}.
     *
     * <p>Lane l of the sub-group holds C[r, c] in {@code acc[4 n + i]} for n < nTiles, i < 4, with
     * r = l / 4 + 8 (i / 2) and c = 8 n + 2 (l % 4) + i % 2 ({@link MmaLayout}); the other elements of {@code acc}
     * are left alone. All 32 lanes of a sub-group call it together with the same arguments (except {@code acc});
     * {@code nTiles} must be a compile-time constant in 1 .. {@link MmaLayout#MAX_N_TILES} and {@code depth} a
     * multiple of 8.
     *
     * <p>Precision: close to float32. CUDA splits every operand into two TF32 halves and sums three tensor-core
     * products (hi * hi + hi * lo + lo * hi, dropping lo * lo: relative error about 2^-20 per product); the
     * emulator and OpenCL compute each element as a chain of float fused multiply-adds over p = 0 .. depth - 1.
     */
    public void mmaAccumulate(float[] acc, int nTiles, float[] a, int aOffset, int aRowStride, int aColStride,
                              float[] b, int bOffset, int bRowStride, int bColStride, int depth) {
        MmaLayout.requireArguments(acc, nTiles, depth);
        MmaLayout.emulate(laneId(), acc, nTiles, a, aOffset, aRowStride, aColStride, MmaLayout.ROWS, b, bOffset,
                bRowStride, bColStride, MmaLayout.TILE_COLUMNS * nTiles, depth);
    }

    /**
     * {@link #mmaAccumulate(float[], int, float[], int, int, int, float[], int, int, int, int)} with the rows of A
     * scaled: A[r, p] = {@code rowScale[rowScaleOffset + r] * a[aOffset + r * aRowStride + p * aColStride]}, the
     * float product rounded before it enters the product (so the scaled copy of A never has to be stored). Lane l
     * reads the scales of its rows l / 4 and l / 4 + 8 once per call.
     */
    public void mmaAccumulateRowScaled(float[] acc, int nTiles, float[] rowScale, int rowScaleOffset, float[] a,
                                       int aOffset, int aRowStride, int aColStride, float[] b, int bOffset,
                                       int bRowStride, int bColStride, int depth) {
        MmaLayout.requireArguments(acc, nTiles, depth);
        MmaLayout.emulate(laneId(), acc, nTiles, rowScale, rowScaleOffset, a, aOffset, aRowStride, aColStride,
                MmaLayout.ROWS, b, bOffset, bRowStride, bColStride, MmaLayout.TILE_COLUMNS * nTiles, depth);
    }

    /**
     * {@link #mmaAccumulate(float[], int, float[], int, int, int, float[], int, int, int, int)} at the edge of a
     * matrix: A rows r >= {@code aRows} and B columns c >= {@code bColumns} of the tile (0 <= r < 16,
     * 0 <= c < 8 nTiles) read as 0 and are never loaded, and {@code depth} may be any value >= 0 (the reduction is
     * padded with zeros to a multiple of 8 on CUDA). Accumulator elements outside the bounds stay as they were
     * (up to the sign of a zero and NaN from an infinite operand).
     */
    public void mmaAccumulate(float[] acc, int nTiles, float[] a, int aOffset, int aRowStride, int aColStride,
                              int aRows, float[] b, int bOffset, int bRowStride, int bColStride, int bColumns,
                              int depth) {
        MmaLayout.requireArguments(acc, nTiles, depth < 0 ? depth : depth - depth % MmaLayout.DEPTH_STEP);
        MmaLayout.emulate(laneId(), acc, nTiles, a, aOffset, aRowStride, aColStride, aRows, b, bOffset, bRowStride,
                bColStride, bColumns, depth);
    }
    /**
     * The word of the "high" array for the pair (first, second) of an operand of
     * {@link #mmaAccumulatePairs}: pairs are consecutive elements along one index of the operand, first at the even
     * position. On CUDA the pair of bfloat16 values nearest to (first, second), first in the low half; on the
     * emulator and OpenCL the float bits of {@code first} (the pair is kept exactly, split over the two arrays).
     * A word of 0 is the pair (0, 0) everywhere.
     */
    public int mmaPairHigh(float first, float second) {
        return MmaPairs.high(first, second);
    }

    /**
     * The word of the "low" array for the pair (first, second): on CUDA the bfloat16 pair nearest to the residuals
     * first - hi(first) and second - hi(second) (so hi + lo carries about 16 significant bits of each value); on
     * the emulator and OpenCL the float bits of {@code second}.
     */
    public int mmaPairLow(float first, float second) {
        return MmaPairs.low(first, second);
    }

    /**
     * {@code acc += A B} as {@link #mmaAccumulate(float[], int, float[], int, int, int, float[], int, int, int, int)},
     * with both operands stored as pairs made by {@link #mmaPairHigh} and {@link #mmaPairLow} in two int arrays
     * each. An operand with {@code pairsAlongDepth} 1 pairs its elements along the reduction index p:
     * A[r, p] lives in word {@code aOffset + r * aStride + p / 2}, B[p, c] in word {@code bOffset + c * bStride + p / 2};
     * with 0 it pairs them along its other index: A[r, p] in word {@code aOffset + p * aStride + r / 2}, B[p, c] in
     * word {@code bOffset + p * bStride + c / 2}; the element's half is the index's parity. Both layout flags must
     * be compile-time constants and {@code depth} a multiple of 16.
     *
     * <p>Precision: close to float32. CUDA sums three bfloat16 tensor-core products with float32 accumulation per
     * 16-deep step (hi * hi + hi * lo + lo * hi: relative error about 2^-16 per product), reading 16-byte aligned
     * shared-memory operands (offset and stride multiples of 4 words) with {@code ldmatrix}; the splitting happened
     * once, when the pairs were made, instead of once per fragment load. The emulator and OpenCL compute each
     * element as a float fma chain over p = 0 .. depth - 1 with the exact values.
     */
    public void mmaAccumulatePairs(float[] acc, int nTiles, int[] aHigh, int[] aLow, int aOffset, int aStride,
                                   int aPairsAlongDepth, int[] bHigh, int[] bLow, int bOffset, int bStride,
                                   int bPairsAlongDepth, int depth) {
        MmaPairs.requireArguments(acc, nTiles, aPairsAlongDepth, bPairsAlongDepth, depth);
        MmaPairs.emulate(laneId(), acc, nTiles, aHigh, aLow, aOffset, aStride, aPairsAlongDepth, bHigh, bLow,
                bOffset, bStride, bPairsAlongDepth, depth);
    }

    /**
     * Starts an asynchronous copy of one float from global into local memory:
     * {@code local[localIndex] = inside != 0 ? global[globalIndex] : 0} ({@code global} is not read when
     * {@code inside} is 0). The copy belongs to the group that the next {@link #asyncCommit} closes; it has landed
     * once {@link #asyncWait} lets that group go, and other work-items see it after a {@link #localBarrier} that
     * follows the wait. On CUDA this is {@code cp.async} (4 bytes, through L1), on OpenCL a plain copy made at once.
     */
    public void asyncCopy(float[] local, int localIndex, float[] global, int globalIndex, int inside) {
        asyncCopies().copy(local, localIndex, global, globalIndex, inside);
    }

    /**
     * {@link #asyncCopy} of four consecutive floats: {@code local[localIndex + i] = i < count ? global[globalIndex
     * + i] : 0} for i < 4, with 0 <= count <= 4 and both indices multiples of 4 (16-byte aligned on CUDA, where it
     * is one 16-byte {@code cp.async.cg} that bypasses L1).
     */
    public void asyncCopy4(float[] local, int localIndex, float[] global, int globalIndex, int count) {
        asyncCopies().copy4(local, localIndex, global, globalIndex, count);
    }

    /**
     * {@link #asyncCopy4(float[], int, float[], int, int)} of four consecutive ints (for example the words of
     * {@link #mmaPairHigh}/{@link #mmaPairLow} pairs), with the same rules.
     */
    public void asyncCopy4(int[] local, int localIndex, int[] global, int globalIndex, int count) {
        asyncCopies().copy4(local, localIndex, global, globalIndex, count);
    }

    /** Closes the group of asynchronous copies issued since the last commit (an empty group is allowed). */
    public void asyncCommit() {
        asyncCopies().commit();
    }

    /**
     * Waits until every committed group of this work-item's asynchronous copies has landed except the
     * {@code pendingGroups} most recent ones (a compile-time constant 0 .. 7).
     */
    public void asyncWait(int pendingGroups) {
        asyncCopies().await(pendingGroups);
    }

    private AsyncCopies asyncCopies() {
        if (asyncCopies == null) {
            asyncCopies = new AsyncCopies();
        }
        return asyncCopies;
    }
}
