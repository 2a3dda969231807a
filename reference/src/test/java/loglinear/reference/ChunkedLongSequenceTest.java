package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long sequences against the double recurrent form (masked == recurrent == chunkwise, spec section 7), with gates
 * that decay states far below the float range, gates that grow, and GDN keys that keep shrinking the states: the
 * cases that the chunked form's per-state log scales and renormalisation exist for.
 */
class ChunkedLongSequenceTest {
    private static final int LENGTH = 9000;

    static Stream<Arguments> gateRanges() {
        return Stream.of(
                Arguments.of(Variant.LOGLINEAR_MAMBA2, -3.0, 0.0),
                Arguments.of(Variant.LOGLINEAR_MAMBA2, -0.02, 0.0),
                Arguments.of(Variant.LOGLINEAR_MAMBA2, -0.05, 0.05),
                Arguments.of(Variant.LOGLINEAR_GDN, -3.0, 0.0),
                Arguments.of(Variant.LOGLINEAR_GDN, 0.0, 0.0),
                Arguments.of(Variant.LOGLINEAR_GDN, -0.05, 0.05));
    }

    @ParameterizedTest(name = "{0} g in [{1}, {2}]")
    @MethodSource("gateRanges")
    void matchesDoubleRecurrentForm(Variant variant, double gateLow, double gateHigh) {
        Shape shape = Shape.of(1, LENGTH, 2, 1, 4, 3);
        Inputs random = RandomInputs.of(shape, variant, 31);
        Random gates = new Random(32);
        float[] g = new float[random.g().length];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) (gateLow + (gateHigh - gateLow) * gates.nextDouble());
        }
        Inputs inputs = new Inputs(shape, random.q(), random.k(), random.v(), g, random.beta(), random.lambda());
        Options options = RandomInputs.optionsFor(variant, shape);
        double[] expected = new RecurrentDecoder(variant, options)
                .prefillDouble(inputs, RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE));

        float[] actual = ChunkedForward.forward(variant, inputs, options, new ChunkConfig(32, 2, true));

        assertThat(Metrics.relativeRms(actual, expected)).isLessThanOrEqualTo(1e-4);
    }
}
