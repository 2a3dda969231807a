package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Batch rows and heads are independent; head h reads q/k group h / (H/G). */
class IndependenceTest {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void perturbingOneBatchRowLeavesTheOthersUnchanged(Variant variant) {
        Shape shape = Shape.of(3, 45, 2, 1, 4, 3);
        Inputs inputs = RandomInputs.of(shape, variant, 31);
        Inputs perturbed = perturb(inputs, variant, 1, -1);
        for (Function<Inputs, double[]> forward : forwards(variant, shape)) {
            double[] before = forward.apply(inputs);
            double[] after = forward.apply(perturbed);
            int rowSize = shape.length() * shape.heads() * shape.valueDim();
            for (int b = 0; b < shape.batch(); b++) {
                double[] rowBefore = Arrays.copyOfRange(before, b * rowSize, (b + 1) * rowSize);
                double[] rowAfter = Arrays.copyOfRange(after, b * rowSize, (b + 1) * rowSize);
                if (b == 1) {
                    assertThat(rowAfter).isNotEqualTo(rowBefore);
                } else {
                    assertThat(rowAfter).as("row %d", b).containsExactly(rowBefore);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void perturbingOneHeadLeavesTheOthersUnchanged(Variant variant) {
        Shape shape = Shape.of(2, 45, 3, 3, 4, 3);
        Inputs inputs = RandomInputs.of(shape, variant, 32);
        Inputs perturbed = perturb(inputs, variant, -1, 1);
        for (Function<Inputs, double[]> forward : forwards(variant, shape)) {
            double[] before = forward.apply(inputs);
            double[] after = forward.apply(perturbed);
            for (int h = 0; h < shape.heads(); h++) {
                double[] headBefore = headSlice(before, shape, h);
                double[] headAfter = headSlice(after, shape, h);
                if (h == 1) {
                    assertThat(headAfter).isNotEqualTo(headBefore);
                } else {
                    assertThat(headAfter).as("head %d", h).containsExactly(headBefore);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void groupedQueriesEqualExpandedQueries(Variant variant) {
        Shape grouped = Shape.of(2, 37, 6, 2, 4, 3);
        Shape expanded = Shape.of(2, 37, 6, 6, 4, 3);
        Inputs inputs = RandomInputs.of(grouped, variant, 33);
        Inputs expandedInputs = new Inputs(expanded, expand(inputs.q(), grouped), expand(inputs.k(), grouped),
                inputs.v(), inputs.g(), inputs.beta(), inputs.lambda());
        Options options = RandomInputs.optionsFor(variant, grouped);
        assertThat(MaskedReference.forward(variant, inputs, options))
                .containsExactly(MaskedReference.forward(variant, expandedInputs, options));
        RecurrentDecoder decoder = new RecurrentDecoder(variant, options);
        assertThat(decoder.prefill(inputs, RecurrentState.forShape(grouped, RecurrentState.Precision.FLOAT)))
                .containsExactly(decoder.prefill(expandedInputs,
                        RecurrentState.forShape(expanded, RecurrentState.Precision.FLOAT)));
    }

    /** q/k [B, T, G, K] -> [B, T, H, K] with head h holding group h / (H/G). */
    private static float[] expand(float[] x, Shape shape) {
        int keyDim = shape.keyDim();
        float[] out = new float[shape.batch() * shape.length() * shape.heads() * keyDim];
        for (int bt = 0; bt < shape.batch() * shape.length(); bt++) {
            for (int h = 0; h < shape.heads(); h++) {
                System.arraycopy(x, (bt * shape.groups() + shape.groupOf(h)) * keyDim, out,
                        (bt * shape.heads() + h) * keyDim, keyDim);
            }
        }
        return out;
    }

    /** The masked oracle, the double decoder and the float decoder (widened). */
    private static java.util.List<Function<Inputs, double[]>> forwards(Variant variant, Shape shape) {
        Options options = RandomInputs.optionsFor(variant, shape);
        RecurrentDecoder decoder = new RecurrentDecoder(variant, options);
        return java.util.List.of(
                in -> MaskedReference.forward(variant, in, options),
                in -> decoder.prefillDouble(in, RecurrentState.forShape(shape, RecurrentState.Precision.DOUBLE)),
                in -> {
                    float[] o = decoder.prefill(in, RecurrentState.forShape(shape, RecurrentState.Precision.FLOAT));
                    double[] wide = new double[o.length];
                    for (int i = 0; i < o.length; i++) {
                        wide[i] = o[i];
                    }
                    return wide;
                });
    }

    /**
     * Adds noise to every tensor entry of batch row {@code row} (or, with row = -1, of head {@code head}: its
     * v, g, beta, lambda, and its own q/k group when G = H).
     */
    private static Inputs perturb(Inputs in, Variant variant, int row, int head) {
        Shape s = in.shape();
        float[] q = in.q().clone();
        float[] k = in.k().clone();
        float[] v = in.v().clone();
        float[] g = in.g().clone();
        float[] beta = in.beta() == null ? null : in.beta().clone();
        float[] lambda = in.lambda().clone();
        for (int b = 0; b < s.batch(); b++) {
            for (int t = 0; t < s.length(); t++) {
                for (int h = 0; h < s.heads(); h++) {
                    boolean hit = row >= 0 ? b == row : h == head;
                    if (!hit) {
                        continue;
                    }
                    int gate = (b * s.length() + t) * s.heads() + h;
                    g[gate] *= 0.5f;
                    if (beta != null) {
                        beta[gate] = 1f - beta[gate];
                    }
                    for (int j = 0; j < s.valueDim(); j++) {
                        v[gate * s.valueDim() + j] += 0.25f;
                    }
                    for (int l = 0; l < s.levels(); l++) {
                        lambda[gate * s.levels() + l] += 0.125f;
                    }
                    if (h % s.headsPerGroup() == 0 && (row >= 0 || s.headsPerGroup() == 1)) {
                        int qk = ((b * s.length() + t) * s.groups() + s.groupOf(h)) * s.keyDim();
                        for (int i = 0; i < s.keyDim(); i++) {
                            q[qk + i] += 0.5f;
                            k[qk + i] -= 0.5f;
                        }
                    }
                }
            }
        }
        return new Inputs(s, q, k, v, g, beta, lambda);
    }

    private static double[] headSlice(double[] o, Shape shape, int head) {
        double[] out = new double[shape.batch() * shape.length() * shape.valueDim()];
        for (int bt = 0; bt < shape.batch() * shape.length(); bt++) {
            System.arraycopy(o, (bt * shape.heads() + head) * shape.valueDim(), out, bt * shape.valueDim(),
                    shape.valueDim());
        }
        return out;
    }
}
