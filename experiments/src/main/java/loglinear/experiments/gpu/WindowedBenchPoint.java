package loglinear.experiments.gpu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import loglinear.jit.Device;
import loglinear.jit.DeviceEvent;
import loglinear.jit.DeviceException;
import loglinear.kernels.StageTimings;
import loglinear.kernels.WindowedForwardPlan;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * Measures one point whose tensors do not fit one plan through the streaming forward
 * ({@link WindowedForwardPlan}): windows of W tokens run in order through one window-sized plan.
 *
 * <p>Inputs: a pool of {@value #POOL_SIZE} window-sized host input sets generated once up front (seeded uniform values
 * as in {@link GpuBenchPoint}); window n uses pool entry n mod {@value #POOL_SIZE}. Two numbers per point:
 * <ul>
 *   <li>ms_median / ms_min ({@link GpuBenchRow#TIMED_WINDOW_KERNELS}): per forward, the sum over windows of the
 *       device-event time of that window's kernels (stages 0-3 and the window-level step); each window's input copy
 *       happens before its start event and is excluded;</li>
 *   <li>ms_with_copies: wall-clock time of the whole streaming forward
 *       ({@link WindowedForwardPlan#run(WindowedForwardPlan.InputSource, WindowedForwardPlan.OutputSink)}), including
 *       every window's host-to-device input copy and device-to-host o copy, excluding host input generation
 *       (median of up to three runs).</li>
 * </ul>
 */
final class WindowedBenchPoint {
    /** Distinct window-sized host input sets. */
    static final int POOL_SIZE = 2;
    /** Runs of the with-copies measurement. */
    private static final int COPY_RUNS = 3;

    private WindowedBenchPoint() {}

    static GpuBenchRow measure(Device device, Variant variant, Shape shape, GpuBenchPoint.Settings settings,
                               int windowLength) {
        String form = settings.formFor(variant, shape);
        long freeBefore = device.freeMemoryBytes();
        try (WindowedForwardPlan plan = new WindowedForwardPlan(device, variant, shape, Options.defaults(),
                settings.configFor(variant, shape), windowLength)) {
            long freeAfter = device.freeMemoryBytes();
            double freeDeltaMib = freeBefore > 0 && freeAfter > 0 ? (freeBefore - freeAfter) / 1048576.0 : -1;
            // Step 1: the host input pool (and a last, shorter window when T is not a multiple of W).
            SplittableRandom random = new SplittableRandom(settings.seed() ^ shape.length());
            List<Inputs> pool = new ArrayList<>();
            for (int i = 0; i < Math.min(POOL_SIZE, plan.windowCount()); i++) {
                pool.add(randomWindow(plan.windowShape(0), variant, random));
            }
            Shape lastShape = plan.windowShape(plan.windowCount() - 1);
            Inputs last = lastShape.equals(plan.windowShape(0)) ? null : randomWindow(lastShape, variant, random);
            WindowedForwardPlan.InputSource source = (index, windowShape) -> windowShape.equals(lastShape)
                    && last != null ? last : pool.get(index % pool.size());

            // Step 2: warm-ups, then device-event time of each window's kernels, summed over windows.
            for (int i = 0; i < settings.warmups(); i++) {
                kernelMillis(plan, source);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < settings.iterations(); i++) {
                millis.add(kernelMillis(plan, source));
            }
            Collections.sort(millis);
            double median = millis.size() % 2 == 1 ? millis.get(millis.size() / 2)
                    : (millis.get(millis.size() / 2 - 1) + millis.get(millis.size() / 2)) / 2;

            // Step 3: wall clock of the whole streaming forward with copies in and out.
            List<Double> withCopies = new ArrayList<>();
            for (int i = 0; i < Math.min(COPY_RUNS, settings.iterations()); i++) {
                device.synchronize();
                long start = System.nanoTime();
                plan.run(source, (index, windowShape, o) -> { });
                device.synchronize();
                withCopies.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(withCopies);

            // Step 4: stage times summed over the windows of one timed forward.
            String stages = stageSums(plan, source);
            return new GpuBenchRow(shape.length(), shape.batch(), shape.heads(), variant.cliName(), form,
                    device.backend().cliName(), median, millis.getFirst(), plan.allocatedBytes() / 1048576.0,
                    freeDeltaMib, device.name(), device.driverVersion(), "ok", stages, plan.windowLength(),
                    GpuBenchRow.TIMED_WINDOW_KERNELS, withCopies.get(withCopies.size() / 2));
        } catch (IllegalArgumentException e) {
            return GpuBenchPoint.failed(device, variant, shape, form, "rejected: " + e.getMessage());
        } catch (DeviceException e) {
            String message = String.valueOf(e.getMessage());
            String status = message.contains("bytes free") || message.toLowerCase(Locale.ROOT).contains("memory")
                    ? "oom: " + message : "error: " + message;
            return GpuBenchPoint.failed(device, variant, shape, form, status);
        }
    }

    /** One forward: per window copy in (untimed), then device events around its kernels; returns the sum. */
    private static double kernelMillis(WindowedForwardPlan plan, WindowedForwardPlan.InputSource source) {
        Device device = plan.device();
        double total = 0;
        for (int index = 0; index < plan.windowCount(); index++) {
            plan.writeWindow(index, source.window(index, plan.windowShape(index)));
            device.synchronize();
            DeviceEvent start = device.recordEvent();
            plan.runWindowResident(index);
            DeviceEvent end = device.recordEvent();
            device.synchronize();
            total += end.elapsedMillisSince(start);
            start.close();
            end.close();
        }
        return total;
    }

    private static String stageSums(WindowedForwardPlan plan, WindowedForwardPlan.InputSource source) {
        Map<String, Double> sums = new LinkedHashMap<>();
        plan.setTiming(true);
        try {
            for (int index = 0; index < plan.windowCount(); index++) {
                plan.writeWindow(index, source.window(index, plan.windowShape(index)));
                plan.runWindowResident(index);
                StageTimings timings = plan.lastTimings();
                for (int i = 0; i < timings.stageNames().size(); i++) {
                    sums.merge(timings.stageNames().get(i), (double) timings.stageMillis().get(i), Double::sum);
                }
            }
        } finally {
            plan.setTiming(false);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> entry : sums.entrySet()) {
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(entry.getKey()).append('=').append(String.format(Locale.ROOT, "%.3f", entry.getValue()));
        }
        return sb.toString();
    }

    /**
     * One window's random inputs: q, k uniform with variance 1/K, v uniform with variance 1, g uniform in
     * (-0.05, 0] (0 for linear), lambda uniform in [0.5, 1.5] (1 for variants without lambda).
     */
    static Inputs randomWindow(Shape windowShape, Variant variant, SplittableRandom random) {
        double qkHalfWidth = Math.sqrt(3.0 / windowShape.keyDim());
        float[] q = uniform(windowShape.qkElements(), random, -qkHalfWidth, qkHalfWidth);
        float[] k = uniform(windowShape.qkElements(), random, -qkHalfWidth, qkHalfWidth);
        float[] v = uniform(windowShape.vElements(), random, -Math.sqrt(3), Math.sqrt(3));
        float[] g = uniform(windowShape.gateElements(), random, variant.gated() ? -0.05 : 0, 0);
        float[] lambda = uniform(windowShape.lambdaElements(), random, variant.logLinear() ? 0.5 : 1,
                variant.logLinear() ? 1.5 : 1);
        float[] beta = variant.deltaRule() ? uniform(windowShape.gateElements(), random, 0, 1) : null;
        return new Inputs(windowShape, q, k, v, g, beta, lambda);
    }

    private static float[] uniform(long count, SplittableRandom random, double low, double high) {
        float[] out = new float[Math.toIntExact(count)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (low + (high - low) * random.nextDouble());
        }
        return out;
    }
}
