package loglinear.jit.tools.conformance;

import java.util.List;
import java.util.Random;

import loglinear.jit.Range;

/**
 * The shape shared by the elementwise conformance kernels. Every such kernel is
 * {@code (KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb, int[] outI, float[] outF,
 * int[] outD)}: item {@code i} reads {@code ia[i] ib[i] fa[i] fb[i]} and the 64-bit pair {@code i} of {@code wa wb}
 * (longs or doubles, see {@link Wide}), and writes up to {@link #SLOTS} ints at {@code outI[i * SLOTS ..]}, floats at
 * {@code outF[i * SLOTS ..]} and doubles as int pairs at {@code outD[2 * i * SLOTS ..]}.
 */
public final class Elementwise {
    /** Items per launch: the edge-value cross products plus random pairs. */
    public static final int ITEMS = 2048;
    /** Output slots per item in each output buffer. */
    public static final int SLOTS = 16;
    public static final int GROUP = 64;

    /** What the 64-bit input columns hold. */
    public enum Wide { LONG, DOUBLE }

    private Elementwise() {
    }

    /**
     * @param floatUlps  bound for {@code outF}
     * @param doubleUlps bound for {@code outD}
     */
    public static ConformanceCase of(String name, Class<?> owner, String method, Wide wide, int floatUlps,
                                     int doubleUlps) {
        return new ConformanceCase(name, owner, method, Range.of(ITEMS), Range.of(GROUP),
                seed -> arguments(seed ^ name.hashCode(), wide, floatUlps, doubleUlps), HostCheck.NONE);
    }

    /** Exact comparison of every output. */
    public static ConformanceCase exact(String name, Class<?> owner, String method, Wide wide) {
        return of(name, owner, method, wide, 0, 0);
    }

    private static List<KernelArg> arguments(long seed, Wide wide, int floatUlps, int doubleUlps) {
        Random random = new Random(seed);
        int[][] ints = EdgeValues.intPairs(random, ITEMS);
        float[][] floats = EdgeValues.floatPairs(random, ITEMS);
        int[][] words = wide == Wide.LONG ? EdgeValues.longPairs(random, ITEMS) : EdgeValues.doublePairs(random, ITEMS);
        return List.of(
                KernelArg.intInput(ints[0]), KernelArg.intInput(ints[1]),
                KernelArg.floatInput(floats[0]), KernelArg.floatInput(floats[1]),
                KernelArg.intInput(words[0]), KernelArg.intInput(words[1]),
                KernelArg.ints(new int[ITEMS * SLOTS], Check.exactInts()),
                KernelArg.floats(new float[ITEMS * SLOTS], Check.floatUlps(floatUlps)),
                KernelArg.ints(new int[2 * ITEMS * SLOTS], Check.doubleUlps(doubleUlps)));
    }
}
