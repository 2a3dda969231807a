package loglinear.experiments.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GrowthFitTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0, 1.3, 2.0, 3.0})
    void recoversThePowerOfAPowerLaw(double power) {
        Random random = new Random(Double.hashCode(power));
        double constant = 0.01 + random.nextDouble();
        List<Integer> lengths = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        for (int e = 6; e <= 14; e++) {
            lengths.add(1 << e);
            millis.add(constant * Math.pow(1 << e, power));
        }

        GrowthFit fit = GrowthFit.of(lengths, millis);

        assertThat(fit.exponent()).isCloseTo(power, within(1e-9));
        assertThat(fit.points()).isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void fewerThanTwoPointsHaveNoExponent(int count) {
        GrowthFit fit = GrowthFit.of(List.of(1024, 2048).subList(0, count), List.of(1.0, 2.0).subList(0, count));

        assertThat(fit.exponent()).isNaN();
    }
}
