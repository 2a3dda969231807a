package loglinear.experiments.scale;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import loglinear.experiments.Form;
import loglinear.experiments.LogLinearCli;
import loglinear.experiments.io.AtomicFiles;
import loglinear.reference.ChunkConfig;
import loglinear.reference.Variant;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loglinear scale}: time against sequence length on the CPU, written as scale.csv, growth.csv and a
 * log-log scale.png.
 */
@Command(name = "scale", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Sweep T = 2^min-exp .. 2^max-exp on the CPU and plot time against T.", "",
            "Sizes: B=1, H=4, G=1, K=128, V=64 (chunked form at --chunk). Each form first runs untimed at its "
                + "first T (--series-warmup-ms). Each point: warm-up runs (--warmup-ms), then the median of --repeats timed runs (a first run slower than --slow-run-ms is the only sample).",
            "Writes to --out-dir: scale.csv (variant, form, T, ms, min_ms, repeats, peak_heap_mib, allocated_mib, "
                + "threads), growth.csv (least-squares slope of log ms against log T per form) and scale.png "
                + "(log-log, with dashed T, T log T and T^2 guides through the first point).",
            "peak_heap_mib: sum over heap pools of their peak use during a run, above the heap in use after a GC "
                + "before it (an upper bound that includes uncollected garbage, in units of the collector's regions); "
                + "allocated_mib: bytes allocated by all threads during a run. Off-heap memory is not counted.", ""})
public final class ScaleCommand implements Callable<Integer> {

    @Option(names = "--min-exp", defaultValue = "10", paramLabel = "E", description = "Smallest T = 2^E (default: ${DEFAULT-VALUE}).")
    int minExp;

    @Option(names = "--max-exp", defaultValue = "17", paramLabel = "E", description = "Largest T = 2^E of the chunked form (default: ${DEFAULT-VALUE}).")
    int maxExp;

    @Option(names = "--reference-max-exp", defaultValue = "13", paramLabel = "E",
            description = "Largest T = 2^E of the O(T^2) reference form (default: ${DEFAULT-VALUE}).")
    int referenceMaxExp;

    @Option(names = "--recurrent-max-exp", defaultValue = "15", paramLabel = "E",
            description = "Largest T = 2^E of the recurrent form (default: ${DEFAULT-VALUE}).")
    int recurrentMaxExp;

    @Option(names = "--variants", split = ",", defaultValue = "loglinear-mamba2", paramLabel = "NAME",
            description = "Comma-separated variants (default: ${DEFAULT-VALUE}; any of linear, mamba2, gdn, loglinear-mamba2, loglinear-gdn).")
    List<String> variantNames;

    @Option(names = "--forms", split = ",", defaultValue = "chunked,recurrent,reference", paramLabel = "FORM",
            description = "Comma-separated forms (default: ${DEFAULT-VALUE}).")
    List<String> formNames;

