package loglinear.experiments;

import java.util.Arrays;

/**
 * The output o of one forward, [B, T, H, V] in C order: float64 from the reference form, float32 otherwise.
 * Exactly one of {@code floats} and {@code doubles} is non-null.
 */
public record ForwardOutput(int[] dims, float[] floats, double[] doubles) {

    public ForwardOutput {
        if ((floats == null) == (doubles == null)) {
            throw new IllegalArgumentException("exactly one of floats and doubles must be given");
        }
        long expected = Arrays.stream(dims).asLongStream().reduce(1, (a, b) -> a * b);
        long found = floats != null ? floats.length : doubles.length;
        if (found != expected) {
            throw new IllegalArgumentException("output has " + found + " elements, expected shape "
                    + Arrays.toString(dims) + " = " + expected + " elements");
        }
    }

    public static ForwardOutput ofFloats(int[] dims, float[] o) {
        return new ForwardOutput(dims, o, null);
    }

    public static ForwardOutput ofDoubles(int[] dims, double[] o) {
        return new ForwardOutput(dims, null, o);
    }

    public boolean isDouble() {
        return doubles != null;
    }

    /** The values widened to double (a copy for float32 output). */
    public double[] asDoubles() {
        if (doubles != null) {
            return doubles;
        }
        double[] wide = new double[floats.length];
        for (int i = 0; i < floats.length; i++) {
            wide[i] = floats[i];
        }
        return wide;
    }
}
