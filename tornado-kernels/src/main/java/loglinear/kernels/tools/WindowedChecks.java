package loglinear.kernels.tools;

import java.util.List;

import loglinear.jit.Device;
import loglinear.kernels.PlanConfig;
import loglinear.kernels.WindowedForwardPlan;
import loglinear.reference.ChunkedForward;
import loglinear.reference.Inputs;
import loglinear.reference.MaskedReference;
import loglinear.reference.Metrics;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/** The windowed-forward checks {@link GpuForwardCheck} and {@link GpuGdnCheck} share. */
final class WindowedChecks {
    /** One windowed case: shape, plan form, window length W, variant. */
    record WindowCase(Shape shape, PlanConfig config, int windowLength, Variant variant) {
        String name(Device device) {
            return device.backend().cliName() + " windowed " + variant.cliName() + " " + shape + " "
                    + (variant.deltaRule() ? "" : config.intraSegment() + " ") + "s=" + config.segmentLog2()
                    + " W=" + windowLength;
        }
    }

    private WindowedChecks() {}

    /**
     * Each case with seeded random inputs (gate scale 0.01; seeds from {@code firstSeed} on) against the masked
     * reference; returns the next unused seed.
     */
    static long againstMaskedReference(CheckReport report, Device device, List<WindowCase> cases, long firstSeed) {
        long seed = firstSeed;
        for (WindowCase c : cases) {
            long caseSeed = seed++;
            report.check(c.name(device), () -> {
                Inputs inputs = RandomForwardInputs.of(c.shape(), c.variant(), caseSeed, 0.01);
                Options options = new Options(1.0 / Math.sqrt(c.shape().keyDim()), caseSeed % 2 == 0);
                float[] actual;
                try (WindowedForwardPlan plan = new WindowedForwardPlan(device, c.variant(), c.shape(), options,
                        c.config(), c.windowLength())) {
                    actual = plan.run(inputs);
                }
                return Metrics.relativeRms(actual, MaskedReference.forward(c.variant(), inputs, options));
            });
        }
        return seed;
    }

    /**
     * T = 1,048,576 (B = 1, H = 4, K = 128, V = 64) in four windows of 262,144 against the CPU chunked forward,
     * printing the streaming forward's wall time with copies and its device memory.
     */
    static void longAgainstChunked(CheckReport report, Device device, Variant variant, PlanConfig config,
                                   Options options, long seed) {
        Shape shape = Shape.of(1, 1 << 20, 4, 1, 128, 64);
        WindowCase c = new WindowCase(shape, config, 1 << 18, variant);
        report.check(c.name(device) + " vs ChunkedForward", () -> {
            // g ~ U(-2e-5, 0]: about exp(-2.6) of decay across one window, so earlier windows still count.
            Inputs inputs = RandomForwardInputs.of(shape, variant, seed, 0.00002);
            float[] actual;
            try (WindowedForwardPlan plan = new WindowedForwardPlan(device, variant, shape, options, config,
                    c.windowLength())) {
                long start = System.nanoTime();
                actual = plan.run(inputs);
                System.out.printf("   %d windows of %d tokens, %.1f ms wall with copies; allocated %d MiB%n",
                        plan.windowCount(), plan.windowLength(), (System.nanoTime() - start) / 1e6,
                        plan.allocatedBytes() / (1 << 20));
            }
            return Metrics.relativeRms(actual, ChunkedForward.forward(variant, inputs, options));
        });
    }
}
