package loglinear.kernels.tools;

import java.util.ArrayList;
import java.util.List;

import loglinear.jit.Device;
import loglinear.kernels.ForwardPlan;
import loglinear.kernels.GpuForward;
import loglinear.kernels.PlanConfig;
import loglinear.kernels.WindowedForwardPlan;
import loglinear.reference.ChunkedForward;
import loglinear.reference.Inputs;
import loglinear.reference.MaskedReference;
import loglinear.reference.Metrics;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * Self-check of the GPU Mamba-2 forwards on real backends: the shared fixtures and seeded random shapes against
 * the masked reference, and T = 131,072 (B = 1, H = 4, K = 128, V = 64) against the CPU chunked forward, each
 * with relative RMS <= 1e-4; the windowed forward ({@link WindowedForwardPlan}) on random shapes against the masked
 * reference and, in the long run, at T = 1,048,576 (B = 1, H = 4, windows of 262,144) against the CPU chunked
 * forward. Prints one PASS/FAIL/SKIP line per check and {@code N passed, N failed}.
 *
 * <p>Arguments: backends to try (default {@code cuda opencl}); {@code --quick} leaves out the long cases.
 * Exit code 0 when everything ran passed, 1 when a check failed, 2 when no backend could be opened.
 */
public final class GpuForwardCheck {
    private static final double TOLERANCE = 1e-4;

    private final CheckReport report = new CheckReport(TOLERANCE);

    public static void main(String[] args) {
        List<String> backends = new ArrayList<>();
        boolean quick = false;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else {
                backends.add(arg);
            }
        }
        if (backends.isEmpty()) {
            backends = List.of("cuda", "opencl");
        }
        GpuForwardCheck check = new GpuForwardCheck();
        boolean quickRun = quick;
        check.report.forEachBackend(backends, device -> check.runAll(device, quickRun));
        check.report.finishAndExit();
    }

    private void runAll(Device device, boolean quick) {
        report.checkFixtures(device, "mamba2");
        Object[][] randomCases = {
                {Shape.of(1, 1, 2, 1, 16, 16), 4, Variant.LOGLINEAR_MAMBA2},
                {Shape.of(2, 65, 4, 2, 24, 40), 0, Variant.LOGLINEAR_MAMBA2},
                {Shape.of(1, 1000, 4, 1, 64, 64), 1, Variant.LOGLINEAR_MAMBA2},
                {Shape.of(1, 4097, 2, 1, 128, 64), 2, Variant.LOGLINEAR_MAMBA2},
                {Shape.of(1, 4097, 2, 1, 32, 96), 4, Variant.MAMBA2},
                {Shape.of(1, 3000, 2, 1, 32, 32), 3, Variant.LINEAR},
                {Shape.of(1, 300, 1, 1, 256, 256), 1, Variant.LOGLINEAR_MAMBA2},
        };
        long seed = 100;
        for (Object[] c : randomCases) {
            Shape shape = (Shape) c[0];
            int segmentLog2 = (Integer) c[1];
            Variant variant = (Variant) c[2];
            long caseSeed = seed++;
            PlanConfig config = caseSeed % 3 == 0 ? PlanConfig.masked(segmentLog2) : PlanConfig.sweep(segmentLog2);
            report.check(device.backend().cliName() + " " + variant.cliName() + " " + shape + " "
                    + config.intraSegment() + " s=" + segmentLog2, () -> {
                Inputs inputs = RandomForwardInputs.of(shape, variant, caseSeed);
                Options options = new Options(1.0 / Math.sqrt(shape.keyDim()) * 4, caseSeed % 2 == 0);
                float[] actual;
                try (ForwardPlan plan = GpuForward.plan(device, variant, shape, options, config)) {
                    actual = plan.run(inputs);
                }
                return Metrics.relativeRms(actual, MaskedReference.forward(variant, inputs, options));
            });
        }
        seed = WindowedChecks.againstMaskedReference(report, device, List.of(
                new WindowedChecks.WindowCase(Shape.of(2, 5000, 4, 2, 64, 64), PlanConfig.sweep(2), 1024,
                        Variant.LOGLINEAR_MAMBA2),
                new WindowedChecks.WindowCase(Shape.of(1, 9000, 4, 1, 128, 64), PlanConfig.masked(3), 2048,
                        Variant.LOGLINEAR_MAMBA2),
                new WindowedChecks.WindowCase(Shape.of(1, 4097, 2, 1, 32, 96), PlanConfig.sweep(1), 512,
                        Variant.MAMBA2),
                new WindowedChecks.WindowCase(Shape.of(1, 3000, 4, 2, 32, 32), PlanConfig.masked(0), 256,
                        Variant.LINEAR)), seed);
        if (!quick) {
            Shape longShape = Shape.of(1, 1 << 20, 4, 1, 128, 64);
            WindowedChecks.longAgainstChunked(report, device, Variant.LOGLINEAR_MAMBA2,
                    PlanConfig.auto(Variant.LOGLINEAR_MAMBA2, longShape), Options.defaults(), 8);
        }
        if (!quick) {
            Shape shape = Shape.of(1, 131_072, 4, 1, 128, 64);
            Inputs inputs = RandomForwardInputs.of(shape, Variant.LOGLINEAR_MAMBA2, 7, 0.001);
            Options options = Options.defaults();
            float[][] expectedHolder = new float[1][];
            for (PlanConfig config : new PlanConfig[] {PlanConfig.defaults(), PlanConfig.masked(4)}) {
                report.check(device.backend().cliName() + " loglinear-mamba2 " + shape + " "
                        + config.intraSegment() + " s=" + config.segmentLog2() + " vs ChunkedForward", () -> {
                float[] actual;
                try (ForwardPlan plan = GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2, shape, options, config)) {
                    actual = CheckReport.runAndTime(plan, inputs);
                }
                if (expectedHolder[0] == null) {
                    expectedHolder[0] = ChunkedForward.forward(Variant.LOGLINEAR_MAMBA2, inputs, options);
                }
                return Metrics.relativeRms(actual, expectedHolder[0]);
            });
            }
        }
    }
}
