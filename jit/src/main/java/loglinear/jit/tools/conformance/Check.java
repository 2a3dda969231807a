package loglinear.jit.tools.conformance;

/**
 * How a read-back buffer of the reference device is compared with the candidate's.
 *
 * <ul>
 *   <li>{@link Kind#NONE}: an input, not compared.</li>
 *   <li>{@link Kind#INT_EXACT}: int buffer, bit for bit.</li>
 *   <li>{@link Kind#FLOAT_ULP}: float buffer; equal when both are NaN (any payload) or when the distance in units in
 *       the last place is at most {@code ulps} (0 = same bits, so -0.0 differs from 0.0).</li>
 *   <li>{@link Kind#DOUBLE_PAIRS_ULP}: an int buffer holding doubles as (low word, high word) pairs; compared like
 *       floats, in double ulps.</li>
 * </ul>
 */
public record Check(Kind kind, int ulps) {
    public enum Kind { NONE, INT_EXACT, FLOAT_ULP, DOUBLE_PAIRS_ULP }

    public Check {
        if (ulps < 0) {
            throw new IllegalArgumentException("ulps must be >= 0, got " + ulps);
        }
    }

    public static Check none() {
        return new Check(Kind.NONE, 0);
    }

    public static Check exactInts() {
        return new Check(Kind.INT_EXACT, 0);
    }

    public static Check floatUlps(int ulps) {
        return new Check(Kind.FLOAT_ULP, ulps);
    }

    public static Check doubleUlps(int ulps) {
        return new Check(Kind.DOUBLE_PAIRS_ULP, ulps);
    }

    /**
     * Distance in ulps between two non-NaN floats, through their ordered integer images (-0.0 sits one ulp below
     * 0.0, so only identical bits have distance 0).
     */
    public static long ulpDistance(float a, float b) {
        return Math.abs(orderedBits(a) - orderedBits(b));
    }

    public static long ulpDistance(double a, double b) {
        long oa = orderedBits(a);
        long ob = orderedBits(b);
        long d = oa - ob;
        // Step: |oa - ob| saturating, since the two images may differ by more than Long.MAX_VALUE.
        if (((oa ^ ob) & (oa ^ d)) < 0) {
            return Long.MAX_VALUE;
        }
        return d == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(d);
    }

    private static long orderedBits(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits >= 0 ? bits : -(long) (bits & 0x7fffffff) - 1;
    }

    private static long orderedBits(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits >= 0 ? bits : -(bits & Long.MAX_VALUE) - 1;
    }
}
