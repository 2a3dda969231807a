package loglinear.jit.emulator;

import loglinear.jit.KernelContext;

/**
 * The scope of kernels that run their work-items one after another (no barrier, local array, shuffle or sub-group
 * reduction anywhere in their bytecode): atomics only. The other calls cannot be reached by such a kernel; if one is
 * (e.g. through reflection the bytecode scan cannot see) it fails loudly instead of computing something wrong.
 */
final class SequentialItemsScope implements WorkGroupScope {
    static final SequentialItemsScope INSTANCE = new SequentialItemsScope();

    private SequentialItemsScope() {
    }

    @Override
    public void barrier(KernelContext item) {
        throw unexpected("localBarrier");
    }

    @Override
    public float[] localFloats(KernelContext item, int size) {
        throw unexpected("allocateFloatLocalArray");
    }

    @Override
    public int[] localInts(KernelContext item, int size) {
        throw unexpected("allocateIntLocalArray");
    }

    @Override
    public int atomicAdd(int[] array, int index, int value) {
        return GlobalAtomics.add(array, index, value);
    }

    @Override
    public float atomicAdd(float[] array, int index, float value) {
        return GlobalAtomics.add(array, index, value);
    }

    @Override
    public float shuffleXor(KernelContext item, float value, int laneMask) {
        throw unexpected("shuffleXor");
    }

    @Override
    public int shuffleXor(KernelContext item, int value, int laneMask) {
        throw unexpected("shuffleXor");
    }

    @Override
    public float shuffleDown(KernelContext item, float value, int delta) {
        throw unexpected("shuffleDown");
    }

    @Override
    public int shuffleDown(KernelContext item, int value, int delta) {
        throw unexpected("shuffleDown");
    }

    @Override
    public float subGroupReduceAdd(KernelContext item, float value) {
        throw unexpected("subGroupReduceAdd");
    }

    @Override
    public int subGroupReduceAdd(KernelContext item, int value) {
        throw unexpected("subGroupReduceAdd");
    }

    private static IllegalStateException unexpected(String call) {
        return new IllegalStateException("KernelContext." + call + " was called by a kernel whose bytecode scan found"
                + " no group synchronization, so its work-items run one after another; the call must be reachable"
                + " from the kernel method through static calls the scan can follow");
    }
}
