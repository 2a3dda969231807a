package loglinear.experiments;

import java.util.Random;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * Seeded random inputs in the ranges the operators are meant for: q, k, v standard normal; g = log decay in
 * [-0.3, 0] (decay 0.74 to 1 per step); beta in [0, 1]; lambda in [0.5, 1.5]. The same seed gives the same data.
 */
public final class RandomInputs {
    private RandomInputs() {}

    /** Inputs of {@code shape} for {@code variant}: beta only for the delta-rule variants, g = 0 for linear. */
    public static Inputs generate(Shape shape, Variant variant, long seed) {
        Random random = new Random(seed);
        float[] q = normal(random, shape.qkElements());
        float[] k = normal(random, shape.qkElements());
        float[] v = normal(random, shape.vElements());
        float[] g = new float[size(shape.gateElements())];
        if (variant.gated()) {
            for (int i = 0; i < g.length; i++) {
                g[i] = -0.3f * random.nextFloat();
            }
        }
        float[] beta = null;
        if (variant.deltaRule()) {
            beta = new float[size(shape.gateElements())];
            for (int i = 0; i < beta.length; i++) {
                beta[i] = random.nextFloat();
            }
        }
        float[] lambda = new float[size(shape.lambdaElements())];
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] = 0.5f + random.nextFloat();
        }
        return new Inputs(shape, q, k, v, g, beta, lambda);
    }

    /**
     * The options the experiments use for a variant: the delta-rule variants normalize q and k (as callers
     * normally do, spec section 3) with scale 1; the others use scale 1/sqrt(K).
     */
    public static Options optionsFor(Variant variant, Shape shape) {
        return variant.deltaRule() ? new Options(1.0, true) : new Options(1.0 / Math.sqrt(shape.keyDim()), false);
    }

    private static float[] normal(Random random, long count) {
        float[] data = new float[size(count)];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextGaussian();
        }
        return data;
    }

    private static int size(long count) {
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a tensor of " + count + " elements does not fit one Java array");
        }
        return (int) count;
    }
}
