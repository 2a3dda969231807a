package loglinear.jit.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceEvent;
import loglinear.jit.Devices;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.KernelContext;
import loglinear.jit.Range;

/**
 * GPU micro-benchmarks of the kernel JIT: host-side launch overhead, copy and saxpy bandwidth, a tiled float32 GEMM
 * written in Java, and JIT compile time per kernel; optionally the same machine's PyTorch copy bandwidth and fp32
 * matmul for ratios.
 *
 * <pre>
 *   JitBenchmarks [--backend cuda|opencl[:NAME]|emulator|auto] [--small] [--csv DIR] [--no-torch]
 *                 [--torch-script experiments/python/torch_baselines.py] [--copy-mib 1024] [--gemm 8192]
 *                 [--launches 10000] [--reps 20]
 * </pre>
 * {@code --small} (4 MiB buffers, 256^3 GEMM, no torch) checks the whole run quickly on the emulator or PoCL.
 * Bandwidth counts bytes read plus bytes written (copy: 8 per element, saxpy: 12), medians of device-event timings
 * after warm-up. GEMM: 128 x 128 block tile, 8 x 8 results per work-item held in a private {@code float[64]},
 * K tile 8 through local memory; checked against a CPU GEMM on a small size and at a few entries of the full size.
 */
public final class JitBenchmarks {
    static final int BLOCK_M = 128;
    static final int BLOCK_N = 128;
    static final int BLOCK_K = 8;
    static final int THREAD_TILE = 8;
    static final int THREADS_X = BLOCK_N / THREAD_TILE;
    static final int THREADS_Y = BLOCK_M / THREAD_TILE;
    static final int GROUP = 256;

    /** Compile time of each kernel's first (uncached) compile in this run. */
    private static final java.util.Map<String, Double> firstCompileMillis = new java.util.HashMap<>();

    private JitBenchmarks() {
    }

    // ---- kernels

    /** Does nothing: launch overhead. */
    public static void empty(KernelContext c, int[] sink) {
    }

    /** dst[i] = src[i]. */
    public static void copy(KernelContext c, float[] src, float[] dst) {
        int i = c.globalIdx;
        dst[i] = src[i];
    }

    /** y[i] = a x[i] + y[i]. */
    public static void saxpy(KernelContext c, float a, float[] x, float[] y) {
        int i = c.globalIdx;
        y[i] = a * x[i] + y[i];
    }

    /** values[i] = {@link #hashValue}(i, seed): reproducible on the host. */
    public static void fill(KernelContext c, float[] values, int seed) {
        int i = c.globalIdx;
        values[i] = hashValue(i, seed);
    }

    /** A value in [-0.5, 0.5) with 16 significant bits, exactly the same on host and device. */
    public static float hashValue(int index, int seed) {
        int h = index * 0x9e3779b1 + seed;
        h ^= h >>> 15;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return ((h >>> 16) - 32768) * (1f / 65536f);
    }

