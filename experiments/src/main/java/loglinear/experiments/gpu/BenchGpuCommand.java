package loglinear.experiments.gpu;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import loglinear.experiments.io.AtomicFiles;
import loglinear.jit.Backend;
import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.kernels.PlanConfig;
import loglinear.reference.Levels;
import loglinear.reference.Shape;
import loglinear.reference.Variant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loglinear bench-gpu}: forward time against sequence length on GPU backends, side by side, with optional
 * PyTorch SDPA numbers; writes bench-gpu.csv and bench-gpu.png.
 */
@Command(name = "bench-gpu", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Sweep T = powers of two from --min-t to --max-t at B=--b, then up to --long-max-t at",
            "B=--long-b, for every backend and variant; H, G, K, V as given (default: the paper's kernel benchmark",
            "shape H=48, G=1, K=128, V=64). Inputs: seeded random values generated on the host once per size and",
            "written into the plan's device buffers in pieces. Each point: --warmup synchronised forwards, then the",
            "median and minimum of --iterations forwards timed by device events. peak_device_mib is the plan's",
            "allocation (inputs, output, intermediates); free_delta_mib the drop of the driver's free-memory figure.",
            "Sizes whose tensors exceed 2^31 - 1 elements (e.g. T=1048576 at H=48, V=64) run the streaming forward",
            "in aligned windows (column window = tokens per window; default the largest power of two whose per-window",
            "buffers have <= 2^30 elements, or 2^--window-log2): column timed says what ms_median times",
            "(device-forward: one forward on device-resident inputs; device-window-kernels-sum: each window's kernels",
            "summed over windows, input copies excluded; inputs come from a pool of 2 window-sized host arrays made",
            "once), and ms_with_copies is the wall time of the whole streaming forward including every window's",
            "host-to-device and device-to-host copies.",
            "Writes bench-gpu.csv and bench-gpu.png (log-log ms against T, SDPA dashed) to --out-dir.", ""})
public final class BenchGpuCommand implements Callable<Integer> {

    @Option(names = "--min-t", defaultValue = "1024", paramLabel = "T", description = "Smallest T (default: ${DEFAULT-VALUE}).")
    int minT;

    @Option(names = "--max-t", defaultValue = "131072", paramLabel = "T", description = "Largest T at --b (default: ${DEFAULT-VALUE}).")
    int maxT;

    @Option(names = "--long-max-t", defaultValue = "-1", paramLabel = "T",
            description = "Largest T of the long sizes at --long-b (beyond --max-t); default: 1048576 when --max-t >= 131072, else none.")
    int longMaxT;

    @Option(names = "--b", defaultValue = "2", paramLabel = "B", description = "Batch up to --max-t (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--long-b", defaultValue = "1", paramLabel = "B", description = "Batch of the long sizes (default: ${DEFAULT-VALUE}).")
    int longBatch;

    @Option(names = "--h", defaultValue = "48", paramLabel = "H", description = "Heads (default: ${DEFAULT-VALUE}).")
    int heads;

    @Option(names = "--g", defaultValue = "1", paramLabel = "G", description = "q/k groups (default: ${DEFAULT-VALUE}).")
    int groups;

    @Option(names = "--k", defaultValue = "128", paramLabel = "K", description = "Key / state dim (default: ${DEFAULT-VALUE}).")
    int keyDim;

    @Option(names = "--v", defaultValue = "64", paramLabel = "V", description = "Value / head dim (default: ${DEFAULT-VALUE}).")
    int valueDim;

    @Option(names = "--backends", split = ",", defaultValue = "cuda,opencl", paramLabel = "NAME",
            description = "Comma-separated backends (default: ${DEFAULT-VALUE}; any of cuda, opencl, emulator).")
    List<String> backendNames;

    @Option(names = "--variants", split = ",", defaultValue = "loglinear-mamba2", paramLabel = "NAME",
            description = "Comma-separated variants (default: ${DEFAULT-VALUE}).")
    List<String> variantNames;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N", description = "Warm-up forwards per point (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--iterations", defaultValue = "10", paramLabel = "N", description = "Timed forwards per point (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--forms", split = ",", defaultValue = "auto", paramLabel = "FORM",
            description = "Comma-separated stage-3 forms: auto (PlanConfig.auto per size), sweep, masked (default: ${DEFAULT-VALUE}).")
    List<String> formNames;

    @Option(names = "--segment-log2", paramLabel = "S",
            description = "Segments of 2^S chunks for the sweep and masked forms (default: "
                    + PlanConfig.DEFAULT_SWEEP_SEGMENT_LOG2 + " for sweep, " + PlanConfig.DEFAULT_MASKED_SEGMENT_LOG2
                    + " for masked); refused with the auto form.")
    Integer segmentLog2;

    @Option(names = "--window-log2", paramLabel = "W",
            description = "Run sizes longer than 2^W tokens as a windowed (streaming) forward of 2^W-token windows "
                    + "(default: windowed only when one plan cannot hold the size).")
    Integer windowLog2;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the random inputs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out-dir", defaultValue = "results/bench-gpu", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--with-sdpa", description = "Also run PyTorch SDPA (flash, bf16, causal, D = --v) through --sdpa-script.")
    boolean withSdpa;

