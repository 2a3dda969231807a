package loglinear.jit.tools.conformance;

import java.util.List;
import java.util.Random;

import loglinear.jit.ElementType;
import loglinear.jit.KernelContext;
import loglinear.jit.Range;

/**
 * Kernels over memory: short/long/double storage, local memory with barriers (tree reduction, tiled transpose,
 * several exchange rounds), 8-byte float pairs, int and float atomics under contention, 2D and 3D grids. Each has a
 * host check.
 */
public final class MemoryKernels {
    static final int ITEMS = 2048;
    static final int GROUP = 64;
    static final int REDUCE_GROUP = 256;
    static final int TILE = 16;
    static final int MATRIX = 64;
    static final int ROUNDS = 5;
    static final int COUNTERS = 8;

    private MemoryKernels() {
    }

    public static List<ConformanceCase> cases() {
        Class<?> k = MemoryKernels.class;
        return List.of(
                new ConformanceCase("storage.short", k, "shortStorage", Range.of(ITEMS), Range.of(GROUP),
                        MemoryKernels::shortArgs, MemoryKernels::checkShort),
                new ConformanceCase("storage.longDouble", k, "longDoubleStorage", Range.of(ITEMS), Range.of(GROUP),
                        MemoryKernels::longDoubleArgs, MemoryKernels::checkLongDouble),
                new ConformanceCase("local.treeReduction", k, "treeReduction", Range.of(ITEMS),
                        Range.of(REDUCE_GROUP), MemoryKernels::reductionArgs, MemoryKernels::checkReduction),
                new ConformanceCase("local.transpose2d", k, "transpose", Range.of(MATRIX, MATRIX),
                        Range.of(TILE, TILE), MemoryKernels::transposeArgs, MemoryKernels::checkTranspose),
                new ConformanceCase("local.exchangeRounds", k, "exchangeRounds", Range.of(ITEMS), Range.of(GROUP),
                        MemoryKernels::exchangeArgs, MemoryKernels::checkExchange),
                new ConformanceCase("memory.floatPairs", k, "floatPairs", Range.of(ITEMS), Range.of(GROUP),
                        MemoryKernels::floatPairArgs, MemoryKernels::checkFloatPairs),
                new ConformanceCase("local.intAtomicsHistogram", k, "localHistogram", Range.of(ITEMS),
                        Range.of(GROUP), MemoryKernels::histogramArgs, MemoryKernels::checkHistogram),
                new ConformanceCase("atomic.intContention", k, "intAtomics", Range.of(ITEMS), Range.of(GROUP),
                        MemoryKernels::intAtomicArgs, MemoryKernels::checkIntAtomics),
                new ConformanceCase("atomic.floatContention", k, "floatAtomics", Range.of(ITEMS), Range.of(GROUP),
                        MemoryKernels::floatAtomicArgs, MemoryKernels::checkFloatAtomics),
                new ConformanceCase("grid.ids2d", k, "ids2d", Range.of(32, 24), Range.of(8, 4),
                        seed -> List.of(KernelArg.ints(new int[32 * 24 * 4], Check.exactInts())),
                        MemoryKernels::checkIds2d),
                new ConformanceCase("grid.ids3d", k, "ids3d", Range.of(8, 6, 4), Range.of(4, 2, 2),
                        seed -> List.of(KernelArg.ints(new int[8 * 6 * 4 * 4], Check.exactInts())),
                        MemoryKernels::checkIds3d));
    }

    // ---- short storage: store narrowed, increment in place, read a neighbour's after a barrier

    public static void shortStorage(KernelContext c, int[] in, short[] shorts, int[] out) {
        int i = c.globalIdx;
        shorts[i] = (short) in[i];
        shorts[i]++;
        c.localBarrier();
        int j = i ^ 1;
        out[2 * i] = shorts[j];
        out[2 * i + 1] = shorts[j] & 0xffff;
    }

    private static List<KernelArg> shortArgs(long seed) {
        Random random = new Random(seed);
        return List.of(KernelArg.intInput(EdgeValues.intPairs(random, ITEMS)[1]),
                new KernelArg.Scratch(ElementType.SHORT, ITEMS), KernelArg.ints(new int[2 * ITEMS], Check.exactInts()));
    }

    private static String checkShort(List<KernelArg> args, List<Object> outputs) {
        int[] in = HostChecks.ints(args, 0);
        int[] expected = new int[2 * ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            short s = (short) ((short) in[i ^ 1] + 1);
            expected[2 * i] = s;
            expected[2 * i + 1] = s & 0xffff;
        }
        return HostChecks.expectInts("out", expected, (int[]) outputs.get(2));
    }

