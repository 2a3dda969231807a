package loglinear.reference;

/**
 * Scalar options of every forward: {@code scale} multiplies q.k; {@code qkL2Norm} replaces q and k by
 * x / sqrt(sum x^2 + 1e-6) before use (spec section 3).
 */
public record Options(double scale, boolean qkL2Norm) {
    public static final double L2_NORM_EPS = 1e-6;

    public Options {
        if (!Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be finite, got " + scale);
        }
    }

    public static Options defaults() {
        return new Options(1.0, false);
    }
}
