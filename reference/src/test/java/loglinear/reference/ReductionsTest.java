package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Spec section 7 reductions, plus the base models against their textbook full-state recurrences. */
class ReductionsTest {

    @RepeatedTest(4)
    void unitLambdaGivesTheBaseModel(RepetitionInfo repetition) {
        Shape shape = RandomInputs.randomShape(new Random(repetition.getCurrentRepetition()), 80);
        assertUnitLambdaReduces(Variant.LOGLINEAR_MAMBA2, Variant.MAMBA2, shape, repetition.getCurrentRepetition());
        assertUnitLambdaReduces(Variant.LOGLINEAR_GDN, Variant.GDN, shape, repetition.getCurrentRepetition());
    }

    @RepeatedTest(4)
    void zeroGateAndUnitLambdaGiveLinearAttention(RepetitionInfo repetition) {
        Shape shape = RandomInputs.randomShape(new Random(100 + repetition.getCurrentRepetition()), 80);
        Inputs inputs = RandomInputs.withZeroGate(RandomInputs.withUnitLambda(
                RandomInputs.of(shape, Variant.LOGLINEAR_MAMBA2, repetition.getCurrentRepetition())));
        Options options = RandomInputs.optionsFor(Variant.LINEAR, shape);
        double[] linear = MaskedReference.forward(Variant.LINEAR, inputs, options);
        assertThat(MaskedReference.forward(Variant.LOGLINEAR_MAMBA2, inputs, options)).containsExactly(linear);
        assertThat(decodeDouble(Variant.LOGLINEAR_MAMBA2, inputs, options))
                .containsExactly(decodeDouble(Variant.LINEAR, inputs, options));
        // Linear attention is o_t = scale * sum_{s<=t} (q_t . k_s) v_s.
        assertThat(Metrics.relativeRms(linear, NaiveRecurrence.forward(Variant.LINEAR, inputs, options)))
                .isLessThanOrEqualTo(1e-12);
    }

    @RepeatedTest(4)
    void zeroGateAndUnitLambdaGiveDeltaNet(RepetitionInfo repetition) {
        Shape shape = RandomInputs.randomShape(new Random(200 + repetition.getCurrentRepetition()), 80);
        Inputs inputs = RandomInputs.withZeroGate(RandomInputs.withUnitLambda(
                RandomInputs.of(shape, Variant.LOGLINEAR_GDN, repetition.getCurrentRepetition())));
        Options options = RandomInputs.optionsFor(Variant.GDN, shape);
        double[] deltaNet = NaiveRecurrence.forward(Variant.GDN, inputs, options);
        assertThat(Metrics.relativeRms(MaskedReference.forward(Variant.LOGLINEAR_GDN, inputs, options), deltaNet))
                .isLessThanOrEqualTo(1e-12);
        assertThat(Metrics.relativeRms(decodeDouble(Variant.LOGLINEAR_GDN, inputs, options), deltaNet))
                .isLessThanOrEqualTo(1e-12);
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"LINEAR", "MAMBA2", "GDN"})
    void baseModelsEqualTheirFullStateRecurrence(Variant variant) {
        Random random = new Random(300 + variant.ordinal());
        for (int trial = 0; trial < 6; trial++) {
            Shape shape = RandomInputs.randomShape(random, 120);
            Inputs inputs = RandomInputs.of(shape, variant, random.nextLong());
            Options options = RandomInputs.optionsFor(variant, shape);
            double[] naive = NaiveRecurrence.forward(variant, inputs, options);
            assertThat(Metrics.relativeRms(MaskedReference.forward(variant, inputs, options), naive))
                    .as("%s %s", variant, shape).isLessThanOrEqualTo(1e-12);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"GDN", "LOGLINEAR_GDN"})
    void zeroBetaGivesExactlyZero(Variant variant) {
        Shape shape = Shape.of(2, 70, 2, 1, 5, 3);
        Inputs random = RandomInputs.of(shape, variant, 9);
        Inputs inputs = new Inputs(shape, random.q(), random.k(), random.v(), random.g(),
                new float[random.beta().length], random.lambda());
        Options options = RandomInputs.optionsFor(variant, shape);
        assertThat(MaskedReference.forward(variant, inputs, options)).containsOnly(0.0);
        assertThat(decodeDouble(variant, inputs, options)).containsOnly(0.0);
        float[] decodedFloat = new RecurrentDecoder(variant, options).prefill(inputs,
                RecurrentState.forShape(shape, RecurrentState.Precision.FLOAT));
        assertThat(decodedFloat).containsOnly(0f);
    }

    private static void assertUnitLambdaReduces(Variant logLinear, Variant base, Shape shape, long seed) {
        Inputs inputs = RandomInputs.withUnitLambda(RandomInputs.of(shape, logLinear, seed));
        Options options = RandomInputs.optionsFor(logLinear, shape);
        assertThat(MaskedReference.forward(logLinear, inputs, options))
                .containsExactly(MaskedReference.forward(base, inputs, options));
        assertThat(decodeDouble(logLinear, inputs, options)).containsExactly(decodeDouble(base, inputs, options));
        // The base model ignores lambda entirely: random lambda gives the same output.
        Inputs randomLambda = RandomInputs.of(shape, logLinear, seed);
        assertThat(Arrays.equals(MaskedReference.forward(base, randomLambda, options),
                MaskedReference.forward(base, inputs, options))).isTrue();
    }

    private static double[] decodeDouble(Variant variant, Inputs inputs, Options options) {
        return new RecurrentDecoder(variant, options).prefillDouble(inputs,
                RecurrentState.forShape(inputs.shape(), RecurrentState.Precision.DOUBLE));
    }
}
