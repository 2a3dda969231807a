package loglinear.experiments.scale;

import java.util.ArrayList;
import java.util.List;
import loglinear.experiments.Form;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * What the sweep measures: T = 2^minExp .. 2^maxExp for each variant and form, each form up to its own largest
 * exponent, at the fixed sizes B, H, G, K, V.
 *
 * @param variants      operators to sweep
 * @param forms         forms to sweep, each up to {@code maxExpOf(form)}
 * @param minExp        smallest log2 T
 * @param maxExp        largest log2 T of the chunked form
 * @param referenceMaxExp largest log2 T of the O(T^2) reference form
 * @param recurrentMaxExp largest log2 T of the recurrent form
 */
public record ScalePlan(List<Variant> variants, List<Form> forms, int minExp, int maxExp, int referenceMaxExp,
        int recurrentMaxExp, int batch, int heads, int groups, int keyDim, int valueDim) {

    /** The sweep's default sizes: B = 1, H = 4, G = 1, K = 128, V = 64 (the paper's per-head sizes). */
    public static final int BATCH = 1;
    public static final int HEADS = 4;
    public static final int GROUPS = 1;
    public static final int KEY_DIM = 128;
    public static final int VALUE_DIM = 64;

    public ScalePlan {
        if (variants.isEmpty() || forms.isEmpty()) {
            throw new IllegalArgumentException("--variants and --forms must name at least one each, got variants="
                    + variants + ", forms=" + forms);
        }
        if (minExp < 0 || maxExp > 30 || minExp > maxExp) {
            throw new IllegalArgumentException("--min-exp/--max-exp must satisfy 0 <= min <= max <= 30, got min="
                    + minExp + ", max=" + maxExp);
        }
        // The sizes are validated by Shape itself.
        Shape.of(batch, 1, heads, groups, keyDim, valueDim);
    }

    /** Largest log2 T of a form. */
    public int maxExpOf(Form form) {
        return switch (form) {
            case REFERENCE -> Math.min(maxExp, referenceMaxExp);
            case RECURRENT -> Math.min(maxExp, recurrentMaxExp);
            case CHUNKED -> maxExp;
        };
    }

    public Shape shapeAt(int length) {
        return Shape.of(batch, length, heads, groups, keyDim, valueDim);
    }

    /** One planned measurement. */
    public record Step(Variant variant, Form form, int length) {}

    /** Every measurement in sweep order: per variant, per form, T ascending. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (Variant variant : variants) {
            for (Form form : forms) {
                for (int e = minExp; e <= maxExpOf(form); e++) {
                    steps.add(new Step(variant, form, 1 << e));
                }
            }
        }
        return steps;
    }
}
