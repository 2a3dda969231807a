package loglinear.jit.emulator;

import loglinear.jit.KernelContext;

/** Kernels the emulator tests launch: each exercises one part of the GPU semantics. */
public final class EmulatorTestKernels {
    static final int IDS_PER_ITEM = 9;
    static final int MAX_GROUP = 256;

    private EmulatorTestKernels() {
    }

    /** Every work-item writes its global, local and group ids at its linear global index. */
    public static void writeIds(KernelContext ctx, int[] out) {
        int linear = (ctx.globalIdz * ctx.globalGroupSizeY + ctx.globalIdy) * ctx.globalGroupSizeX + ctx.globalIdx;
        int base = linear * IDS_PER_ITEM;
        out[base] = ctx.globalIdx;
        out[base + 1] = ctx.globalIdy;
        out[base + 2] = ctx.globalIdz;
        out[base + 3] = ctx.localIdx;
        out[base + 4] = ctx.localIdy;
        out[base + 5] = ctx.localIdz;
        out[base + 6] = ctx.groupIdx;
        out[base + 7] = ctx.groupIdy;
        out[base + 8] = ctx.groupIdz;
    }

    /** out[group] = sum of in over the group, by a tree reduction in local memory (group size a power of two). */
    public static void groupSum(KernelContext ctx, float[] in, float[] out) {
        float[] partial = ctx.allocateFloatLocalArray(MAX_GROUP);
        int id = ctx.localIdx;
        partial[id] = in[ctx.globalIdx];
        ctx.localBarrier();
        for (int stride = ctx.localGroupSizeX / 2; stride > 0; stride /= 2) {
            if (id < stride) {
                partial[id] += partial[id + stride];
            }
            ctx.localBarrier();
        }
        if (id == 0) {
            out[ctx.groupIdx] = partial[0];
        }
    }

    /**
     * Each round every item publishes its value, then takes its right neighbour's (cyclically in the group): after
     * {@code rounds} rounds item i holds the original value of item (i + rounds) mod size. Uses two local arrays.
     */
    public static void rotateThroughLocal(KernelContext ctx, int[] values, int rounds) {
        int[] slots = ctx.allocateIntLocalArray(MAX_GROUP);
        int[] visits = ctx.allocateIntLocalArray(MAX_GROUP);
        int id = ctx.localIdx;
        int size = ctx.localGroupSizeX;
        int mine = values[ctx.globalIdx];
        for (int r = 0; r < rounds; r++) {
            slots[id] = mine;
            visits[id]++;
            synchronize(ctx);
            mine = slots[(id + 1) % size];
            synchronize(ctx);
        }
        values[ctx.globalIdx] = mine + 1_000_000 * (visits[id] - rounds);
    }

    /** A static helper holding the barrier: the bytecode scan must follow the call. */
    static void synchronize(KernelContext ctx) {
        ctx.localBarrier();
    }

    /** Item 0 of every group returns early; the others wait at a barrier it never reaches. */
    public static void skipBarrier(KernelContext ctx, int[] out) {
        if (ctx.localIdx == 0) {
            return;
        }
        ctx.localBarrier();
        out[ctx.globalIdx] = 1;
    }

    /** Half of the first sub-group shuffles while the rest of the group waits at the group barrier: deadlock. */
    public static void mismatchedCollectives(KernelContext ctx, float[] out) {
        float v = ctx.globalIdx;
        if (ctx.localLinearId() < KernelContext.SUB_GROUP_SIZE / 2) {
            v = ctx.shuffleXor(v, 1);
        } else {
            ctx.localBarrier();
        }
        out[ctx.globalIdx] = v;
    }

    /** Item {@code failing} throws after the first barrier; the others block at the second one. */
    public static void throwBetweenBarriers(KernelContext ctx, int[] out, int failing) {
        ctx.localBarrier();
        if (ctx.globalIdx == failing) {
            throw new IllegalStateException("deliberate failure");
        }
        ctx.localBarrier();
        out[ctx.globalIdx] = 1;
    }

    /** Writes out[globalIdx + offset]: out of bounds for the last items when offset > 0. */
    public static void shiftedWrite(KernelContext ctx, float[] out, int offset) {
        out[ctx.globalIdx + offset] = ctx.globalIdx;
    }

