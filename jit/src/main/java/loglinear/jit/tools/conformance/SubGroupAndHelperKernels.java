package loglinear.jit.tools.conformance;

import java.util.List;
import java.util.Random;

import loglinear.jit.KernelContext;
import loglinear.jit.Range;

/**
 * Kernels over sub-group operations (shuffleXor, shuffleDown, subGroupReduceAdd on int and float) and over static
 * helper calls (global and local array arguments, nested helpers, a helper taking the KernelContext). Host-checked.
 */
public final class SubGroupAndHelperKernels {
    static final int ITEMS = 2048;
    static final int GROUP = 64;
    static final int LANES = KernelContext.SUB_GROUP_SIZE;
    static final int INT_OUT = 6;
    static final int FLOAT_OUT = 4;

    private SubGroupAndHelperKernels() {
    }

    public static List<ConformanceCase> cases() {
        Class<?> k = SubGroupAndHelperKernels.class;
        return List.of(
                new ConformanceCase("subgroup.shuffleXor", k, "shuffleXor", Range.of(ITEMS), Range.of(GROUP),
                        SubGroupAndHelperKernels::subGroupArgs, SubGroupAndHelperKernels::checkShuffleXor),
                new ConformanceCase("subgroup.shuffleDown", k, "shuffleDown", Range.of(ITEMS), Range.of(GROUP),
                        SubGroupAndHelperKernels::subGroupArgs, SubGroupAndHelperKernels::checkShuffleDown),
                new ConformanceCase("subgroup.reduceAdd", k, "reduceAdd", Range.of(ITEMS), Range.of(GROUP),
                        SubGroupAndHelperKernels::subGroupArgs, SubGroupAndHelperKernels::checkReduceAdd),
                new ConformanceCase("helpers.globalLocalNested", k, "helperCalls", Range.of(ITEMS), Range.of(GROUP),
                        SubGroupAndHelperKernels::helperArgs, SubGroupAndHelperKernels::checkHelpers));
    }

    public static void shuffleXor(KernelContext c, int[] in, float[] fin, int[] out, float[] fout) {
        int i = c.globalIdx;
        int v = in[i];
        float f = fin[i];
        out[INT_OUT * i] = c.shuffleXor(v, 1);
        out[INT_OUT * i + 1] = c.shuffleXor(v, 16);
        out[INT_OUT * i + 2] = c.shuffleXor(v, 31);
        fout[FLOAT_OUT * i] = c.shuffleXor(f, 2);
        fout[FLOAT_OUT * i + 1] = c.shuffleXor(f, 7);
    }

    public static void shuffleDown(KernelContext c, int[] in, float[] fin, int[] out, float[] fout) {
        int i = c.globalIdx;
        int v = in[i];
        float f = fin[i];
        out[INT_OUT * i] = c.shuffleDown(v, 1);
        out[INT_OUT * i + 1] = c.shuffleDown(v, 5);
        out[INT_OUT * i + 2] = c.shuffleDown(v, 16);
        out[INT_OUT * i + 3] = c.shuffleDown(v, 31);
        fout[FLOAT_OUT * i] = c.shuffleDown(f, 1);
        fout[FLOAT_OUT * i + 1] = c.shuffleDown(f, 8);
    }

    public static void reduceAdd(KernelContext c, int[] in, float[] fin, int[] out, float[] fout) {
        int i = c.globalIdx;
        out[INT_OUT * i] = c.subGroupReduceAdd(in[i]);
        out[INT_OUT * i + 1] = c.subGroupReduceAdd(c.laneId());
        fout[FLOAT_OUT * i] = c.subGroupReduceAdd(fin[i]);
    }

    private static List<KernelArg> subGroupArgs(long seed) {
        Random random = new Random(seed);
        return List.of(KernelArg.intInput(EdgeValues.intPairs(random, ITEMS)[0]),
                KernelArg.floatInput(HostChecks.smallIntegerFloats(random, ITEMS, 100000)),
                KernelArg.ints(new int[INT_OUT * ITEMS], Check.exactInts()),
                KernelArg.floats(new float[FLOAT_OUT * ITEMS], Check.floatUlps(0)));
    }

    private static int xorLane(int i, int mask) {
        return i - i % LANES + ((i % LANES) ^ mask);
    }

    private static int downLane(int i, int delta) {
        return i % LANES + delta < LANES ? i + delta : i;
    }

    private static String checkShuffleXor(List<KernelArg> args, List<Object> outputs) {
        int[] in = HostChecks.ints(args, 0);
        float[] fin = HostChecks.floats(args, 1);
        int[] expected = new int[INT_OUT * ITEMS];
        float[] fexpected = new float[FLOAT_OUT * ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            expected[INT_OUT * i] = in[xorLane(i, 1)];
            expected[INT_OUT * i + 1] = in[xorLane(i, 16)];
            expected[INT_OUT * i + 2] = in[xorLane(i, 31)];
            fexpected[FLOAT_OUT * i] = fin[xorLane(i, 2)];
            fexpected[FLOAT_OUT * i + 1] = fin[xorLane(i, 7)];
        }
        String ints = HostChecks.expectInts("out", expected, (int[]) outputs.get(2));
        return ints != null ? ints : HostChecks.expectFloats("fout", fexpected, (float[]) outputs.get(3));
    }

