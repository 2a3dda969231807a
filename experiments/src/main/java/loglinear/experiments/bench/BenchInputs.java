package loglinear.experiments.bench;

import java.util.Random;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * Seeded benchmark tensors: q, k, v ~ N(0, 1); g ~ -U(0, 0.5); beta ~ U(0, 1) for the delta rule;
 * lambda ~ U(0.5, 1.5). The delta-rule variants run with qkL2Norm and scale 1, the others with scale 1/sqrt(K).
 */
final class BenchInputs {
    private BenchInputs() {}

    static Inputs random(Shape shape, Variant variant, long seed) {
        Random random = new Random(seed);
        float[] q = gaussian(random, shape.qkElements());
        float[] k = gaussian(random, shape.qkElements());
        float[] v = gaussian(random, shape.vElements());
        float[] g = uniform(random, shape.gateElements(), -0.5f, 0f);
        float[] beta = variant.deltaRule() ? uniform(random, shape.gateElements(), 0f, 1f) : null;
        float[] lambda = uniform(random, shape.lambdaElements(), 0.5f, 1.5f);
        return new Inputs(shape, q, k, v, g, beta, lambda);
    }

    static Options options(Variant variant, Shape shape) {
        return variant.deltaRule() ? new Options(1.0, true) : new Options(1.0 / Math.sqrt(shape.keyDim()), false);
    }

    static float[] gaussian(Random random, long count) {
        float[] out = new float[Math.toIntExact(count)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }

    static float[] uniform(Random random, long count, float low, float high) {
        float[] out = new float[Math.toIntExact(count)];
        for (int i = 0; i < out.length; i++) {
            out[i] = low + (high - low) * random.nextFloat();
        }
        return out;
    }
}
