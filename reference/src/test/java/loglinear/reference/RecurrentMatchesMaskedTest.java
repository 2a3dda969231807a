package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec section 7: masked == recurrent for every variant, lengths around powers of two, and random shapes. */
class RecurrentMatchesMaskedTest {
    private static final int[] LENGTHS = {0, 1, 2, 63, 64, 65, 127, 1000};

    static Stream<Arguments> variantsAndLengths() {
        return Stream.of(Variant.values())
                .flatMap(variant -> IntStream.of(LENGTHS).mapToObj(length -> Arguments.of(variant, length)));
    }

    @ParameterizedTest(name = "{0} T={1}")
    @MethodSource("variantsAndLengths")
    void recurrentEqualsMaskedAtEdgeLengths(Variant variant, int length) {
        Shape shape = Shape.of(1, length, 1, 1, 4, 3);
        assertRecurrentMatchesMasked(variant, shape, 1000L * length + variant.ordinal());
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void recurrentEqualsMaskedOnRandomShapes(Variant variant) {
        Random random = new Random(77 + variant.ordinal());
        for (int trial = 0; trial < 12; trial++) {
            assertRecurrentMatchesMasked(variant, RandomInputs.randomShape(random, 90), random.nextLong());
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void extraLambdaColumnsAreIgnored(Variant variant) {
        Shape shape = new Shape(1, 40, 2, 1, 3, 2, 9);
        Inputs inputs = RandomInputs.of(shape, variant, 5);
        Options options = RandomInputs.optionsFor(variant, shape);
        Shape narrow = Shape.of(1, 40, 2, 1, 3, 2);
        float[] lambda = new float[Math.toIntExact(narrow.lambdaElements())];
        for (int row = 0; row < shape.gateElements(); row++) {
            System.arraycopy(inputs.lambda(), row * 9, lambda, row * narrow.levels(), narrow.levels());
        }
        Inputs narrowInputs = new Inputs(narrow, inputs.q(), inputs.k(), inputs.v(), inputs.g(), inputs.beta(), lambda);
        assertThat(MaskedReference.forward(variant, inputs, options))
                .containsExactly(MaskedReference.forward(variant, narrowInputs, options));
    }

    static void assertRecurrentMatchesMasked(Variant variant, Shape shape, long seed) {
        Inputs inputs = RandomInputs.of(shape, variant, seed);
        Options options = RandomInputs.optionsFor(variant, shape);
        double[] masked = MaskedReference.forward(variant, inputs, options);
        RecurrentDecoder decoder = new RecurrentDecoder(variant, options);
        double[] recurrentDouble = decoder.prefillDouble(inputs,
                RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE));
        float[] recurrentFloat = decoder.prefill(inputs, RecurrentState.forShape(shape, RecurrentState.Precision.FLOAT));
        assertThat(recurrentDouble).hasSameSizeAs(masked);
        assertThat(Metrics.relativeRms(recurrentDouble, masked)).as("double, %s %s", variant, shape)
                .isLessThanOrEqualTo(1e-10);
        assertThat(Metrics.relativeRms(recurrentFloat, masked)).as("float, %s %s", variant, shape)
                .isLessThanOrEqualTo(1e-4);
    }
}