    private static String checkShuffleDown(List<KernelArg> args, List<Object> outputs) {
        int[] in = HostChecks.ints(args, 0);
        float[] fin = HostChecks.floats(args, 1);
        int[] expected = new int[INT_OUT * ITEMS];
        float[] fexpected = new float[FLOAT_OUT * ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            expected[INT_OUT * i] = in[downLane(i, 1)];
            expected[INT_OUT * i + 1] = in[downLane(i, 5)];
            expected[INT_OUT * i + 2] = in[downLane(i, 16)];
            expected[INT_OUT * i + 3] = in[downLane(i, 31)];
            fexpected[FLOAT_OUT * i] = fin[downLane(i, 1)];
            fexpected[FLOAT_OUT * i + 1] = fin[downLane(i, 8)];
        }
        String ints = HostChecks.expectInts("out", expected, (int[]) outputs.get(2));
        return ints != null ? ints : HostChecks.expectFloats("fout", fexpected, (float[]) outputs.get(3));
    }

    private static String checkReduceAdd(List<KernelArg> args, List<Object> outputs) {
        int[] in = HostChecks.ints(args, 0);
        float[] fin = HostChecks.floats(args, 1);
        int[] expected = new int[INT_OUT * ITEMS];
        float[] fexpected = new float[FLOAT_OUT * ITEMS];
        for (int base = 0; base < ITEMS; base += LANES) {
            int sum = 0;
            float fsum = 0f;
            for (int lane = 0; lane < LANES; lane++) {
                sum += in[base + lane];
                fsum += fin[base + lane];
            }
            for (int lane = 0; lane < LANES; lane++) {
                expected[INT_OUT * (base + lane)] = sum;
                expected[INT_OUT * (base + lane) + 1] = LANES * (LANES - 1) / 2;
                fexpected[FLOAT_OUT * (base + lane)] = fsum;
            }
        }
        String ints = HostChecks.expectInts("out", expected, (int[]) outputs.get(2));
        return ints != null ? ints : HostChecks.expectFloats("fout", fexpected, (float[]) outputs.get(3));
    }

    // ---- static helpers: called with local and global arrays, nested, and with the context

    public static void helperCalls(KernelContext c, float[] in, float[] out, int[] outI) {
        float[] tile = c.allocateFloatLocalArray(GROUP);
        int i = c.globalIdx;
        storeScaled(tile, c.localIdx, in[i], 2f);
        c.localBarrier();
        out[2 * i] = sumRange(tile, 0, GROUP);
        out[2 * i + 1] = sumRange(in, i - c.localIdx, 8);
        outI[i] = mix(i, c.groupIdx) + laneOf(c);
    }

    static void storeScaled(float[] target, int index, float value, float scale) {
        target[index] = value * scale;
    }

    static float sumRange(float[] values, int start, int count) {
        float sum = 0f;
        for (int k = 0; k < count; k++) {
            sum += values[start + k];
        }
        return sum;
    }

    static int mix(int a, int b) {
        return rotateLeft(a * 0x9e3779b9, 7) ^ square(b);
    }

    static int rotateLeft(int x, int distance) {
        return (x << distance) | (x >>> (32 - distance));
    }

    static int square(int x) {
        return x * x;
    }

    static int laneOf(KernelContext c) {
        return c.laneId() * 1000 + c.localLinearId();
    }

    private static List<KernelArg> helperArgs(long seed) {
        return List.of(KernelArg.floatInput(HostChecks.smallIntegerFloats(new Random(seed), ITEMS, 1000)),
                KernelArg.floats(new float[2 * ITEMS], Check.floatUlps(0)),
                KernelArg.ints(new int[ITEMS], Check.exactInts()));
    }

    private static String checkHelpers(List<KernelArg> args, List<Object> outputs) {
        float[] in = HostChecks.floats(args, 0);
        float[] expected = new float[2 * ITEMS];
        int[] expectedI = new int[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            int base = i - i % GROUP;
            float tileSum = 0f;
            for (int k = 0; k < GROUP; k++) {
                tileSum += in[base + k] * 2f;
            }
            expected[2 * i] = tileSum;
            expected[2 * i + 1] = sumRange(in, base, 8);
            expectedI[i] = mix(i, i / GROUP) + (i % LANES) * 1000 + i % GROUP;
        }
        String floats = HostChecks.expectFloats("out", expected, (float[]) outputs.get(1));
        return floats != null ? floats : HostChecks.expectInts("outI", expectedI, (int[]) outputs.get(2));
    }
}
