package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Spec section 7 reductions and the scalar / vector / thread-count equivalences of the chunkwise forward. */
class ChunkedReductionsTest {
    private static final Shape SHAPE = Shape.of(2, 333, 4, 2, 24, 20);

    @ParameterizedTest
    @ValueSource(ints = {16, 64})
    void unitLambdaLogLinearMamba2EqualsMamba2(int chunk) {
        Inputs inputs = RandomInputs.withUnitLambda(RandomInputs.of(SHAPE, Variant.LOGLINEAR_MAMBA2, 5));
        Options options = RandomInputs.optionsFor(Variant.MAMBA2, SHAPE);
        ChunkConfig config = new ChunkConfig(chunk, 2, true);

        float[] logLinear = ChunkedForward.forward(Variant.LOGLINEAR_MAMBA2, inputs, options, config);
        float[] base = ChunkedForward.forward(Variant.MAMBA2, inputs, options, config);

        assertThat(Metrics.relativeRms(logLinear, base)).isLessThanOrEqualTo(1e-6);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 64})
    void unitLambdaLogLinearGdnEqualsGdn(int chunk) {
        Inputs inputs = RandomInputs.withUnitLambda(RandomInputs.of(SHAPE, Variant.LOGLINEAR_GDN, 6));
        Options options = RandomInputs.optionsFor(Variant.GDN, SHAPE);
        ChunkConfig config = new ChunkConfig(chunk, 2, true);

        float[] logLinear = ChunkedForward.forward(Variant.LOGLINEAR_GDN, inputs, options, config);
        float[] base = ChunkedForward.forward(Variant.GDN, inputs, options, config);

        assertThat(Metrics.relativeRms(logLinear, base)).isLessThanOrEqualTo(1e-6);
    }

    @Test
    void zeroGateMamba2EqualsLinearAttention() {
        Inputs inputs = RandomInputs.withZeroGate(RandomInputs.of(SHAPE, Variant.MAMBA2, 7));
        Options options = RandomInputs.optionsFor(Variant.MAMBA2, SHAPE);
        ChunkConfig config = new ChunkConfig(32, 2, true);

        float[] mamba2 = ChunkedForward.forward(Variant.MAMBA2, inputs, options, config);
        float[] linear = ChunkedForward.forward(Variant.LINEAR, RandomInputs.of(SHAPE, Variant.MAMBA2, 7), options,
                config);

        assertThat(Metrics.relativeRms(mamba2, linear)).isLessThanOrEqualTo(1e-6);
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"GDN", "LOGLINEAR_GDN"})
    void zeroBetaGivesExactlyZero(Variant variant) {
        Inputs random = RandomInputs.of(SHAPE, variant, 8);
        Inputs inputs = new Inputs(SHAPE, random.q(), random.k(), random.v(), random.g(),
                new float[random.beta().length], random.lambda());

        float[] o = ChunkedForward.forward(variant, inputs, new Options(1.0, true), new ChunkConfig(64, 2, true));

        assertThat(o).containsOnly(0f);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void scalarPathMatchesVectorPath(Variant variant) {
        Inputs inputs = RandomInputs.of(SHAPE, variant, 9);
        Options options = RandomInputs.optionsFor(variant, SHAPE);

        float[] vector = ChunkedForward.forward(variant, inputs, options, new ChunkConfig(64, 2, true));
        float[] scalar = ChunkedForward.forward(variant, inputs, options, new ChunkConfig(64, 2, false));

        assertThat(Metrics.relativeRms(scalar, vector)).isLessThanOrEqualTo(1e-5);
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"LOGLINEAR_MAMBA2", "LOGLINEAR_GDN"})
    void threadCountDoesNotChangeTheResult(Variant variant) {
        Inputs inputs = RandomInputs.of(SHAPE, variant, 10);
        Options options = RandomInputs.optionsFor(variant, SHAPE);

        float[] one = ChunkedForward.forward(variant, inputs, options, new ChunkConfig(32, 1, true));
        float[] three = ChunkedForward.forward(variant, inputs, options, new ChunkConfig(32, 3, true));

        assertThat(three).containsExactly(one);
    }

    @Test
    void batchRowsAreIndependent() {
        Variant variant = Variant.LOGLINEAR_GDN;
        Inputs both = RandomInputs.of(SHAPE, variant, 11);
        Shape single = Shape.of(1, SHAPE.length(), SHAPE.heads(), SHAPE.groups(), SHAPE.keyDim(), SHAPE.valueDim());
        Inputs second = new Inputs(single, secondHalf(both.q()), secondHalf(both.k()), secondHalf(both.v()),
                secondHalf(both.g()), secondHalf(both.beta()), secondHalf(both.lambda()));
        Options options = RandomInputs.optionsFor(variant, SHAPE);
        ChunkConfig config = new ChunkConfig(64, 2, true);

        float[] full = ChunkedForward.forward(variant, both, options, config);
        float[] alone = ChunkedForward.forward(variant, second, options, config);

        assertThat(secondHalf(full)).containsExactly(alone);
    }

    @Test
    void deltaRuleWithoutBetaIsRejected() {
        Inputs inputs = RandomInputs.of(SHAPE, Variant.MAMBA2, 12);

        assertThatThrownBy(() -> ChunkedForward.forward(Variant.GDN, inputs, Options.defaults(),
                ChunkConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta");
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        Inputs inputs = RandomInputs.of(SHAPE, Variant.MAMBA2, 13);

        assertThatThrownBy(() -> ChunkedForward.forward(Variant.MAMBA2, inputs, Options.defaults(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("config");
        assertThatThrownBy(() -> ChunkedForward.forward(null, inputs, Options.defaults(), ChunkConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variant");
    }

    private static float[] secondHalf(float[] x) {
        return Arrays.copyOfRange(x, x.length / 2, x.length);
    }
}