    // ---- long and double storage

    public static void longDoubleStorage(KernelContext c, int[] words, long[] longs, double[] doubles, int[] out) {
        int i = c.globalIdx;
        long value = KernelIo.wide(words, i);
        longs[i] = value;
        doubles[i] = (double) (value >> 11) * 0.5;
        c.localBarrier();
        int j = i ^ 3;
        KernelIo.putLong(out, 4 * i, longs[j] + 1);
        KernelIo.putDouble(out, 4 * i + 2, doubles[j]);
    }

    private static List<KernelArg> longDoubleArgs(long seed) {
        Random random = new Random(seed);
        return List.of(KernelArg.intInput(EdgeValues.longPairs(random, ITEMS)[0]),
                new KernelArg.Scratch(ElementType.LONG, ITEMS), new KernelArg.Scratch(ElementType.DOUBLE, ITEMS),
                KernelArg.ints(new int[4 * ITEMS], Check.exactInts()));
    }

    private static String checkLongDouble(List<KernelArg> args, List<Object> outputs) {
        int[] words = HostChecks.ints(args, 0);
        long[] expected = new long[2 * ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            int j = i ^ 3;
            long value = ((long) words[2 * j + 1] << 32) | (words[2 * j] & 0xffffffffL);
            expected[2 * i] = value + 1;
            expected[2 * i + 1] = Double.doubleToRawLongBits((double) (value >> 11) * 0.5);
        }
        return HostChecks.expectInts("out", EdgeValues.toWords(expected), (int[]) outputs.get(3));
    }

    // ---- tree reduction in local memory: out[group] = sum of the group's 256 inputs

    public static void treeReduction(KernelContext c, float[] in, float[] out) {
        float[] partial = c.allocateFloatLocalArray(REDUCE_GROUP);
        int l = c.localIdx;
        partial[l] = in[c.globalIdx];
        c.localBarrier();
        for (int stride = REDUCE_GROUP / 2; stride > 0; stride >>= 1) {
            if (l < stride) {
                partial[l] += partial[l + stride];
            }
            c.localBarrier();
        }
        if (l == 0) {
            out[c.groupIdx] = partial[0];
        }
    }

    private static List<KernelArg> reductionArgs(long seed) {
        return List.of(KernelArg.floatInput(HostChecks.smallIntegerFloats(new Random(seed), ITEMS, 1000)),
                KernelArg.floats(new float[ITEMS / REDUCE_GROUP], Check.floatUlps(0)));
    }

    private static String checkReduction(List<KernelArg> args, List<Object> outputs) {
        float[] in = HostChecks.floats(args, 0);
        float[] expected = new float[ITEMS / REDUCE_GROUP];
        for (int i = 0; i < ITEMS; i++) {
            expected[i / REDUCE_GROUP] += in[i];
        }
        return HostChecks.expectFloats("sums", expected, (float[]) outputs.get(1));
    }

    // ---- transpose of a MATRIX x MATRIX matrix through a padded local tile, 2D grid

    public static void transpose(KernelContext c, float[] in, float[] out) {
        float[] tile = c.allocateFloatLocalArray(TILE * (TILE + 1));
        int x = c.globalIdx;
        int y = c.globalIdy;
        tile[c.localIdy * (TILE + 1) + c.localIdx] = in[y * MATRIX + x];
        c.localBarrier();
        int tx = c.groupIdy * TILE + c.localIdx;
        int ty = c.groupIdx * TILE + c.localIdy;
        out[ty * MATRIX + tx] = tile[c.localIdx * (TILE + 1) + c.localIdy];
    }

    private static List<KernelArg> transposeArgs(long seed) {
        return List.of(KernelArg.floatInput(EdgeValues.floats(new Random(seed), MATRIX * MATRIX)),
                KernelArg.floats(new float[MATRIX * MATRIX], Check.floatUlps(0)));
    }

    private static String checkTranspose(List<KernelArg> args, List<Object> outputs) {
        float[] in = HostChecks.floats(args, 0);
        float[] expected = new float[MATRIX * MATRIX];
        for (int r = 0; r < MATRIX; r++) {
            for (int col = 0; col < MATRIX; col++) {
                expected[col * MATRIX + r] = in[r * MATRIX + col];
            }
        }
        return HostChecks.expectFloats("transposed", expected, (float[]) outputs.get(1));
    }

    // ---- several rounds: each item takes its right neighbour's value (rotating in the group) plus the round