    /**
     * C = A B for row-major A (m x k), B (k x n), C (m x n); m, n multiples of 128, k of 8. Launch: global
     * (n / 8, m / 8), local (16, 16). Each group computes a 128 x 128 block of C; each work-item an 8 x 8 sub-block.
     */
    public static void gemm(KernelContext c, float[] a, float[] b, float[] cm, int m, int n, int k) {
        float[] aTile = c.allocateFloatLocalArray(BLOCK_K * BLOCK_M);
        float[] bTile = c.allocateFloatLocalArray(BLOCK_K * BLOCK_N);
        float[] acc = new float[THREAD_TILE * THREAD_TILE];
        float[] aReg = new float[THREAD_TILE];
        float[] bReg = new float[THREAD_TILE];
        int tx = c.localIdx;
        int ty = c.localIdy;
        int tid = ty * THREADS_X + tx;
        int rowBase = c.groupIdy * BLOCK_M;
        int colBase = c.groupIdx * BLOCK_N;
        // Step: each of the 256 work-items loads 4 of A's 128 x 8 tile (stored transposed) and 4 of B's 8 x 128.
        int aRow = tid >> 1;
        int aCol = (tid & 1) * 4;
        int bRow = tid >> 5;
        int bCol = (tid & 31) * 4;
        for (int k0 = 0; k0 < k; k0 += BLOCK_K) {
            int aBase = (rowBase + aRow) * k + k0 + aCol;
            for (int q = 0; q < 4; q++) {
                aTile[(aCol + q) * BLOCK_M + aRow] = a[aBase + q];
            }
            int bBase = (k0 + bRow) * n + colBase + bCol;
            for (int q = 0; q < 4; q++) {
                bTile[bRow * BLOCK_N + bCol + q] = b[bBase + q];
            }
            c.localBarrier();
            // Step: acc[i][j] += A[row i][kk] * B[kk][col j] over the K tile, one fused multiply-add each.
            for (int kk = 0; kk < BLOCK_K; kk++) {
                for (int i = 0; i < THREAD_TILE; i++) {
                    aReg[i] = aTile[kk * BLOCK_M + ty * THREAD_TILE + i];
                }
                for (int j = 0; j < THREAD_TILE; j++) {
                    bReg[j] = bTile[kk * BLOCK_N + tx * THREAD_TILE + j];
                }
                for (int i = 0; i < THREAD_TILE; i++) {
                    for (int j = 0; j < THREAD_TILE; j++) {
                        acc[i * THREAD_TILE + j] = Math.fma(aReg[i], bReg[j], acc[i * THREAD_TILE + j]);
                    }
                }
            }
            c.localBarrier();
        }
        for (int i = 0; i < THREAD_TILE; i++) {
            int row = rowBase + ty * THREAD_TILE + i;
            for (int j = 0; j < THREAD_TILE; j++) {
                cm[row * n + colBase + tx * THREAD_TILE + j] = acc[i * THREAD_TILE + j];
            }
        }
    }

    // ---- driver

