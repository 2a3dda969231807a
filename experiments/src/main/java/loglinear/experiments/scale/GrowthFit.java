package loglinear.experiments.scale;

import java.util.List;

/**
 * The growth exponent of a timing curve: the least-squares slope of log(time) against log(T).
 * A slope of 1 is linear, 2 is quadratic; T log T reads as slightly above 1 over a finite range.
 *
 * @param exponent the fitted slope
 * @param points   how many (T, time) pairs were fitted
 */
public record GrowthFit(double exponent, int points) {

    /** Fits log(millis) = a + exponent * log(length) over the points with positive time; NaN exponent below two points. */
    public static GrowthFit of(List<Integer> lengths, List<Double> millis) {
        if (lengths.size() != millis.size()) {
            throw new IllegalArgumentException("lengths has " + lengths.size() + " entries but millis has "
                    + millis.size() + "; expected the same number");
        }
        // Step 1: x = log T, y = log ms for every usable point.
        double sumX = 0;
        double sumY = 0;
        int n = 0;
        double[] xs = new double[lengths.size()];
        double[] ys = new double[lengths.size()];
        for (int i = 0; i < lengths.size(); i++) {
            double ms = millis.get(i);
            int length = lengths.get(i);
            if (!(ms > 0) || length < 1) {
                continue;
            }
            xs[n] = Math.log(length);
            ys[n] = Math.log(ms);
            sumX += xs[n];
            sumY += ys[n];
            n++;
        }
        if (n < 2) {
            return new GrowthFit(Double.NaN, n);
        }
        // Step 2: slope = sum (x - mean x)(y - mean y) / sum (x - mean x)^2.
        double meanX = sumX / n;
        double meanY = sumY / n;
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (xs[i] - meanX) * (ys[i] - meanY);
            variance += (xs[i] - meanX) * (xs[i] - meanX);
        }
        return new GrowthFit(variance == 0 ? Double.NaN : covariance / variance, n);
    }
}
