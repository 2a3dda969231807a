package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Spec section 4/7: splitting a sequence anywhere and resuming from the saved state equals one pass. */
class SplitResumeTest {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void resumingFromSavedDoubleStateEqualsOnePass(Variant variant) {
        Random random = new Random(500 + variant.ordinal());
        for (int trial = 0; trial < 8; trial++) {
            Shape shape = RandomInputs.randomShape(random, 150).withLength(1 + random.nextInt(150));
            Inputs inputs = RandomInputs.of(shape, variant, random.nextLong());
            RecurrentDecoder decoder = new RecurrentDecoder(variant, RandomInputs.optionsFor(variant, shape));
            double[] onePass = decoder.prefillDouble(inputs, RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE));

            double[] pieced = new double[onePass.length];
            RecurrentState state = RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE);
            int from = 0;
            for (int split : splitPoints(random, shape.length())) {
                Inputs part = TimeSlices.slice(inputs, from, split);
                TimeSlices.place(decoder.prefillDouble(part, state), pieced, shape, from, split - from);
                state = RecurrentState.fromBytes(state.toBytes());
                from = split;
            }
            assertThat(state.position()).isEqualTo(shape.length());
            assertThat(pieced).as("%s %s", variant, shape).containsExactly(onePass);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void resumingFromCopiedFloatStateEqualsOnePass(Variant variant) {
        Random random = new Random(600 + variant.ordinal());
        for (int trial = 0; trial < 8; trial++) {
            Shape shape = RandomInputs.randomShape(random, 150).withLength(1 + random.nextInt(150));
            Inputs inputs = RandomInputs.of(shape, variant, random.nextLong());
            RecurrentDecoder decoder = new RecurrentDecoder(variant, RandomInputs.optionsFor(variant, shape));
            float[] onePass = decoder.prefill(inputs, RecurrentState.forShape(shape, RecurrentState.Precision.FLOAT));

            float[] pieced = new float[onePass.length];
            RecurrentState state = RecurrentState.forShape(shape, RecurrentState.Precision.FLOAT);
            RecurrentState scratch = RecurrentState.forShape(shape, RecurrentState.Precision.FLOAT);
            int from = 0;
            for (int split : splitPoints(random, shape.length())) {
                Inputs part = TimeSlices.slice(inputs, from, split);
                TimeSlices.place(decoder.prefill(part, state), pieced, shape, from, split - from);
                RecurrentState saved = state.copy();
                // Running more tokens on the live state must not disturb the saved copy.
                decoder.prefill(TimeSlices.slice(inputs, 0, Math.min(3, split)), scratch);
                scratch.restoreFrom(saved);
                state = scratch;
                scratch = saved;
                from = split;
            }
            assertThat(pieced).as("%s %s", variant, shape).containsExactly(onePass);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void singleStepsEqualPrefill(Variant variant) {
        Shape shape = Shape.of(2, 37, 4, 2, 5, 3);
        Inputs inputs = RandomInputs.of(shape, variant, 21);
        RecurrentDecoder decoder = new RecurrentDecoder(variant, RandomInputs.optionsFor(variant, shape));
        float[] expectedFloat = decoder.prefill(inputs, RecurrentState.forShape(shape, RecurrentState.Precision.FLOAT));
        double[] expectedDouble = decoder.prefillDouble(inputs,
                RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE));
        RecurrentState floatState = RecurrentState.forShape(shape, RecurrentState.Precision.FLOAT);
        RecurrentState doubleState = RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE);
        float[] floatOut = new float[expectedFloat.length];
        double[] doubleOut = new double[expectedDouble.length];
        int row = shape.heads() * shape.valueDim();
        for (int t = 0; t < shape.length(); t++) {
            Inputs token = TimeSlices.slice(inputs, t, t + 1);
            float[] o = new float[shape.batch() * row];
            decoder.step(floatState, token.q(), token.k(), token.v(), token.g(), token.beta(), token.lambda(), o);
            TimeSlices.place(o, floatOut, shape, t, 1);
            double[] od = new double[shape.batch() * row];
            decoder.stepDouble(doubleState, token.q(), token.k(), token.v(), token.g(), token.beta(), token.lambda(), od);
            TimeSlices.place(od, doubleOut, shape, t, 1);
        }
        assertThat(floatOut).containsExactly(expectedFloat);
        assertThat(doubleOut).containsExactly(expectedDouble);
    }

    /** 1 to 3 distinct split points in (0, T], the last being T. */
    private static TreeSet<Integer> splitPoints(Random random, int length) {
        TreeSet<Integer> points = new TreeSet<>();
        int extra = random.nextInt(3);
        for (int i = 0; i < extra && length > 1; i++) {
            points.add(1 + random.nextInt(length - 1));
        }
        points.add(length);
        return points;
    }
}
