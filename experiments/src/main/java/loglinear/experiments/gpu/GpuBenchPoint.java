package loglinear.experiments.gpu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceEvent;
import loglinear.jit.DeviceException;
import loglinear.kernels.DeviceInputs;
import loglinear.kernels.ForwardPlan;
import loglinear.kernels.GpuForward;
import loglinear.kernels.PlanConfig;
import loglinear.kernels.StageTimings;
import loglinear.kernels.WindowedForwardPlan;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * Measures one (device, variant, shape) point: builds the plan (its allocation is the point's device memory),
 * fills the device inputs with seeded random values generated on the host in pieces (so no host array ever holds a
 * whole tensor), runs warm-ups, then times each forward between two device events after a synchronise.
 */
final class GpuBenchPoint {
    /** Floats generated and written per piece. */
    private static final int PIECE = 1 << 22;

    /**
     * Settings shared by every point; a null config means {@link PlanConfig#auto} per shape. {@code windowLog2}:
     * null runs a windowed forward only when one plan cannot hold the shape, with
     * {@link WindowedForwardPlan#defaultWindowLength}; a number forces windows of 2^windowLog2 tokens whenever the
     * sequence is longer than that.
     */
    record Settings(int warmups, int iterations, PlanConfig config, long seed, Integer windowLog2) {
        PlanConfig configFor(Variant variant, Shape shape) {
            return config != null ? config : PlanConfig.auto(variant, shape);
        }

        String formFor(Variant variant, Shape shape) {
            return config != null ? formName(config) : "auto:" + formName(PlanConfig.auto(variant, shape));
        }
    }

    private GpuBenchPoint() {}

    static GpuBenchRow measure(Device device, Variant variant, Shape shape, Settings settings) {
        boolean forced = settings.windowLog2() != null && shape.length() > (1L << settings.windowLog2());
        if (forced || !WindowedForwardPlan.fitsOnePlan(shape)) {
            PlanConfig config = settings.configFor(variant, shape);
            int window = settings.windowLog2() != null ? 1 << settings.windowLog2()
                    : WindowedForwardPlan.defaultWindowLength(variant, shape, config);
            return WindowedBenchPoint.measure(device, variant, shape, settings, window);
        }
        String backend = device.backend().cliName();
        long freeBefore = device.freeMemoryBytes();
        try (ForwardPlan plan = GpuForward.plan(device, variant, shape, Options.defaults(),
                settings.configFor(variant, shape))) {
            long freeAfter = device.freeMemoryBytes();
            double freeDeltaMib = freeBefore > 0 && freeAfter > 0 ? (freeBefore - freeAfter) / 1048576.0 : -1;
            fill(device, plan.inputs(), variant, shape, settings.seed());
            for (int i = 0; i < settings.warmups(); i++) {
                plan.runResident();
            }
            device.synchronize();
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < settings.iterations(); i++) {
                DeviceEvent start = device.recordEvent();
                plan.runResident();
                DeviceEvent end = device.recordEvent();
                device.synchronize();
                millis.add((double) end.elapsedMillisSince(start));
                start.close();
                end.close();
            }
            plan.setTiming(true);
            plan.runResident();
            StageTimings stages = plan.lastTimings();
            Collections.sort(millis);
            double median = millis.size() % 2 == 1 ? millis.get(millis.size() / 2)
                    : (millis.get(millis.size() / 2 - 1) + millis.get(millis.size() / 2)) / 2;
            return new GpuBenchRow(shape.length(), shape.batch(), shape.heads(), variant.cliName(),
                    settings.formFor(variant, shape), backend, median,
                    millis.getFirst(), plan.allocatedBytes() / 1048576.0, freeDeltaMib, device.name(),
                    device.driverVersion(), "ok", stageText(stages));
        } catch (IllegalArgumentException e) {
            return failed(device, variant, shape, settings.formFor(variant, shape), "rejected: " + e.getMessage());
        } catch (DeviceException e) {
            String message = String.valueOf(e.getMessage());
            String status = message.contains("bytes free") || message.toLowerCase().contains("memory")
                    ? "oom: " + message : "error: " + message;
            return failed(device, variant, shape, settings.formFor(variant, shape), status);
        }
    }

    static String formName(PlanConfig config) {
        return config.intraSegment().name().toLowerCase(java.util.Locale.ROOT) + "-s" + config.segmentLog2();
    }

    static GpuBenchRow failed(Device device, Variant variant, Shape shape, String form, String status) {
        return new GpuBenchRow(shape.length(), shape.batch(), shape.heads(), variant.cliName(), form,
                device.backend().cliName(), -1, -1, -1, -1, device.name(), device.driverVersion(),
                status.replace('\n', ' '), "");
    }

    static String stageText(StageTimings stages) {
        if (stages == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < stages.stageNames().size(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(stages.stageNames().get(i)).append('=')
                    .append(String.format(java.util.Locale.ROOT, "%.3f", stages.stageMillis().get(i)));
        }
        return sb.toString();
    }

    /**
     * Random inputs, not zeros: q, k uniform with variance 1/K, v uniform with variance 1, g uniform in (-0.05, 0]
     * (0 for linear), lambda uniform in [0.5, 1.5] (1 for variants without lambda), beta (delta rule) uniform in
     * [0, 1).
     */
    private static void fill(Device device, DeviceInputs inputs, Variant variant, Shape shape, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ shape.length());
        double qkHalfWidth = Math.sqrt(3.0 / shape.keyDim());
        fillUniform(device, inputs.q(), random, -qkHalfWidth, qkHalfWidth);
        fillUniform(device, inputs.k(), random, -qkHalfWidth, qkHalfWidth);
        fillUniform(device, inputs.v(), random, -Math.sqrt(3), Math.sqrt(3));
        fillUniform(device, inputs.g(), random, variant.gated() ? -0.05 : 0, 0);
        fillUniform(device, inputs.lambda(), random, variant.logLinear() ? 0.5 : 1, variant.logLinear() ? 1.5 : 1);
        if (inputs.beta() != null) {
            fillUniform(device, inputs.beta(), random, 0, 1);
        }
    }

    private static void fillUniform(Device device, DeviceBuffer buffer, SplittableRandom random, double low,
                                    double high) {
        long length = buffer.length();
        float[] piece = new float[(int) Math.min(PIECE, length)];
        for (long offset = 0; offset < length; offset += piece.length) {
            int count = (int) Math.min(piece.length, length - offset);
            for (int i = 0; i < count; i++) {
                piece[i] = (float) (low + (high - low) * random.nextDouble());
            }
            device.write(buffer, offset, piece, 0, count);
        }
    }
}