    public static void exchangeRounds(KernelContext c, int[] in, int[] out) {
        int[] slots = c.allocateIntLocalArray(GROUP);
        int l = c.localIdx;
        int value = in[c.globalIdx];
        for (int round = 0; round < ROUNDS; round++) {
            slots[l] = value;
            c.localBarrier();
            value = slots[(l + 1) % GROUP] * 3 + round;
            c.localBarrier();
        }
        out[c.globalIdx] = value;
    }

    // ---- 8-byte pairs: loadFloatPair and storeFloatPair on global, local and private arrays

    public static void floatPairs(KernelContext c, float[] in, float[] out) {
        float[] tile = c.allocateFloatLocalArray(2 * GROUP);
        float[] pair = new float[4];
        int l = c.localIdx;
        int i = c.globalIdx;
        // Global pair into the private array's upper half, stored swapped into local memory, the neighbour's local
        // pair back into the lower half, then to global memory.
        c.loadFloatPair(in, 2 * i, pair, 2);
        c.storeFloatPair(tile, 2 * l, pair[3], pair[2]);
        c.localBarrier();
        c.loadFloatPair(tile, 2 * ((l + 1) % GROUP), pair, 0);
        c.storeFloatPair(out, 2 * i, pair[0] + 1f, pair[1] * 2f);
    }

    private static List<KernelArg> floatPairArgs(long seed) {
        return List.of(KernelArg.floatInput(HostChecks.smallIntegerFloats(new Random(seed), 2 * ITEMS, 1000)),
                KernelArg.floats(new float[2 * ITEMS], Check.floatUlps(0)));
    }

    private static String checkFloatPairs(List<KernelArg> args, List<Object> outputs) {
        float[] in = HostChecks.floats(args, 0);
        float[] expected = new float[2 * ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            int neighbour = i - i % GROUP + (i % GROUP + 1) % GROUP;
            expected[2 * i] = in[2 * neighbour + 1] + 1f;
            expected[2 * i + 1] = in[2 * neighbour] * 2f;
        }
        return HostChecks.expectFloats("out", expected, (float[]) outputs.get(1));
    }

    private static List<KernelArg> exchangeArgs(long seed) {
        return List.of(KernelArg.intInput(EdgeValues.intPairs(new Random(seed), ITEMS)[0]),
                KernelArg.ints(new int[ITEMS], Check.exactInts()));
    }

    private static String checkExchange(List<KernelArg> args, List<Object> outputs) {
        int[] values = HostChecks.ints(args, 0).clone();
        for (int round = 0; round < ROUNDS; round++) {
            int[] next = new int[ITEMS];
            for (int i = 0; i < ITEMS; i++) {
                int base = i - i % GROUP;
                next[i] = values[base + (i % GROUP + 1) % GROUP] * 3 + round;
            }
            values = next;
        }
        return HostChecks.expectInts("out", values, (int[]) outputs.get(1));
    }

    // ---- per-group histogram with int atomics on local memory

    public static void localHistogram(KernelContext c, int[] in, int[] out) {
        int[] bins = c.allocateIntLocalArray(16);
        int l = c.localIdx;
        if (l < 16) {
            bins[l] = 0;
        }
        c.localBarrier();
        c.atomicAdd(bins, in[c.globalIdx] & 15, 1);
        c.localBarrier();
        if (l < 16) {
            out[c.groupIdx * 16 + l] = bins[l];
        }
    }

    private static List<KernelArg> histogramArgs(long seed) {
        return List.of(KernelArg.intInput(EdgeValues.intPairs(new Random(seed), ITEMS)[1]),
                KernelArg.ints(new int[ITEMS / GROUP * 16], Check.exactInts()));
    }

    private static String checkHistogram(List<KernelArg> args, List<Object> outputs) {
        int[] in = HostChecks.ints(args, 0);
        int[] expected = new int[ITEMS / GROUP * 16];
        for (int i = 0; i < ITEMS; i++) {
            expected[i / GROUP * 16 + (in[i] & 15)]++;
        }
        return HostChecks.expectInts("bins", expected, (int[]) outputs.get(1));
    }

    // ---- global int atomics: counters, a wrapping sum, and unique tickets from the returned old values

    public static void intAtomics(KernelContext c, int[] in, int[] counters, int[] tickets) {
        int i = c.globalIdx;
        c.atomicAdd(counters, in[i] & (COUNTERS - 1), 1);
        c.atomicAdd(counters, COUNTERS, in[i]);
        tickets[i] = c.atomicAdd(counters, COUNTERS + 1, 1);
    }

    private static List<KernelArg> intAtomicArgs(long seed) {
        return List.of(KernelArg.intInput(EdgeValues.intPairs(new Random(seed), ITEMS)[0]),
                KernelArg.ints(new int[COUNTERS + 2], Check.exactInts()), KernelArg.ints(new int[ITEMS], Check.none()));
    }

