package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad sizes and values give an IllegalArgumentException naming the argument, what was found and what is expected. */
class BadInputTest {
    private final Shape shape = Shape.of(1, 10, 2, 1, 4, 3);

    @Test
    void shapesRejectNegativeSizesIndivisibleGroupsAndTooFewLevels() {
        assertThatThrownBy(() -> Shape.of(1, -1, 2, 1, 4, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T (length)").hasMessageContaining("-1");
        assertThatThrownBy(() -> Shape.of(1, 5, 2, 1, -4, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("K (keyDim)").hasMessageContaining("-4");
        assertThatThrownBy(() -> Shape.of(1, 5, 3, 2, 4, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("H (heads) = 3").hasMessageContaining("G (groups) = 2");
        assertThatThrownBy(() -> new Shape(1, 65, 1, 1, 4, 3, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("L (levels) = 7").hasMessageContaining("levels(T) = 8");
    }

    @Test
    void inputsRejectMismatchedTensorsAndMissingBeta() {
        Inputs good = RandomInputs.of(shape, Variant.GDN, 1);
        assertThatThrownBy(() -> new Inputs(shape, new float[7], good.k(), good.v(), good.g(), good.beta(), good.lambda()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q has 7 elements")
                .hasMessageContaining("[1, 10, 1, 4]");
        assertThatThrownBy(() -> new Inputs(shape, good.q(), good.k(), good.v(), good.g(), good.beta(), new float[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lambda has 3 elements")
                .hasMessageContaining("[1, 10, 2, 5]");
        Inputs noBeta = new Inputs(shape, good.q(), good.k(), good.v(), good.g(), null, good.lambda());
        assertThatThrownBy(() -> MaskedReference.forward(Variant.LOGLINEAR_GDN, noBeta, Options.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs beta");
        assertThatThrownBy(() -> new RecurrentDecoder(Variant.GDN, Options.defaults()).prefill(noBeta,
                RecurrentState.forShape(shape, RecurrentState.Precision.FLOAT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs beta");
    }

    @Test
    void nonFiniteValuesNameTheTensorAndTheFirstBadIndex() {
        Inputs good = RandomInputs.of(shape, Variant.MAMBA2, 2);
        float[] v = good.v().clone();
        v[(4 * 2 + 1) * 3 + 2] = Float.NaN;
        Inputs bad = new Inputs(shape, good.q(), good.k(), v, good.g(), null, good.lambda());
        assertThatThrownBy(bad::requireFinite).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v has a non-finite value NaN").hasMessageContaining("[0, 4, 1, 2]");
    }

    @Test
    void decoderRejectsForeignShapesWrongPrecisionAndShortLambda() {
        Inputs inputs = RandomInputs.of(shape, Variant.LOGLINEAR_MAMBA2, 3);
        RecurrentDecoder decoder = new RecurrentDecoder(Variant.LOGLINEAR_MAMBA2, Options.defaults());
        RecurrentState otherHeads = RecurrentState.create(1, 3, 4, 3, 6, RecurrentState.Precision.FLOAT);
        assertThatThrownBy(() -> decoder.prefill(inputs, otherHeads)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("H=2").hasMessageContaining("H=3");
        RecurrentState doubleState = RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE);
        assertThatThrownBy(() -> decoder.prefill(inputs, doubleState)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefill needs a FLOAT state").hasMessageContaining("DOUBLE");
        RecurrentState small = RecurrentState.create(1, 2, 4, 3, 3, RecurrentState.Precision.FLOAT);
        assertThatThrownBy(() -> decoder.prefill(inputs, small)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds at most 4 tokens").hasMessageContaining("L >= 5");
        // Resuming at position 10 reaches tokens whose lambda needs more columns than a T = 10 shape has.
        RecurrentState resumed = RecurrentState.create(1, 2, 4, 3, 6, RecurrentState.Precision.FLOAT);
        decoder.prefill(inputs, resumed);
        assertThatThrownBy(() -> decoder.prefill(inputs, resumed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lambda has L = 5").hasMessageContaining("L >= 6");
    }

    @Test
    void stepRejectsWrongTensorLengths() {
        RecurrentDecoder decoder = new RecurrentDecoder(Variant.LOGLINEAR_GDN, Options.defaults());
        RecurrentState state = RecurrentState.create(1, 2, 4, 3, 4, RecurrentState.Precision.FLOAT);
        float[] q = new float[4];
        float[] v = new float[6];
        float[] gate = new float[2];
        float[] lambda = new float[8];
        float[] o = new float[6];
        assertThatThrownBy(() -> decoder.step(state, new float[5], q, v, gate, gate, lambda, o))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q has 5 elements")
                .hasMessageContaining("[1, G, 4]");
        assertThatThrownBy(() -> decoder.step(state, q, q, new float[5], gate, gate, lambda, o))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v has 5 elements")
                .hasMessageContaining("[1, 2, 3]");
        assertThatThrownBy(() -> decoder.step(state, q, q, v, gate, null, lambda, o))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta has no elements");
        assertThatThrownBy(() -> decoder.step(state, q, q, v, gate, gate, new float[1], o))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lambda has 1 elements");
        assertThatThrownBy(() -> decoder.step(state, q, q, v, gate, gate, lambda, new float[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("o has 2 elements");
        assertThatThrownBy(() -> decoder.stepDouble(state, q, q, v, gate, gate, lambda, new double[6]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stepDouble needs a DOUBLE state");
    }
}
