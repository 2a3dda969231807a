package loglinear.kernels.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.kernels.GdnForwardPlan;
import loglinear.kernels.PlanConfig;
import loglinear.kernels.StageTimings;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * Device-event timing of the log-linear Gated DeltaNet forward plan at the benchmark shape B = 2, H = 48, G = 1,
 * K = 128, V = 64 and a given T: random non-zero inputs (q, k ~ U(-1, 1) before qkL2Norm, v ~ U(-1, 1),
 * g ~ U(-0.01, 0), beta ~ U(0, 1), lambda ~ U(0.5, 1.5)), 3 warm-up runs, then the median of 10 timed runs, per
 * stage and in total, plus the device memory the plan holds.
 */
public final class GdnBenchmark {
    private static final int WARMUPS = 3;
    private static final int RUNS = 10;

    private GdnBenchmark() {}

    /** Times the plan on backend {@code backendName} at length {@code length}. */
    public static void main(String backendName, int length) {
        Shape shape = Shape.of(2, length, 48, 1, 128, 64);
        Inputs inputs = randomInputs(shape, 1234);
        Options options = new Options(1.0 / Math.sqrt(shape.keyDim()), true);
        try (Device device = Devices.open(backendName);
             GdnForwardPlan plan = new GdnForwardPlan(device, Variant.LOGLINEAR_GDN, shape, options,
                     PlanConfig.defaults())) {
            System.out.println("bench " + device.name() + " loglinear-gdn " + shape + " s="
                    + PlanConfig.defaults().segmentLog2() + ", " + plan.segments() + " segments, allocated "
                    + plan.allocatedBytes() / (1 << 20) + " MiB of which intermediates "
                    + plan.intermediateBytes() / (1 << 20) + " MiB");
            plan.inputs().write(inputs);
            plan.setTiming(true);
            List<StageTimings> timings = new ArrayList<>();
            for (int i = 0; i < WARMUPS + RUNS; i++) {
                plan.runResident();
                if (i >= WARMUPS) {
                    timings.add(plan.lastTimings());
                }
            }
            StageTimings first = timings.getFirst();
            StringBuilder line = new StringBuilder(String.format("median of %d: total %.3f ms", RUNS,
                    median(timings.stream().mapToDouble(StageTimings::totalMillis).toArray())));
            for (int s = 0; s < first.stageNames().size(); s++) {
                int stage = s;
                line.append(String.format(", %s %.3f", first.stageNames().get(s),
                        median(timings.stream().mapToDouble(t -> t.stageMillis().get(stage)).toArray())));
            }
            System.out.println(line);
            float[] o = plan.inputs().readOutput();
            double sumSquares = 0;
            long nonFinite = 0;
            for (float x : o) {
                if (Float.isFinite(x)) {
                    sumSquares += (double) x * x;
                } else {
                    nonFinite++;
                }
            }
            System.out.printf("output rms %.4e, %d non-finite%n", Math.sqrt(sumSquares / o.length), nonFinite);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Random inputs filled in parallel blocks, each from its own seeded generator. */
    static Inputs randomInputs(Shape shape, long seed) {
        float[] q = uniform(shape.qkElements(), -1, 1, seed);
        float[] k = uniform(shape.qkElements(), -1, 1, seed + 1);
        float[] v = uniform(shape.vElements(), -1, 1, seed + 2);
        float[] g = uniform(shape.gateElements(), -0.01, 0, seed + 3);
        float[] beta = uniform(shape.gateElements(), 0, 1, seed + 4);
        float[] lambda = uniform(shape.lambdaElements(), 0.5, 1.5, seed + 5);
        return new Inputs(shape, q, k, v, g, beta, lambda);
    }

    private static float[] uniform(long count, double low, double high, long seed) {
        float[] out = new float[Math.toIntExact(count)];
        int block = 1 << 20;
        int blocks = (out.length + block - 1) / block;
        IntStream.range(0, blocks).parallel().forEach(i -> {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
            int end = Math.min(out.length, (i + 1) * block);
            for (int j = i * block; j < end; j++) {
                out[j] = (float) (low + (high - low) * random.nextDouble());
            }
        });
        return out;
    }
}
