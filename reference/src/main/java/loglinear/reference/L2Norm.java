package loglinear.reference;

/**
 * The q/k normalisation of spec section 3: {@code x / sqrt(sum x^2 + 1e-6)}, applied row by row.
 *
 * <p>Sums are always taken in double; the float variants round the normalised values once at the end.
 */
public final class L2Norm {
    private L2Norm() {}

    /** The factor a row is multiplied by: 1 / sqrt(sum x^2 + eps). */
    public static double inverseNorm(float[] x, int offset, int length) {
        double sumOfSquares = 0;
        for (int i = 0; i < length; i++) {
            double value = x[offset + i];
            sumOfSquares += value * value;
        }
        return 1.0 / Math.sqrt(sumOfSquares + Options.L2_NORM_EPS);
    }

    /** Copies row {@code x[offset .. offset+length)} into {@code out[outOffset ..]}, normalised if asked. */
    public static void copyRow(float[] x, int offset, int length, boolean normalize, double[] out, int outOffset) {
        double factor = normalize ? inverseNorm(x, offset, length) : 1.0;
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = x[offset + i] * factor;
        }
    }

    /** Float variant of {@link #copyRow(float[], int, int, boolean, double[], int)}. */
    public static void copyRow(float[] x, int offset, int length, boolean normalize, float[] out, int outOffset) {
        if (!normalize) {
            System.arraycopy(x, offset, out, outOffset, length);
            return;
        }
        double factor = inverseNorm(x, offset, length);
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = (float) (x[offset + i] * factor);
        }
    }

    /** Every row of length {@code rowLength} widened to double and normalised if asked. */
    public static double[] rowsInDouble(float[] x, int rowLength, boolean normalize) {
        if (rowLength < 1 || x.length % rowLength != 0) {
            throw new IllegalArgumentException("rowLength must be >= 1 and divide the array length " + x.length
                    + ", got " + rowLength);
        }
        double[] out = new double[x.length];
        for (int offset = 0; offset < x.length; offset += rowLength) {
            copyRow(x, offset, rowLength, normalize, out, offset);
        }
        return out;
    }
}
