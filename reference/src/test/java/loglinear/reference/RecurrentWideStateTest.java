package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The float decoder on heads wide enough for its vector paths: V = 64 and 80 fill whole strips of 4 vectors
 * (16 or 8 float lanes), 48 and 17 leave single-vector strips and scalar columns. The double decoder, checked
 * against the masked reference elsewhere, is the reference here.
 */
class RecurrentWideStateTest {
    private static final int LENGTH = 200;

    static Stream<Arguments> variantsAndDims() {
        int[][] dims = {{128, 64}, {32, 80}, {8, 48}, {16, 17}, {5, 3}};
        return Stream.of(Variant.values()).flatMap(variant -> Stream.of(dims)
                .map(kv -> Arguments.of(variant, kv[0], kv[1])));
    }

    @ParameterizedTest(name = "{0} K={1} V={2}")
    @MethodSource("variantsAndDims")
    void floatDecodingMatchesDoubleDecoding(Variant variant, int keyDim, int valueDim) {
        Shape shape = Shape.of(1, LENGTH, 2, 1, keyDim, valueDim);
        Inputs inputs = RandomInputs.of(shape, variant, 31L * keyDim + valueDim + variant.ordinal());
        RecurrentDecoder decoder = new RecurrentDecoder(variant, RandomInputs.optionsFor(variant, shape));
        double[] reference = decoder.prefillDouble(inputs, RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE));
        float[] decoded = decoder.prefill(inputs, RecurrentState.forShape(shape, RecurrentState.Precision.FLOAT));
        assertThat(Metrics.relativeRms(decoded, reference)).as("%s K=%d V=%d", variant, keyDim, valueDim)
                .isLessThanOrEqualTo(1e-5);
    }
}
