package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrentStateTest {

    @ParameterizedTest
    @EnumSource(RecurrentState.Precision.class)
    void sizeIsIndependentOfTheNumberOfTokens(RecurrentState.Precision precision) {
        int levels = 11;
        long[] sizes = new long[3];
        int[] lengths = {1, 37, 1000};
        for (int i = 0; i < lengths.length; i++) {
            Shape shape = new Shape(2, lengths[i], 3, 1, 4, 5, levels);
            RecurrentState state = RecurrentState.forShape(shape, precision);
            decode(Variant.LOGLINEAR_MAMBA2, shape, state);
            assertThat(state.position()).isEqualTo(lengths[i]);
            sizes[i] = state.sizeInBytes();
        }
        int element = precision == RecurrentState.Precision.FLOAT ? 4 : 8;
        assertThat(sizes).containsOnly(2L * 3 * ((levels - 1) * 4 * 5 + 4 + 5) * element + 2L * 3 * levels * 8 + levels * 4);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 6, 7, 8, 9, 31, 32})
    void occupiedBucketsAreThoseOfTheFenwickPartition(int tokens) {
        Shape shape = new Shape(1, tokens, 1, 1, 2, 2, 7);
        RecurrentState state = RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE);
        decode(Variant.LINEAR, shape, state);
        for (int level = 0; level < state.levels(); level++) {
            boolean occupied = tokens > 0 && (level == 0 || ((tokens - 1) >> (level - 1) & 1) == 1);
            double[] bucket = state.bucket(0, 0, level);
            if (occupied) {
                assertThat(bucket).as("bucket %d after %d tokens", level, tokens).isNotEqualTo(new double[4]);
            } else {
                assertThat(bucket).as("bucket %d after %d tokens", level, tokens).containsOnly(0.0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"LOGLINEAR_MAMBA2", "LOGLINEAR_GDN"})
    void zeroStateAtAPositionEqualsDecodingZeroValues(Variant variant) {
        Shape shape = new Shape(1, 150, 2, 1, 3, 2, 9);
        Inputs random = RandomInputs.of(shape, variant, 12);
        Inputs zeroValues = new Inputs(shape, random.q(), random.k(), new float[random.v().length], random.g(),
                random.beta(), random.lambda());
        RecurrentDecoder decoder = new RecurrentDecoder(variant, RandomInputs.optionsFor(variant, shape));
        RecurrentState decoded = RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE);
        decoder.prefillDouble(TimeSlices.slice(zeroValues, 0, 100), decoded);
        RecurrentState jumped = RecurrentState.zeroAt(1, 2, 3, 2, 9, RecurrentState.Precision.DOUBLE, 100);
        Inputs rest = TimeSlices.slice(random, 100, 150);
        assertThat(decoder.prefillDouble(rest, jumped)).containsExactly(decoder.prefillDouble(rest, decoded));
    }

    @ParameterizedTest
    @EnumSource(RecurrentState.Precision.class)
    void bytesRoundTripAndCopyAreIndependent(RecurrentState.Precision precision) {
        Shape shape = Shape.of(1, 23, 2, 1, 3, 2);
        RecurrentState state = RecurrentState.forShape(shape, precision);
        decode(Variant.LOGLINEAR_GDN, shape, state);
        RecurrentState restored = RecurrentState.fromBytes(state.toBytes());
        assertThat(restored.toBytes()).isEqualTo(state.toBytes());
        assertThat(restored.position()).isEqualTo(23);
        RecurrentState copy = state.copy();
        state.clear();
        assertThat(state.position()).isZero();
        assertThat(copy.position()).isEqualTo(23);
        assertThat(copy.toBytes()).isEqualTo(restored.toBytes());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void stateHoldsTwoToTheLMinusOneTokens(int levels) {
        int capacity = 1 << (levels - 1);
        RecurrentState state = RecurrentState.create(1, 1, 2, 2, levels, RecurrentState.Precision.FLOAT);
        assertThat(state.capacity()).isEqualTo(capacity);
        RecurrentDecoder decoder = new RecurrentDecoder(Variant.MAMBA2, Options.defaults());
        float[] o = new float[2];
        for (int t = 0; t < capacity; t++) {
            decoder.step(state, new float[] {1, 0}, new float[] {0, 1}, new float[] {1, 1}, new float[] {-0.1f}, null,
                    null, o);
        }
        assertThatThrownBy(() -> decoder.step(state, new float[2], new float[2], new float[2], new float[1], null,
                null, o)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("L = " + levels).hasMessageContaining("at most " + capacity + " tokens")
                .hasMessageContaining("position " + capacity).hasMessageContaining("L >= " + (levels + 1));
    }

    @ParameterizedTest
    @EnumSource(RecurrentState.Precision.class)
    void restoreRejectsAStateOfOtherSizes(RecurrentState.Precision precision) {
        RecurrentState state = RecurrentState.create(1, 2, 3, 4, 5, precision);
        RecurrentState other = RecurrentState.create(1, 2, 3, 4, 6, precision);
        assertThatThrownBy(() -> state.restoreFrom(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("L=6").hasMessageContaining("L=5");
        assertThatThrownBy(() -> RecurrentState.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
        byte[] bytes = state.toBytes();
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        assertThatThrownBy(() -> RecurrentState.fromBytes(truncated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(bytes.length)).hasMessageContaining(String.valueOf(truncated.length));
    }

    private static void decode(Variant variant, Shape shape, RecurrentState state) {
        Inputs inputs = RandomInputs.of(shape, variant, 3);
        RecurrentDecoder decoder = new RecurrentDecoder(variant, RandomInputs.optionsFor(variant, shape));
        if (state.precision() == RecurrentState.Precision.FLOAT) {
            decoder.prefill(inputs, state);
        } else {
            decoder.prefillDouble(inputs, state);
        }
    }
}