    @Option(names = "--sdpa-script", defaultValue = "experiments/python/sdpa_bench.py", paramLabel = "FILE",
            description = "The SDPA benchmark script (default: ${DEFAULT-VALUE}).")
    Path sdpaScript;

    @Option(names = "--plot-from", paramLabel = "CSV",
            description = "Only draw bench-gpu.png from an earlier bench-gpu.csv (e.g. one made on a host without fonts).")
    Path plotFrom;

    @Option(names = "--python", defaultValue = "python3", paramLabel = "EXE", description = "Python interpreter (default: ${DEFAULT-VALUE}).")
    String python;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (plotFrom != null) {
            return plotOnly(out);
        }
        validate();
        int longMax = longMaxT >= 0 ? longMaxT : (maxT >= 131_072 ? 1_048_576 : 0);
        List<Shape> shapes = new ArrayList<>();
        for (int t : powersOfTwo(minT, maxT)) {
            shapes.add(shape(batch, t));
        }
        for (int t : powersOfTwo(Math.max(minT, maxT + 1), longMax)) {
            shapes.add(shape(longBatch, t));
        }
        List<Variant> variants = variantNames.stream().map(Variant::fromCliName).toList();
        List<PlanConfig> configs = new ArrayList<>();
        for (String form : formNames) {
            if (form.trim().equalsIgnoreCase("auto")) {
                if (segmentLog2 != null) {
                    throw new IllegalArgumentException("--segment-log2 " + segmentLog2 + " applies to --forms sweep or"
                            + " masked; the auto form picks its own segment size (PlanConfig.auto)");
                }
                configs.add(null);
                continue;
            }
            PlanConfig.IntraSegment mode = switch (form.trim().toLowerCase(Locale.ROOT)) {
                case "sweep" -> PlanConfig.IntraSegment.SWEEP;
                case "masked" -> PlanConfig.IntraSegment.MASKED;
                default -> throw new IllegalArgumentException("--forms: unknown form '" + form
                        + "', expected sweep or masked");
            };
            int s = segmentLog2 != null ? segmentLog2 : mode == PlanConfig.IntraSegment.SWEEP
                    ? PlanConfig.DEFAULT_SWEEP_SEGMENT_LOG2 : PlanConfig.DEFAULT_MASKED_SEGMENT_LOG2;
            configs.add(new PlanConfig(s, mode));
        }
        Files.createDirectories(outDir);
        out.printf(Locale.ROOT, "bench-gpu: %d sizes (T %d..%d), H=%d G=%d K=%d V=%d, backends %s, variants %s, "
                        + "%d warm-ups, %d timed, forms %s%n", shapes.size(), minT,
                Math.max(maxT, longMax), heads, groups, keyDim, valueDim, backendNames, variantNames, warmups,
                iterations, configs.stream().map(c -> c == null ? "auto" : GpuBenchPoint.formName(c)).toList());
        out.println(GpuBenchRow.tableHeader());
        out.flush();

        // Step 1: every backend, variant and size.
        List<GpuBenchRow> rows = new ArrayList<>();
        for (String backendName : backendNames) {
            Backend backend = Backend.fromCliName(backendName.trim());
            Device device;
            try {
                device = Devices.open(backend);
            } catch (RuntimeException | LinkageError e) {
                out.println("backend " + backendName + " unavailable: " + e.getMessage());
                out.flush();
                continue;
            }
            try (device) {
                for (Variant variant : variants) {
                    for (PlanConfig config : configs) {
                        GpuBenchPoint.Settings settings = new GpuBenchPoint.Settings(warmups, iterations, config, seed,
                                windowLog2);
                        for (Shape shape : shapes) {
                            GpuBenchRow row = GpuBenchPoint.measure(device, variant, shape, settings);
                            rows.add(row);
                            out.println(row.tableLine());
                            out.flush();
                        }
                    }
                }
            }
        }

