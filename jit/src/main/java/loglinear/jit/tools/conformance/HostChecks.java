package loglinear.jit.tools.conformance;

import java.util.List;

/** Small helpers for writing {@link HostCheck}s. */
final class HostChecks {
    private HostChecks() {
    }

    static int[] ints(List<KernelArg> args, int index) {
        return ((KernelArg.IntBuffer) args.get(index)).initial();
    }

    static float[] floats(List<KernelArg> args, int index) {
        return ((KernelArg.FloatBuffer) args.get(index)).initial();
    }

    /** Null when equal, else the first differing index with both values. */
    static String expectInts(String what, int[] expected, int[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                return what + "[" + i + "]: expected " + expected[i] + ", got " + actual[i];
            }
        }
        return null;
    }

    static String expectFloats(String what, float[] expected, float[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToIntBits(expected[i]) != Float.floatToIntBits(actual[i])) {
                return what + "[" + i + "]: expected " + expected[i] + ", got " + actual[i];
            }
        }
        return null;
    }

    /** Integer-valued floats in [-limit, limit]: sums of them are exact in any order. */
    static float[] smallIntegerFloats(java.util.Random random, int n, int limit) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(2 * limit + 1) - limit;
        }
        return values;
    }
}
