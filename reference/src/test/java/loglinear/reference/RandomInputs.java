package loglinear.reference;

import java.util.Arrays;
import java.util.Random;

/**
 * Seeded random {@link Inputs} with sensible distributions: q, k, v ~ N(0, 1); g ~ -U(0, 0.5) (a log decay);
 * beta ~ U(0, 1) for the delta-rule variants (null otherwise); lambda ~ U(0.5, 1.5).
 */
public final class RandomInputs {
    private RandomInputs() {}

    /** Random inputs of {@code shape} for {@code variant}; the same seed gives the same tensors. */
    public static Inputs of(Shape shape, Variant variant, long seed) {
        Random random = new Random(seed);
        float[] q = gaussian(random, shape.qkElements());
        float[] k = gaussian(random, shape.qkElements());
        float[] v = gaussian(random, shape.vElements());
        float[] g = new float[size(shape.gateElements())];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) (-0.5 * random.nextDouble());
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
            lambda[i] = (float) (0.5 + random.nextDouble());
        }
        return new Inputs(shape, q, k, v, g, beta, lambda);
    }

    /**
     * Options that keep outputs O(1): the delta-rule variants use qkL2Norm = true and scale 1; the others
     * scale 1/sqrt(K) without normalisation.
     */
    public static Options optionsFor(Variant variant, Shape shape) {
        return variant.deltaRule() ? new Options(1.0, true) : new Options(1.0 / Math.sqrt(shape.keyDim()), false);
    }

    /** A random shape: B in [1,2], G in [1,2], H = G * [1,2], K in [1,6], V in [1,5], T in [0, maxLength]. */
    public static Shape randomShape(Random random, int maxLength) {
        int groups = 1 + random.nextInt(2);
        return Shape.of(1 + random.nextInt(2), random.nextInt(maxLength + 1), groups * (1 + random.nextInt(2)),
                groups, 1 + random.nextInt(6), 1 + random.nextInt(5));
    }

    /** The same inputs with lambda = 1 on every level. */
    public static Inputs withUnitLambda(Inputs inputs) {
        float[] lambda = new float[inputs.lambda().length];
        Arrays.fill(lambda, 1f);
        return new Inputs(inputs.shape(), inputs.q(), inputs.k(), inputs.v(), inputs.g(), inputs.beta(), lambda);
    }

    /** The same inputs with g = 0. */
    public static Inputs withZeroGate(Inputs inputs) {
        return new Inputs(inputs.shape(), inputs.q(), inputs.k(), inputs.v(), new float[inputs.g().length],
                inputs.beta(), inputs.lambda());
    }

    private static float[] gaussian(Random random, long count) {
        float[] out = new float[size(count)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }

    private static int size(long count) {
        return Math.toIntExact(count);
    }
}
