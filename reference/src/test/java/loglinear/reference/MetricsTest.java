package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void relativeRmsIsTheNormOfTheErrorOverTheNormOfTheExpected() {
        assertThat(Metrics.relativeRms(new double[] {3, 4}, new double[] {3, 4})).isZero();
        assertThat(Metrics.relativeRms(new double[] {3, 5}, new double[] {3, 4})).isCloseTo(0.2, within(1e-15));
        assertThat(Metrics.relativeRms(new float[] {0, 0}, new double[] {0, 0})).isZero();
        assertThat(Metrics.relativeRms(new float[] {1, 0}, new float[] {0, 0})).isGreaterThan(1e200);
        assertThat(Metrics.relativeRms(new double[0], new double[0])).isZero();
    }

    @Test
    void nonFiniteValuesNeverPass() {
        assertThat(Metrics.relativeRms(new double[] {Double.NaN, 1}, new double[] {1, 1})).isInfinite();
        assertThat(Metrics.relativeRms(new float[] {Float.POSITIVE_INFINITY}, new double[] {1})).isInfinite();
        assertThat(Metrics.maxAbsDiff(new double[] {Double.NaN}, new double[] {1})).isInfinite();
        assertThat(Metrics.maxAbsDiff(new float[] {1}, new float[] {Float.NaN})).isInfinite();
    }

    @Test
    void maxAbsDiffIsTheLargestElementwiseDifference() {
        assertThat(Metrics.maxAbsDiff(new double[] {1, -2, 3}, new double[] {1, 2, 2.5})).isEqualTo(4.0);
        assertThat(Metrics.maxAbsDiff(new float[] {1.5f}, new double[] {1})).isEqualTo(0.5);
    }

    @Test
    void rejectsDifferentLengths() {
        assertThatThrownBy(() -> Metrics.relativeRms(new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2").hasMessageContaining("3");
    }
}