        // Step 2: SDPA through PyTorch.
        if (withSdpa) {
            SdpaRunner.Outcome sdpa = SdpaRunner.run(python, sdpaScript, minT, maxT, longMax, batch, longBatch, heads,
                    valueDim, warmups, iterations);
            if (sdpa.error() != null) {
                out.println("sdpa: " + sdpa.error());
            }
            for (GpuBenchRow row : sdpa.rows()) {
                rows.add(row);
                out.println(row.tableLine());
            }
        }

        // Step 3: CSV and plot.
        Path csv = outDir.resolve("bench-gpu.csv");
        Path png = outDir.resolve("bench-gpu.png");
        List<String> lines = new ArrayList<>();
        lines.add(GpuBenchRow.CSV_HEADER);
        rows.forEach(r -> lines.add(r.csv()));
        AtomicFiles.write(csv, "--out-dir", path -> Files.write(path, lines));
        String title = String.format(Locale.ROOT, "forward, H=%d G=%d K=%d V=%d (B=%d to T=%d, then B=%d)", heads,
                groups, keyDim, valueDim, batch, maxT, longBatch);
        out.println("wrote " + csv);
        writePlot(rows, title, png, out);
        out.flush();
        boolean anyMeasured = rows.stream().anyMatch(r -> r.measured() && !r.variant().equals("sdpa"));
        return anyMeasured ? 0 : 1;
    }

    /**
     * Draws the PNG. A host without fonts (a bare GPU machine) cannot render text: then the CSV stands alone and the
     * plot is made later, anywhere, with {@code bench-gpu --plot-from bench-gpu.csv}.
     */
    private static void writePlot(List<GpuBenchRow> rows, String title, Path png, PrintWriter out) {
        try {
            AtomicFiles.write(png, "--out-dir", path -> {
                try (OutputStream stream = Files.newOutputStream(path)) {
                    GpuBenchPlot.writePng(rows, title, stream);
                }
            });
            out.println("wrote " + png);
        } catch (java.io.IOException | RuntimeException | Error e) {
            out.println("warning: no plot (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); draw it elsewhere with: loglinear bench-gpu --plot-from " + png.resolveSibling("bench-gpu.csv"));
        }
    }

    /** {@code --plot-from}: reads a bench-gpu.csv and writes bench-gpu.png beside it, measuring nothing. */
    private int plotOnly(PrintWriter out) throws java.io.IOException {
        if (!Files.isRegularFile(plotFrom)) {
            throw new IllegalArgumentException("--plot-from: no file " + plotFrom);
        }
        List<String> lines = Files.readAllLines(plotFrom);
        if (lines.isEmpty() || !lines.get(0).equals(GpuBenchRow.CSV_HEADER)) {
            throw new IllegalArgumentException("--plot-from: " + plotFrom + " does not start with the bench-gpu header "
                    + GpuBenchRow.CSV_HEADER);
        }
        List<GpuBenchRow> rows = lines.stream().skip(1).filter(l -> !l.isBlank()).map(GpuBenchRow::parseCsv).toList();
        GpuBenchRow first = rows.stream().filter(r -> !r.variant().equals("sdpa")).findFirst().orElse(rows.get(0));
        String title = String.format(Locale.ROOT, "forward, H=%d, %s", first.heads(), first.device());
        Path png = plotFrom.resolveSibling("bench-gpu.png");
        AtomicFiles.write(png, "--plot-from", path -> {
            try (OutputStream stream = Files.newOutputStream(path)) {
                GpuBenchPlot.writePng(rows, title, stream);
            }
        });
        out.println("wrote " + png);
        return 0;
    }

    private void validate() {
        if (minT < 1 || maxT < minT) {
            throw new IllegalArgumentException("--min-t/--max-t: need 1 <= min-t <= max-t, got " + minT + ", " + maxT);
        }
        if (warmups < 0 || iterations < 1) {
            throw new IllegalArgumentException("--warmup must be >= 0 and --iterations >= 1, got " + warmups + ", "
                    + iterations);
        }
        if (windowLog2 != null && (windowLog2 < 6 || windowLog2 > 30)) {
            throw new IllegalArgumentException("--window-log2 must be in 6..30, got " + windowLog2);
        }
        if (backendNames.isEmpty() || variantNames.isEmpty()) {
            throw new IllegalArgumentException("--backends and --variants must name at least one each");
        }
    }

    private Shape shape(int b, int t) {
        return new Shape(b, t, heads, groups, keyDim, valueDim, Levels.levels(t));
    }

    static List<Integer> powersOfTwo(int low, int high) {
        List<Integer> out = new ArrayList<>();
        long t = 1;
        while (t < low) {
            t *= 2;
        }
        while (t <= high) {
            out.add((int) t);
            t *= 2;
        }
        return out;
    }
}