    private static String checkIntAtomics(List<KernelArg> args, List<Object> outputs) {
        int[] in = HostChecks.ints(args, 0);
        int[] expected = new int[COUNTERS + 2];
        for (int v : in) {
            expected[v & (COUNTERS - 1)]++;
            expected[COUNTERS] += v;
        }
        expected[COUNTERS + 1] = ITEMS;
        String counters = HostChecks.expectInts("counters", expected, (int[]) outputs.get(1));
        if (counters != null) {
            return counters;
        }
        boolean[] seen = new boolean[ITEMS];
        for (int ticket : (int[]) outputs.get(2)) {
            if (ticket < 0 || ticket >= ITEMS || seen[ticket]) {
                return "tickets are not a permutation of 0.." + (ITEMS - 1) + ": " + ticket + " repeated or out of range";
            }
            seen[ticket] = true;
        }
        return null;
    }

    // ---- global float atomics on 4 addresses (integer-valued inputs, so every order gives the same sum)

    public static void floatAtomics(KernelContext c, float[] in, float[] sums) {
        int i = c.globalIdx;
        c.atomicAdd(sums, i & 3, in[i]);
    }

    private static List<KernelArg> floatAtomicArgs(long seed) {
        return List.of(KernelArg.floatInput(HostChecks.smallIntegerFloats(new Random(seed), ITEMS, 8)),
                KernelArg.floats(new float[4], Check.floatUlps(0)));
    }

    private static String checkFloatAtomics(List<KernelArg> args, List<Object> outputs) {
        float[] in = HostChecks.floats(args, 0);
        float[] expected = new float[4];
        for (int i = 0; i < ITEMS; i++) {
            expected[i & 3] += in[i];
        }
        return HostChecks.expectFloats("sums", expected, (float[]) outputs.get(1));
    }

    // ---- ids on 2D and 3D grids: every work-item writes its coordinates

    public static void ids2d(KernelContext c, int[] out) {
        int slot = 4 * (c.globalIdy * c.globalGroupSizeX + c.globalIdx);
        out[slot] = c.globalIdx | c.globalIdy << 8;
        out[slot + 1] = c.localIdx | c.localIdy << 8;
        out[slot + 2] = c.groupIdx | c.groupIdy << 8;
        out[slot + 3] = c.localGroupSizeX | c.localGroupSizeY << 8 | c.globalGroupSizeY << 16 | c.localLinearId() << 24;
    }

    private static String checkIds2d(List<KernelArg> args, List<Object> outputs) {
        int[] expected = new int[32 * 24 * 4];
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 32; x++) {
                int slot = 4 * (y * 32 + x);
                expected[slot] = x | y << 8;
                expected[slot + 1] = x % 8 | (y % 4) << 8;
                expected[slot + 2] = x / 8 | (y / 4) << 8;
                expected[slot + 3] = 8 | 4 << 8 | 24 << 16 | (x % 8 + 8 * (y % 4)) << 24;
            }
        }
        return HostChecks.expectInts("ids", expected, (int[]) outputs.get(0));
    }

    public static void ids3d(KernelContext c, int[] out) {
        int slot = 4 * ((c.globalIdz * c.globalGroupSizeY + c.globalIdy) * c.globalGroupSizeX + c.globalIdx);
        out[slot] = c.globalIdx | c.globalIdy << 8 | c.globalIdz << 16;
        out[slot + 1] = c.localIdx | c.localIdy << 8 | c.localIdz << 16;
        out[slot + 2] = c.groupIdx | c.groupIdy << 8 | c.groupIdz << 16;
        out[slot + 3] = c.localGroupSizeZ | c.globalGroupSizeZ << 8 | c.localLinearId() << 16;
    }

    private static String checkIds3d(List<KernelArg> args, List<Object> outputs) {
        int[] expected = new int[8 * 6 * 4 * 4];
        for (int z = 0; z < 4; z++) {
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 8; x++) {
                    int slot = 4 * ((z * 6 + y) * 8 + x);
                    expected[slot] = x | y << 8 | z << 16;
                    expected[slot + 1] = x % 4 | (y % 2) << 8 | (z % 2) << 16;
                    expected[slot + 2] = x / 4 | (y / 2) << 8 | (z / 2) << 16;
                    int linear = x % 4 + 4 * (y % 2) + 8 * (z % 2);
                    expected[slot + 3] = 2 | 4 << 8 | linear << 16;
                }
            }
        }
        return HostChecks.expectInts("ids", expected, (int[]) outputs.get(0));
    }
}
