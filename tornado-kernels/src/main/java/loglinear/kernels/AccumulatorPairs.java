package loglinear.kernels;

import loglinear.jit.KernelContext;

/**
 * Moves the accumulator pairs of {@code KernelContext.mmaAccumulate} (elements 2i and 2i + 1 of a lane's
 * accumulator: two neighbouring columns of one row) to and from global or local memory as one 8-byte access
 * ({@link KernelContext#storeFloatPair}, {@link KernelContext#loadFloatPair}) where the index is even, and as single
 * floats at an odd index or at the edge of the matrix. A warp storing its tile this way issues half the instructions
 * and fills whole 32-byte sectors. Shared by the Mamba-2 walk and read pass and the GDN tile epilogue.
 */
final class AccumulatorPairs {
    private AccumulatorPairs() {}

    /**
     * {@code array[at] = first} and {@code array[at + 1] = second} for an accumulator pair, where the row exists
     * ({@code rowInside}) and the column does ({@code columnsLeft} = columns from the first one to the edge, the
     * second stored only when it is 2 or more). With an even {@code at} (every pair when the row length is even) it
     * is one {@link KernelContext#storeFloatPair}.
     */
    static void store(KernelContext ctx, float[] array, int at, int columnsLeft, boolean rowInside, float first,
                      float second) {
        if (rowInside && columnsLeft > 0) {
            if ((at & 1) == 0 && columnsLeft > 1) {
                ctx.storeFloatPair(array, at, first, second);
            } else {
                array[at] = first;
                if (columnsLeft > 1) {
                    array[at + 1] = second;
                }
            }
        }
    }

    /**
     * {@code into[e] = array[at]} and {@code into[e + 1] = array[at + 1]} for an accumulator pair, 0 for columns past
     * the edge ({@code columnsLeft} as in {@link #store}); one {@link KernelContext#loadFloatPair} when {@code at} is
     * even.
     */
    static void load(KernelContext ctx, float[] array, int at, int columnsLeft, float[] into, int e) {
        if ((at & 1) == 0 && columnsLeft > 1) {
            ctx.loadFloatPair(array, at, into, e);
        } else {
            float first = 0f;
            float second = 0f;
            if (columnsLeft > 0) {
                first = array[at];
            }
            if (columnsLeft > 1) {
                second = array[at + 1];
            }
            into[e] = first;
            into[e + 1] = second;
        }
    }
}
