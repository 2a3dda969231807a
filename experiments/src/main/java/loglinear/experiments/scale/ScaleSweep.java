package loglinear.experiments.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import loglinear.experiments.CpuForwardRunner;
import loglinear.experiments.ForwardRunner;
import loglinear.experiments.RandomInputs;
import loglinear.reference.ChunkConfig;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Shape;

/**
 * Measures the plan point by point. Before the first point of each (variant, form) the forward runs at that T
 * until the runs add up to {@code seriesWarmupMillis} (at most {@link #MAX_SERIES_WARMUP_RUNS}), so the JIT has
 * compiled it before anything is timed. Each point: seeded random inputs (not timed), warm-up runs until they add
 * up to {@code warmupMillis} (at least one, at most {@link #MAX_WARMUP_RUNS}), then {@code repeats} timed runs
 * whose median is reported. A first warm-up slower than {@code slowRunMillis} counts as the only sample (the JIT
 * is warm by then and repeating would only cost time). Once a (variant, form) takes longer
 * than {@code maxPointMillis} at some T, its larger T are skipped.
 */
public final class ScaleSweep {

    /** Sweep settings besides the plan. */
    public record Settings(int repeats, ChunkConfig chunkConfig, long seed, double seriesWarmupMillis,
            double warmupMillis, double slowRunMillis, double maxPointMillis) {
        public Settings {
            if (repeats < 1) {
                throw new IllegalArgumentException("--repeats must be >= 1, got " + repeats);
            }
        }
    }

    /** Told about each point as it starts and ends (progress display). */
    public interface Listener {
        void started(ScalePlan.Step step, int index, int total);

        void finished(ScalePlan.Step step, ScalePoint point);

        void skipped(ScalePlan.Step step, String reason);
    }

    /** Keeps the last output reachable so no run can be optimized away. */
    private static volatile loglinear.experiments.ForwardOutput lastOutput;

    public static final int MAX_WARMUP_RUNS = 10;
    public static final int MAX_SERIES_WARMUP_RUNS = 50;

    private ScaleSweep() {}

    public static List<ScalePoint> run(ScalePlan plan, Settings settings, Listener listener) {
        List<ScalePlan.Step> steps = plan.steps();
        List<ScalePoint> points = new ArrayList<>();
        Set<String> stopped = new HashSet<>();
        MemoryProbe probe = new MemoryProbe();
        for (int i = 0; i < steps.size(); i++) {
            ScalePlan.Step step = steps.get(i);
            String series = step.variant().cliName() + " " + step.form().cliName();
            if (stopped.contains(series)) {
                listener.skipped(step, "the previous T took longer than " + settings.maxPointMillis() / 1000 + " s");
                continue;
            }
            listener.started(step, i, steps.size());
            if (i == 0 || !steps.get(i - 1).variant().equals(step.variant())
                    || !steps.get(i - 1).form().equals(step.form())) {
                warmUpSeries(plan, settings, step);
            }
            ScalePoint point = measure(plan, settings, step, probe);
            points.add(point);
            listener.finished(step, point);
            if (point.medianMillis() > settings.maxPointMillis()) {
                stopped.add(series);
            }
        }
        return points;
    }

    /** Runs the first point of a series untimed until the JIT has had {@code seriesWarmupMillis} of it. */
    private static void warmUpSeries(ScalePlan plan, Settings settings, ScalePlan.Step step) {
        Shape shape = plan.shapeAt(step.length());
        Inputs inputs = RandomInputs.generate(shape, step.variant(), settings.seed() + step.length());
        Options options = RandomInputs.optionsFor(step.variant(), shape);
        ForwardRunner runner = new CpuForwardRunner(step.form(), settings.chunkConfig());
        double total = 0;
        for (int run = 0; run < MAX_SERIES_WARMUP_RUNS && total < settings.seriesWarmupMillis(); run++) {
            double millis = timeMillis(runner, step, inputs, options);
            total += millis;
            if (millis > settings.slowRunMillis()) {
                return;
            }
        }
    }

    private static ScalePoint measure(ScalePlan plan, Settings settings, ScalePlan.Step step, MemoryProbe probe) {
        Shape shape = plan.shapeAt(step.length());
        Inputs inputs = RandomInputs.generate(shape, step.variant(), settings.seed() + step.length());
        Options options = RandomInputs.optionsFor(step.variant(), shape);
        ForwardRunner runner = new CpuForwardRunner(step.form(), settings.chunkConfig());

        // Step 1: warm-up runs (the first is measured too, in case it is the only sample).
        lastOutput = null;
        probe.start();
        double warmup = timeMillis(runner, step, inputs, options);
        MemoryProbe.Reading memory = probe.stop();
        double[] samples;
        if (warmup > settings.slowRunMillis()) {
            samples = new double[] {warmup};
        } else {
            double warmupTotal = warmup;
            for (int w = 1; w < MAX_WARMUP_RUNS && warmupTotal < settings.warmupMillis(); w++) {
                warmupTotal += timeMillis(runner, step, inputs, options);
            }
            // Step 2: the timed repeats; memory is the largest reading over them.
            samples = new double[settings.repeats()];
            double peakHeap = 0;
            double allocated = 0;
            for (int r = 0; r < samples.length; r++) {
                lastOutput = null;
                probe.start();
                samples[r] = timeMillis(runner, step, inputs, options);
                MemoryProbe.Reading reading = probe.stop();
                peakHeap = Math.max(peakHeap, reading.peakHeapMib());
                allocated = Math.max(allocated, reading.allocatedMib());
            }
            memory = new MemoryProbe.Reading(peakHeap, allocated);
        }
        Arrays.sort(samples);
        int n = samples.length;
        double median = n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
        return new ScalePoint(step.variant().cliName(), step.form().cliName(), step.length(), median, samples[0], n,
                memory.peakHeapMib(), memory.allocatedMib(), settings.chunkConfig().threads());
    }

    private static double timeMillis(ForwardRunner runner, ScalePlan.Step step, Inputs inputs, Options options) {
        lastOutput = null;
        long start = System.nanoTime();
        lastOutput = runner.forward(step.variant(), inputs, options);
        long elapsed = System.nanoTime() - start;
        return elapsed / 1e6;
    }
}