    /** Per item: shuffleXor with each mask 1..16, shuffleDown by 1 and 5, and both sub-group sums. */
    public static void subGroupOps(KernelContext ctx, float[] values, float[] floatsOut, int[] intsOut) {
        int g = ctx.globalIdx;
        float v = values[g];
        int iv = g * 3 + 1;
        int base = g * 8;
        floatsOut[base] = ctx.shuffleXor(v, 1);
        floatsOut[base + 1] = ctx.shuffleXor(v, 16);
        floatsOut[base + 2] = ctx.shuffleDown(v, 1);
        floatsOut[base + 3] = ctx.shuffleDown(v, 5);
        floatsOut[base + 4] = ctx.subGroupReduceAdd(v);
        floatsOut[base + 5] = butterflySum(ctx, v);
        intsOut[g * 3] = ctx.shuffleXor(iv, 3);
        intsOut[g * 3 + 1] = ctx.shuffleDown(iv, 2);
        intsOut[g * 3 + 2] = ctx.subGroupReduceAdd(iv);
    }

    /** The butterfly written out with shuffles: what a GPU computes for subGroupReduceAdd. */
    static float butterflySum(KernelContext ctx, float v) {
        float sum = v;
        for (int offset = 16; offset >= 1; offset /= 2) {
            sum += ctx.shuffleXor(sum, offset);
        }
        return sum;
    }

    /** Every item adds 1 to {@code counters[i % counters.length]} for i in [0, repeats) (ints and floats). */
    public static void contendedAdds(KernelContext ctx, int[] counters, float[] floatCounters, int repeats) {
        for (int i = 0; i < repeats; i++) {
            ctx.atomicAdd(counters, (ctx.globalIdx + i) % counters.length, 1);
            ctx.atomicAdd(floatCounters, (ctx.globalIdx + i) % floatCounters.length, 1.0f);
        }
    }

    /** out[i] = a * x[i] + y[i] with every scalar parameter type the kernels accept. */
    public static void saxpy(KernelContext ctx, float[] out, float[] x, float[] y, float a, int n, long unusedLong,
                             double unusedDouble, short unusedShort) {
        int i = ctx.globalIdx;
        if (i < n) {
            out[i] = a * x[i] + y[i];
        }
    }

    /** Two kernels may not share a name. */
    public static void overloaded(KernelContext ctx, float[] out) {
        out[0] = 1;
    }

    public static void overloaded(KernelContext ctx, int[] out) {
        out[0] = 1;
    }

    /** Not static: not a kernel. */
    public void instanceMethod(KernelContext ctx, float[] out) {
        out[0] = 1;
    }

    /** A parameter type no backend can pass. */
    public static void objectParameter(KernelContext ctx, String text) {
    }

    /** Calls a helper that uses a local array, two static calls deep. */
    public static void localArrayTwoCallsDeep(KernelContext ctx, float[] out) {
        out[ctx.globalIdx] = outerHelper(ctx);
    }

    static float outerHelper(KernelContext ctx) {
        return innerHelper(ctx) + 1;
    }

    static float innerHelper(KernelContext ctx) {
        float[] shared = ctx.allocateFloatLocalArray(4);
        return shared.length;
    }

    /** Recursion without any synchronization: the scan must terminate and answer "sequential". */
    public static void recursiveHelper(KernelContext ctx, int[] out) {
        out[ctx.globalIdx] = triangle(ctx.globalIdx % 10);
    }

    static int triangle(int n) {
        return n == 0 ? 0 : n + triangle(n - 1);
    }

    /** As {@link #contendedAdds}, after a barrier: the items of a group run concurrently. */
    public static void contendedAddsAfterBarrier(KernelContext ctx, int[] counters, float[] floatCounters,
                                                 int repeats) {
        ctx.localBarrier();
        contendedAdds(ctx, counters, floatCounters, repeats);
    }

    /** Builds an exception message by string concatenation (an invokedynamic the scan must accept). */
    public static void checkedCopy(KernelContext ctx, float[] out, int limit) {
        if (ctx.globalIdx >= limit) {
            throw new IllegalArgumentException("index " + ctx.globalIdx + " past limit " + limit);
        }
        out[ctx.globalIdx] = ctx.globalIdx;
    }

    /** Breaks the local-array rule: item 0 asks for a different size than the others. */
    public static void mismatchedLocalArrays(KernelContext ctx, float[] out) {
        float[] shared = ctx.allocateFloatLocalArray(ctx.localIdx == 0 ? 4 : 8);
        out[ctx.globalIdx] = shared.length;
    }
}