    /** Command-line options. */
    record Options(String backend, boolean small, Path csvDir, boolean torch, Path torchScript, long copyMib,
                   int gemmSize, int launches, int reps) {
        static Options parse(String[] args) {
            String backend = "auto";
            boolean small = false;
            Path csv = null;
            boolean torch = true;
            Path torchScript = Path.of("experiments/python/torch_baselines.py");
            long copyMib = -1;
            int gemm = -1;
            int launches = -1;
            int reps = -1;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--backend" -> backend = value(args, ++i, "--backend");
                    case "--small" -> small = true;
                    case "--csv" -> csv = Path.of(value(args, ++i, "--csv"));
                    case "--no-torch" -> torch = false;
                    case "--torch-script" -> torchScript = Path.of(value(args, ++i, "--torch-script"));
                    case "--copy-mib" -> copyMib = Long.parseLong(value(args, ++i, "--copy-mib"));
                    case "--gemm" -> gemm = Integer.parseInt(value(args, ++i, "--gemm"));
                    case "--launches" -> launches = Integer.parseInt(value(args, ++i, "--launches"));
                    case "--reps" -> reps = Integer.parseInt(value(args, ++i, "--reps"));
                    default -> throw new IllegalArgumentException("unknown option '" + args[i]
                            + "'; expected --backend, --small, --csv, --no-torch, --torch-script, --copy-mib, --gemm,"
                            + " --launches, --reps");
                }
            }
            if (gemm < 0) {
                gemm = small ? 256 : 8192;
            }
            if (gemm % BLOCK_M != 0 || gemm <= 0) {
                throw new IllegalArgumentException("--gemm must be a positive multiple of " + BLOCK_M + ", got " + gemm);
            }
            return new Options(backend, small, csv, torch && !small, torchScript,
                    copyMib >= 0 ? copyMib : small ? 4 : 1024, gemm, launches >= 0 ? launches : small ? 200 : 10_000,
                    reps >= 0 ? reps : small ? 3 : 20);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** One printed and CSV row. */
    record Row(String metric, double value, String unit, String notes) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options = Options.parse(args);
        List<Row> rows = new ArrayList<>();
        try (Device device = Devices.open(options.backend())) {
            System.out.println("device: " + device.backend().cliName() + " | " + device.name() + " | driver "
                    + device.driverVersion() + " | " + device.totalMemoryBytes() / (1 << 20) + " MiB");
            measureLaunchOverhead(device, options, rows);
            measureBandwidth(device, options, rows);
            measureGemm(device, options, rows);
            for (String name : List.of("empty", "copy", "saxpy", "fill", "gemm")) {
                Kernel kernel = device.compile(JitBenchmarks.class, name);
                rows.add(new Row("compile." + name, firstCompileMillis.getOrDefault(name, kernel.compileMillis()),
                        "ms", "translate + vendor compile, first call"));
            }
        }
        if (options.torch()) {
            addTorchBaselines(rows, options.torchScript());
        }
        print(rows);
        if (options.csvDir() != null) {
            Files.createDirectories(options.csvDir());
            Path csv = options.csvDir().resolve("jit_benchmarks.csv");
            StringBuilder text = new StringBuilder("metric,value,unit,notes\n");
            for (Row row : rows) {
                text.append(row.metric()).append(',').append(String.format(Locale.ROOT, "%.6g", row.value()))
                        .append(',').append(row.unit()).append(',').append('"').append(row.notes()).append('"')
                        .append('\n');
            }
            Files.writeString(csv, text);
            System.out.println("wrote " + csv);
        }
    }

    private static Kernel compile(Device device, String name) {
        Kernel kernel = device.compile(JitBenchmarks.class, name);
        firstCompileMillis.putIfAbsent(name, kernel.compileMillis());
        return kernel;
    }

    private static void measureLaunchOverhead(Device device, Options options, List<Row> rows) {
        Kernel empty = compile(device, "empty");
        try (DeviceBuffer sink = device.allocate(ElementType.INT, 1)) {
            for (int w = 0; w < Math.min(100, options.launches()); w++) {
                device.launch(empty, Range.of(1), Range.of(1), sink);
            }
            device.synchronize();
            long start = System.nanoTime();
            for (int i = 0; i < options.launches(); i++) {
                device.launch(empty, Range.of(1), Range.of(1), sink);
            }
            long issued = System.nanoTime();
            device.synchronize();
            long done = System.nanoTime();
            rows.add(new Row("launch.issue", (issued - start) / 1e3 / options.launches(), "us/launch",
                    options.launches() + " back-to-back launches, host time to issue"));
            rows.add(new Row("launch.throughput", (done - start) / 1e3 / options.launches(), "us/launch",
                    "same, until the device finished"));
            int synced = Math.max(1, options.launches() / 10);
            start = System.nanoTime();
            for (int i = 0; i < synced; i++) {
                device.launch(empty, Range.of(1), Range.of(1), sink);
                device.synchronize();
            }
            rows.add(new Row("launch.synchronized", (System.nanoTime() - start) / 1e3 / synced, "us/launch",
                    synced + " launches, synchronize after each"));
        }
    }

    private static void measureBandwidth(Device device, Options options, List<Row> rows) {
        long elements = options.copyMib() * (1L << 20) / 4;
        if (elements > Integer.MAX_VALUE / 2 || elements % GROUP != 0) {
            throw new IllegalArgumentException("--copy-mib gives " + elements + " floats; need a multiple of " + GROUP
                    + " below 2^30");
        }
        int n = (int) elements;
        Kernel fill = compile(device, "fill");
        Kernel copy = compile(device, "copy");
        Kernel saxpy = compile(device, "saxpy");
        try (DeviceBuffer x = device.allocate(ElementType.FLOAT, n);
             DeviceBuffer y = device.allocate(ElementType.FLOAT, n)) {
            device.launch(fill, Range.of(n), Range.of(GROUP), x, 1);
            device.launch(fill, Range.of(n), Range.of(GROUP), y, 2);
            device.synchronize();
            double copyMs = medianMillis(device, options.reps(),
                    () -> device.launch(copy, Range.of(n), Range.of(GROUP), x, y));
            float[] probe = new float[16];
            device.read(y, n - 16, probe, 0, 16);
            for (int i = 0; i < 16; i++) {
                if (probe[i] != hashValue(n - 16 + i, 1)) {
                    throw new IllegalStateException("copy kernel wrote " + probe[i] + " at " + (n - 16 + i)
                            + ", expected " + hashValue(n - 16 + i, 1));
                }
            }
            double saxpyMs = medianMillis(device, options.reps(),
                    () -> device.launch(saxpy, Range.of(n), Range.of(GROUP), 0.5f, x, y));
            String size = options.copyMib() + " MiB per buffer";
            rows.add(new Row("copy.time", copyMs, "ms", size));
            rows.add(new Row("copy.bandwidth", 8.0 * n / (copyMs * 1e6), "GB/s", "bytes read + written, " + size));
            rows.add(new Row("saxpy.time", saxpyMs, "ms", size));
            rows.add(new Row("saxpy.bandwidth", 12.0 * n / (saxpyMs * 1e6), "GB/s", "bytes read + written, " + size));
        }
    }

    private static void measureGemm(Device device, Options options, List<Row> rows) {
        Kernel fill = compile(device, "fill");
        Kernel gemm = compile(device, "gemm");
        // Step: correctness on a small size against a CPU GEMM in double.
        int small = Math.min(256, options.gemmSize());
        float[] smallResult = runGemm(device, fill, gemm, small, true);
        double worst = 0;
        for (int r = 0; r < small; r++) {
            for (int col = 0; col < small; col++) {
                double expected = cpuEntry(small, r, col);
                worst = Math.max(worst, Math.abs(smallResult[r * small + col] - expected));
            }
        }
        if (worst > 1e-5 * small) {
            throw new IllegalStateException("GEMM " + small + "^3 differs from the CPU GEMM by " + worst);
        }
        rows.add(new Row("gemm.check." + small, worst, "max abs error", "vs CPU double GEMM, all entries"));
        // Step: the full size, timed, then a few entries checked.
        int size = options.gemmSize();
        long elements = (long) size * size;
        try (DeviceBuffer a = device.allocate(ElementType.FLOAT, elements);
             DeviceBuffer b = device.allocate(ElementType.FLOAT, elements);
             DeviceBuffer cm = device.allocate(ElementType.FLOAT, elements)) {
            device.launch(fill, Range.of((int) elements), Range.of(GROUP), a, 11);
            device.launch(fill, Range.of((int) elements), Range.of(GROUP), b, 12);
            Range global = Range.of(size / THREAD_TILE, size / THREAD_TILE);
            Range local = Range.of(THREADS_X, THREADS_Y);
            double ms = medianMillis(device, Math.max(1, options.reps() / 4),
                    () -> device.launch(gemm, global, local, a, b, cm, size, size, size));
            float[] value = new float[1];
            double worstFull = 0;
            java.util.Random random = new java.util.Random(5);
            for (int probe = 0; probe < 8; probe++) {
                int r = random.nextInt(size);
                int col = random.nextInt(size);
                device.read(cm, (long) r * size + col, value, 0, 1);
                worstFull = Math.max(worstFull, Math.abs(value[0] - cpuEntry(size, r, col)));
            }
            if (worstFull > 1e-5 * size) {
                throw new IllegalStateException("GEMM " + size + "^3 entries differ from the CPU by " + worstFull);
            }
            double flops = 2.0 * size * size * size;
            rows.add(new Row("gemm.time", ms, "ms", size + "^3 float32"));
            rows.add(new Row("gemm.throughput", flops / (ms * 1e9), "TFLOP/s", size + "^3 float32, fma"));
            rows.add(new Row("gemm.check.sampled." + size, worstFull, "max abs error", "8 entries vs CPU double"));
        }
    }

    /** Runs an n^3 GEMM on A = hash(.., 11), B = hash(.., 12) and returns C. */
    private static float[] runGemm(Device device, Kernel fill, Kernel gemm, int n, boolean read) {
        int elements = n * n;
        try (DeviceBuffer a = device.allocate(ElementType.FLOAT, elements);
             DeviceBuffer b = device.allocate(ElementType.FLOAT, elements);
             DeviceBuffer cm = device.allocate(ElementType.FLOAT, elements)) {
            device.launch(fill, Range.of(elements), Range.of(GROUP), a, 11);
            device.launch(fill, Range.of(elements), Range.of(GROUP), b, 12);
            device.launch(gemm, Range.of(n / THREAD_TILE, n / THREAD_TILE), Range.of(THREADS_X, THREADS_Y), a, b, cm,
                    n, n, n);
            device.synchronize();
            float[] result = new float[read ? elements : 0];
            if (read) {
                device.read(cm, result);
            }
            return result;
        }
    }

    /** C[r][col] of the n^3 GEMM in double, from the hash definitions of A and B. */
    private static double cpuEntry(int n, int r, int col) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += (double) hashValue(r * n + k, 11) * hashValue(k * n + col, 12);
        }
        return sum;
    }

    /** Median of {@code reps} device-event timings of {@code work}, after one warm-up. */
    private static double medianMillis(Device device, int reps, Runnable work) {
        work.run();
        device.synchronize();
        double[] times = new double[reps];
        for (int r = 0; r < reps; r++) {
            try (DeviceEvent start = device.recordEvent()) {
                work.run();
                try (DeviceEvent end = device.recordEvent()) {
                    times[r] = end.elapsedMillisSince(start);
                }
            }
        }
        Arrays.sort(times);
        return reps % 2 == 1 ? times[reps / 2] : (times[reps / 2 - 1] + times[reps / 2]) / 2;
    }

    /** Runs the torch baseline script when present and adds its numbers and the ratios. */
    private static void addTorchBaselines(List<Row> rows, Path script) throws IOException, InterruptedException {
        if (!Files.exists(script)) {
            System.out.println("torch baselines skipped: " + script.toAbsolutePath() + " not found");
            return;
        }
        Process process = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            System.out.println("torch baselines failed:\n" + output);
            return;
        }
        double copy = jsonNumber(output, "copy_gbps");
        double matmul = jsonNumber(output, "matmul_fp32_tflops");
        rows.add(new Row("torch.copy.bandwidth", copy, "GB/s", "torch clone, bytes read + written"));
        rows.add(new Row("torch.matmul.fp32", matmul, "TFLOP/s", "allow_tf32 = False"));
        for (Row row : List.copyOf(rows)) {
            if (row.metric().equals("saxpy.bandwidth")) {
                rows.add(new Row("ratio.saxpy_vs_torch_copy", row.value() / copy, "x", "Java saxpy / torch copy"));
            }
            if (row.metric().equals("copy.bandwidth")) {
                rows.add(new Row("ratio.copy_vs_torch_copy", row.value() / copy, "x", "Java copy / torch copy"));
            }
            if (row.metric().equals("gemm.throughput")) {
                rows.add(new Row("ratio.gemm_vs_torch_fp32", row.value() / matmul, "x", "Java GEMM / torch fp32"));
            }
        }
    }

    static double jsonNumber(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*([-0-9.eE+]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no \"" + key + "\" in torch output: " + json);
        }
        return Double.parseDouble(m.group(1));
    }

    private static void print(List<Row> rows) {
        System.out.println(String.format("%-28s %14s  %-14s %s", "metric", "value", "unit", "notes"));
        for (Row row : rows) {
            System.out.println(String.format(Locale.ROOT, "%-28s %14.4f  %-14s %s", row.metric(), row.value(),
                    row.unit(), row.notes()));
        }
    }
}
