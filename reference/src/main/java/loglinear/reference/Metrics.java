package loglinear.reference;

/**
 * Error measures between an output and its expected value. A NaN or infinity anywhere gives an infinite error,
 * so a comparison against a tolerance never passes by accident.
 */
public final class Metrics {
    /** Floor of the expected norm, so an all-zero expected output gives ||a|| / tiny instead of 0/0. */
    public static final double TINY = 1e-300;

    private Metrics() {}

    /** ||actual - expected|| / max(||expected||, tiny), the ratio of root-mean-square error to RMS. */
    public static double relativeRms(double[] actual, double[] expected) {
        requireSameLength(actual.length, expected.length);
        double errorSquares = 0;
        double expectedSquares = 0;
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i]) || !Double.isFinite(expected[i])) {
                return Double.POSITIVE_INFINITY;
            }
            double difference = actual[i] - expected[i];
            errorSquares += difference * difference;
            expectedSquares += expected[i] * expected[i];
        }
        return Math.sqrt(errorSquares) / Math.max(Math.sqrt(expectedSquares), TINY);
    }

    public static double relativeRms(float[] actual, double[] expected) {
        return relativeRms(widen(actual), expected);
    }

    public static double relativeRms(float[] actual, float[] expected) {
        return relativeRms(widen(actual), widen(expected));
    }

    /** max_i |actual[i] - expected[i]|; 0 for empty arrays. */
    public static double maxAbsDiff(double[] actual, double[] expected) {
        requireSameLength(actual.length, expected.length);
        double max = 0;
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i]) || !Double.isFinite(expected[i])) {
                return Double.POSITIVE_INFINITY;
            }
            max = Math.max(max, Math.abs(actual[i] - expected[i]));
        }
        return max;
    }

    public static double maxAbsDiff(float[] actual, double[] expected) {
        return maxAbsDiff(widen(actual), expected);
    }

    public static double maxAbsDiff(float[] actual, float[] expected) {
        return maxAbsDiff(widen(actual), widen(expected));
    }

    private static void requireSameLength(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("actual has " + actual + " elements, expected has " + expected
                    + ": they must have the same length");
        }
    }

    private static double[] widen(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }
}
