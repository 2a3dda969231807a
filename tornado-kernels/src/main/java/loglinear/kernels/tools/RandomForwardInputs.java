package loglinear.kernels.tools;

import java.util.Arrays;
import java.util.Random;

import loglinear.reference.Inputs;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * Seeded random forward inputs: q, k ~ N(0, 1/K), v ~ N(0, 1), g uniform in (-gateScale, 0] (0 for linear),
 * lambda uniform in [0.5, 1.5] (1 for variants without lambda), beta uniform in [0, 1) for the delta rule.
 */
public final class RandomForwardInputs {
    private RandomForwardInputs() {}

    /** Default gate scale: 0.2 up to T = 512, 0.004 beyond (so that old segments still contribute measurably). */
    public static Inputs of(Shape shape, Variant variant, long seed) {
        return of(shape, variant, seed, shape.length() > 512 ? 0.004 : 0.2);
    }

    public static Inputs of(Shape shape, Variant variant, long seed, double gateScale) {
        Random random = new Random(seed);
        double qkStd = 1.0 / Math.sqrt(shape.keyDim());
        float[] q = gaussian(random, shape.qkElements(), qkStd);
        float[] k = gaussian(random, shape.qkElements(), qkStd);
        float[] v = gaussian(random, shape.vElements(), 1.0);
        float[] g = new float[Math.toIntExact(shape.gateElements())];
        if (variant.gated()) {
            for (int i = 0; i < g.length; i++) {
                g[i] = (float) (-gateScale * random.nextDouble());
            }
        }
        float[] lambda = new float[Math.toIntExact(shape.lambdaElements())];
        if (variant.logLinear()) {
            for (int i = 0; i < lambda.length; i++) {
                lambda[i] = (float) (0.5 + random.nextDouble());
            }
        } else {
            Arrays.fill(lambda, 1f);
        }
        float[] beta = null;
        if (variant.deltaRule()) {
            beta = new float[g.length];
            for (int i = 0; i < beta.length; i++) {
                beta[i] = random.nextFloat();
            }
        }
        return new Inputs(shape, q, k, v, g, beta, lambda);
    }

    private static float[] gaussian(Random random, long count, double std) {
        float[] out = new float[Math.toIntExact(count)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (random.nextGaussian() * std);
        }
        return out;
    }
}
