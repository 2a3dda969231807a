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
}