    @Option(names = "--out-dir", defaultValue = "results/scale", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--repeats", defaultValue = "3", paramLabel = "N", description = "Timed runs per point (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads of the chunked form (default: the available cores).")
    Integer threads;

    @Option(names = "--chunk", defaultValue = "64", paramLabel = "C", description = "Chunk size of the chunked form (default: ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--series-warmup-ms", defaultValue = "2000", paramLabel = "MS",
            description = "Untimed runs at the first T of each form before it is measured, until they add up to this "
                    + "(at most 50 runs; default: ${DEFAULT-VALUE}).")
    double seriesWarmupMillis;

    @Option(names = "--warmup-ms", defaultValue = "300", paramLabel = "MS",
            description = "Untimed warm-up runs per point until they add up to this (1 to 10 runs; default: ${DEFAULT-VALUE}).")
    double warmupMillis;

    @Option(names = "--slow-run-ms", defaultValue = "2000", paramLabel = "MS",
            description = "A first run slower than this is the point's only sample (default: ${DEFAULT-VALUE}).")
    double slowRunMillis;

    @Option(names = "--max-point-seconds", defaultValue = "120", paramLabel = "S",
            description = "After a point slower than this, larger T of that form are skipped (default: ${DEFAULT-VALUE}).")
    double maxPointSeconds;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the random inputs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-progress", description = "No progress bar; one line per point instead.")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ChunkConfig chunkConfig;
        try {
            chunkConfig = new ChunkConfig(chunk, threadCount, true);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--chunk/--threads: " + e.getMessage(), e);
        }
        ScalePlan plan = new ScalePlan(variantNames.stream().map(ScaleCommand::variant).toList(),
                formNames.stream().map(ScaleCommand::form).toList(), minExp, maxExp, referenceMaxExp, recurrentMaxExp,
                ScalePlan.BATCH, ScalePlan.HEADS, ScalePlan.GROUPS, ScalePlan.KEY_DIM, ScalePlan.VALUE_DIM);
        ScaleSweep.Settings settings = new ScaleSweep.Settings(repeats, chunkConfig, seed, seriesWarmupMillis, warmupMillis, slowRunMillis,
                maxPointSeconds * 1000);
        Files.createDirectories(outDir);
        out.printf(Locale.ROOT, "scale: T = 2^%d..2^%d, B=%d H=%d G=%d K=%d V=%d, C=%d, %d threads, %d repeats; %d points%n",
                minExp, maxExp, plan.batch(), plan.heads(), plan.groups(), plan.keyDim(), plan.valueDim(), chunk,
                threadCount, repeats, plan.steps().size());
        out.flush();

        // Step 1: measure.
        List<ScalePoint> points;
        boolean bar = !noProgress && System.console() != null && System.console().isTerminal();
        if (bar) {
            try (ProgressBar progress = new ProgressBarBuilder().setTaskName("scale").setInitialMax(plan.steps().size())
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build()) {
                points = ScaleSweep.run(plan, settings, new BarListener(progress));
            }
        } else {
            points = ScaleSweep.run(plan, settings, new LineListener(out));
        }

        // Step 2: growth exponent per (variant, form).
        List<String> growthRows = new ArrayList<>();
        growthRows.add("variant,form,exponent,points,max_T,ms_at_max_T,peak_heap_mib_at_max_T");
        out.println();
        out.println(String.format(Locale.ROOT, "%-18s %-10s %9s %7s %9s %12s %15s", "variant", "form", "exponent",
                "points", "max T", "ms at max T", "peak heap MiB"));
        for (Map.Entry<String, List<ScalePoint>> series : bySeries(points).entrySet()) {
            List<ScalePoint> s = series.getValue();
            GrowthFit fit = GrowthFit.of(s.stream().map(ScalePoint::length).toList(),
                    s.stream().map(ScalePoint::medianMillis).toList());
            ScalePoint last = s.get(s.size() - 1);
            growthRows.add(String.format(Locale.ROOT, "%s,%s,%.3f,%d,%d,%.3f,%.1f", last.variant(), last.form(),
                    fit.exponent(), fit.points(), last.length(), last.medianMillis(), last.peakHeapMib()));
            out.println(String.format(Locale.ROOT, "%-18s %-10s %9.3f %7d %9d %12.1f %15.1f", last.variant(),
                    last.form(), fit.exponent(), fit.points(), last.length(), last.medianMillis(), last.peakHeapMib()));
        }

        // Step 3: files, each written atomically.
        List<String> csv = new ArrayList<>();
        csv.add(ScalePoint.CSV_HEADER);
        points.forEach(p -> csv.add(p.csvRow()));
        Path csvFile = outDir.resolve("scale.csv");
        Path growthFile = outDir.resolve("growth.csv");
        Path pngFile = outDir.resolve("scale.png");
        writeLines(csvFile, csv);
        writeLines(growthFile, growthRows);
        String title = String.format(Locale.ROOT, "CPU forward time vs T (B=%d H=%d G=%d K=%d V=%d C=%d, %d threads)",
                plan.batch(), plan.heads(), plan.groups(), plan.keyDim(), plan.valueDim(), chunk, threadCount);
        AtomicFiles.write(pngFile, "--out-dir", path -> {
            try (var stream = Files.newOutputStream(path)) {
                ScalePlot.writePng(points, title, stream);
            }
        });
        out.println();
        out.println("wrote " + csvFile.toAbsolutePath());
        out.println("wrote " + growthFile.toAbsolutePath());
        out.println("wrote " + pngFile.toAbsolutePath());
        out.flush();
        return LogLinearCli.EXIT_OK;
    }

    private static Map<String, List<ScalePoint>> bySeries(List<ScalePoint> points) {
        Map<String, List<ScalePoint>> series = new LinkedHashMap<>();
        for (ScalePoint p : points) {
            series.computeIfAbsent(p.variant() + " " + p.form(), key -> new ArrayList<>()).add(p);
        }
        return series;
    }

    private static void writeLines(Path file, List<String> lines) throws java.io.IOException {
        AtomicFiles.write(file, "--out-dir", path -> Files.write(path, lines, StandardCharsets.UTF_8));
    }

    private static Variant variant(String name) {
        try {
            return Variant.fromCliName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--variants: " + e.getMessage(), e);
        }
    }

    private static Form form(String name) {
        try {
            return Form.fromCliName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--forms: " + e.getMessage(), e);
        }
    }

    /** Progress on a terminal. */
    private record BarListener(ProgressBar progress) implements ScaleSweep.Listener {
        @Override
        public void started(ScalePlan.Step step, int index, int total) {
            progress.setExtraMessage(step.variant().cliName() + " " + step.form().cliName() + " T=" + step.length());
        }

        @Override
        public void finished(ScalePlan.Step step, ScalePoint point) {
            progress.step();
        }

        @Override
        public void skipped(ScalePlan.Step step, String reason) {
            progress.step();
        }
    }

    /** Progress as plain lines (logs, pipes, tests). */
    private record LineListener(PrintWriter out) implements ScaleSweep.Listener {
        @Override
        public void started(ScalePlan.Step step, int index, int total) {
            out.printf(Locale.ROOT, "[%d/%d] %s %s T=%d ... ", index + 1, total, step.variant().cliName(),
                    step.form().cliName(), step.length());
            out.flush();
        }

        @Override
        public void finished(ScalePlan.Step step, ScalePoint point) {
            out.printf(Locale.ROOT, "%.2f ms (median of %d), peak heap %.1f MiB%n", point.medianMillis(),
                    point.repeats(), point.peakHeapMib());
            out.flush();
        }

        @Override
        public void skipped(ScalePlan.Step step, String reason) {
            out.printf(Locale.ROOT, "skipped %s %s T=%d: %s%n", step.variant().cliName(), step.form().cliName(),
                    step.length(), reason);
            out.flush();
        }
    }
}
