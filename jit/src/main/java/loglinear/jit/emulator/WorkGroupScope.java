package loglinear.jit.emulator;

import loglinear.jit.KernelContext;

/**
 * What a host-side executor provides to the work-items of one group: the calls of {@link KernelContext} that need
 * more than the work-item's own ids. Internal to the jit module (public only because {@link KernelContext} lives in
 * another package); kernels never see it.
 *
 * <p>Every method receives the calling work-item, so one scope object serves the whole group.
 */
public interface WorkGroupScope {
    /** Blocks until every work-item of {@code item}'s group has arrived. */
    void barrier(KernelContext item);

    /** The group's next float local array for {@code item} (the n-th call of each item returns the same array). */
    float[] localFloats(KernelContext item, int size);

    /** The group's next int local array for {@code item} (the n-th call of each item returns the same array). */
    int[] localInts(KernelContext item, int size);

    int atomicAdd(int[] array, int index, int value);

    float atomicAdd(float[] array, int index, float value);

    float shuffleXor(KernelContext item, float value, int laneMask);

    int shuffleXor(KernelContext item, int value, int laneMask);

    float shuffleDown(KernelContext item, float value, int delta);

    int shuffleDown(KernelContext item, int value, int delta);

    float subGroupReduceAdd(KernelContext item, float value);

    int subGroupReduceAdd(KernelContext item, int value);
}
