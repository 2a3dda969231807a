package loglinear.kernels.tools;

import java.util.ArrayList;
import java.util.List;

import loglinear.jit.Device;
import loglinear.kernels.ForwardPlan;
import loglinear.kernels.GdnForwardPlan;
import loglinear.kernels.GpuForward;
import loglinear.kernels.PlanConfig;
import loglinear.reference.ChunkedForward;
import loglinear.reference.Inputs;
import loglinear.reference.MaskedReference;
import loglinear.reference.Metrics;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * Self-check of the GPU (log-linear) Gated DeltaNet forward on real backends: the shared {@code gdn-*} fixtures and
 * seeded random shapes against the masked reference (single plans and windowed forwards), T = 1,048,576 windowed
 * (B = 1, H = 4, K = 128, V = 64, windows of 262,144) and T = 131,072 (segmented and sequential plan, with stage
 * timings) against the CPU chunked forward, each with relative RMS <= 1e-4. Prints one PASS/FAIL/SKIP line per
 * check and {@code N passed, N failed}.
 *
 * <p>Arguments: backends to try (default {@code cuda opencl}); {@code --quick} leaves out the long cases;
 * {@code --bench T} only times the benchmark shape at length T on the first backend ({@link GdnBenchmark}).
 * Exit code 0 when everything ran passed, 1 when a check failed, 2 when no backend could be opened.
 */
public final class GpuGdnCheck {
    private static final double TOLERANCE = 1e-4;

    private final CheckReport report = new CheckReport(TOLERANCE);

    public static void main(String[] args) {
        List<String> backends = new ArrayList<>();
        boolean quick = false;
        int benchLength = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--bench")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--bench needs a length T, e.g. --bench 131072");
                }
                benchLength = Integer.parseInt(args[++i]);
            } else {
                backends.add(arg);
            }
        }
        if (benchLength > 0) {
            GdnBenchmark.main(backends.isEmpty() ? "cuda" : backends.getFirst(), benchLength);
            return;
        }
        if (backends.isEmpty()) {
            backends = List.of("cuda", "opencl");
        }
        GpuGdnCheck check = new GpuGdnCheck();
        boolean quickRun = quick;
        check.report.forEachBackend(backends, device -> check.runAll(device, quickRun));
        check.report.finishAndExit();
    }

    private void runAll(Device device, boolean quick) {
        String backend = device.backend().cliName();
        report.checkFixtures(device, "gdn");
        Object[][] randomCases = {
                {Shape.of(1, 1, 2, 1, 16, 16), Variant.LOGLINEAR_GDN},
                {Shape.of(2, 65, 4, 2, 24, 40), Variant.LOGLINEAR_GDN},
                {Shape.of(1, 1000, 4, 1, 64, 64), Variant.LOGLINEAR_GDN},
                {Shape.of(1, 4097, 2, 1, 128, 64), Variant.LOGLINEAR_GDN},
                {Shape.of(1, 4097, 2, 1, 32, 96), Variant.GDN},
                {Shape.of(1, 300, 1, 1, 256, 256), Variant.LOGLINEAR_GDN},
                {Shape.of(2, 777, 6, 3, 33, 129), Variant.LOGLINEAR_GDN},
        };
        long seed = 200;
        for (Object[] c : randomCases) {
            Shape shape = (Shape) c[0];
            Variant variant = (Variant) c[1];
            long caseSeed = seed++;
            report.check(backend + " " + variant.cliName() + " " + shape, () -> {
                Inputs inputs = RandomForwardInputs.of(shape, variant, caseSeed);
                Options options = new Options(1.0 / Math.sqrt(shape.keyDim()) * 4, caseSeed % 2 == 0);
                float[] actual = GpuForward.forward(device, variant, inputs, options);
                return Metrics.relativeRms(actual, MaskedReference.forward(variant, inputs, options));
            });
        }
        WindowedChecks.againstMaskedReference(report, device, List.of(
                new WindowedChecks.WindowCase(Shape.of(2, 5000, 4, 2, 64, 64), PlanConfig.sweep(2), 1024,
                        Variant.LOGLINEAR_GDN),
                new WindowedChecks.WindowCase(Shape.of(1, 9000, 4, 1, 128, 64), PlanConfig.sweep(3), 512,
                        Variant.LOGLINEAR_GDN),
                new WindowedChecks.WindowCase(Shape.of(1, 4097, 2, 1, 32, 96), PlanConfig.sweep(1), 512,
                        Variant.GDN)), seed);
        if (!quick) {
            WindowedChecks.longAgainstChunked(report, device, Variant.LOGLINEAR_GDN, PlanConfig.defaults(),
                    new Options(1.0, true), 9);
        }
        if (!quick) {
            Shape shape = Shape.of(1, 131_072, 4, 1, 128, 64);
            Inputs inputs = RandomForwardInputs.of(shape, Variant.LOGLINEAR_GDN, 7, 0.001);
            Options options = new Options(1.0, true);
            float[][] expectedHolder = new float[1][];
            for (String form : new String[] {"segmented s=" + PlanConfig.defaults().segmentLog2(), "sequential"}) {
                report.check(backend + " loglinear-gdn " + shape + " " + form + " vs ChunkedForward", () -> {
                    float[] actual;
                    try (ForwardPlan plan = form.equals("sequential")
                            ? GdnForwardPlan.sequential(device, Variant.LOGLINEAR_GDN, shape, options)
                            : GpuForward.plan(device, Variant.LOGLINEAR_GDN, shape, options, PlanConfig.defaults())) {
                        actual = CheckReport.runAndTime(plan, inputs);
                    }
                    if (expectedHolder[0] == null) {
                        expectedHolder[0] = ChunkedForward.forward(Variant.LOGLINEAR_GDN, inputs, options);
                    }
                    return Metrics.relativeRms(actual, expectedHolder[0]);
                });
            }
        }
    }
}
