package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The chunkwise float32 forward against the double masked reference (spec section 7: masked == chunkwise). */
class ChunkedForwardTest {
    private static final double TOLERANCE = 1e-4;
    private static final int[] LENGTHS = {0, 1, 2, 63, 64, 65, 127, 1000};
    private static final Map<String, double[]> MASKED = new ConcurrentHashMap<>();

    /** Groups < heads and odd K, V; the longest sequence gets small sizes to keep the O(T^2) oracle quick. */
    private static Shape shapeFor(int length) {
        return length <= 200 ? Shape.of(2, length, 4, 2, 5, 3) : Shape.of(1, length, 2, 1, 3, 3);
    }

    static Stream<Arguments> variantLengthChunk() {
        List<Arguments> cases = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            for (int length : LENGTHS) {
                for (int chunk : ChunkConfig.CHUNK_SIZES) {
                    cases.add(Arguments.of(variant, length, chunk));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} T={1} C={2}")
    @MethodSource("variantLengthChunk")
    void matchesMaskedReference(Variant variant, int length, int chunk) {
        Shape shape = shapeFor(length);
        Inputs inputs = RandomInputs.of(shape, variant, 1000L + length);
        Options options = RandomInputs.optionsFor(variant, shape);
        double[] expected = MASKED.computeIfAbsent(variant + "/" + length,
                key -> MaskedReference.forward(variant, inputs, options));

        float[] actual = ChunkedForward.forward(variant, inputs, options, new ChunkConfig(chunk, 2, true));

        assertThat(actual).hasSize(expected.length);
        assertThat(Metrics.relativeRms(actual, expected)).as("relative RMS").isLessThanOrEqualTo(TOLERANCE);
    }

    static Stream<Arguments> variantsWithWideRows() {
        return Stream.of(Variant.values()).flatMap(variant -> Stream.of(
                Arguments.of(variant, 16), Arguments.of(variant, 64)));
    }

    /** K and V wide enough for the vector bodies (several lanes plus a scalar tail). */
    @ParameterizedTest(name = "{0} C={1}")
    @MethodSource("variantsWithWideRows")
    void matchesMaskedReferenceWithWideKeysAndValues(Variant variant, int chunk) {
        Shape shape = Shape.of(1, 300, 2, 1, 2 * VectorMath.lanes() + 7, VectorMath.lanes() * 2 + 3);
        Inputs inputs = RandomInputs.of(shape, variant, 77);
        Options options = RandomInputs.optionsFor(variant, shape);
        double[] expected = MaskedReference.forward(variant, inputs, options);

        for (boolean vectorized : new boolean[] {true, false}) {
            float[] actual = ChunkedForward.forward(variant, inputs, options, new ChunkConfig(chunk, 2, vectorized));
            assertThat(Metrics.relativeRms(actual, expected)).as("relative RMS, vectorized=" + vectorized)
                    .isLessThanOrEqualTo(TOLERANCE);
        }
    }

    @RepeatedTest(24)
    void matchesMaskedReferenceOnRandomShapes(RepetitionInfo repetition) {
        Random random = new Random(4242L + repetition.getCurrentRepetition());
        Shape shape = RandomInputs.randomShape(random, 400);
        Variant variant = Variant.values()[random.nextInt(Variant.values().length)];
        int chunk = ChunkConfig.CHUNK_SIZES[random.nextInt(ChunkConfig.CHUNK_SIZES.length)];
        Inputs inputs = RandomInputs.of(shape, variant, random.nextLong());
        Options options = new Options(0.25 + random.nextDouble(), random.nextBoolean());
        double[] expected = MaskedReference.forward(variant, inputs, options);

        float[] actual = ChunkedForward.forward(variant, inputs, options,
                new ChunkConfig(chunk, 1 + random.nextInt(3), random.nextBoolean()));

        assertThat(Metrics.relativeRms(actual, expected)).as("%s %s C=%d", variant, shape, chunk)
                .isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void lengthZeroGivesAnEmptyOutput() {
        Shape shape = Shape.of(2, 0, 2, 1, 4, 3);
        Inputs inputs = RandomInputs.of(shape, Variant.LOGLINEAR_GDN, 1);

        float[] o = ChunkedForward.forward(Variant.LOGLINEAR_GDN, inputs, Options.defaults(), ChunkConfig.defaults());

        assertThat(o).isEmpty();
    }
}
