package loglinear.experiments.gpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code experiments/python/sdpa_bench.py} (PyTorch SDPA, flash, bf16, causal) and turns its JSON into rows
 * with variant "sdpa" and backend "torch".
 */
final class SdpaRunner {
    private static final Pattern RESULT = Pattern.compile("\\{[^{}]*\"T\"[^{}]*}");

    private SdpaRunner() {}

    /** What the script printed, parsed; {@code error} is non-null when it produced no results. */
    record Outcome(List<GpuBenchRow> rows, String error) {}

    static Outcome run(String python, Path script, int minT, int maxT, int longMaxT, int batch, int longBatch,
                       int heads, int headDim, int warmups, int iterations) {
        if (!Files.isRegularFile(script)) {
            return new Outcome(List.of(), "SDPA script not found: " + script.toAbsolutePath());
        }
        List<String> command = List.of(python, script.toString(), "--min-t", String.valueOf(minT), "--max-t",
                String.valueOf(maxT), "--long-max-t", String.valueOf(longMaxT), "--b", String.valueOf(batch),
                "--long-b", String.valueOf(longBatch), "--h", String.valueOf(heads), "--d", String.valueOf(headDim),
                "--warmup", String.valueOf(warmups), "--iterations", String.valueOf(iterations));
        String stdout;
        int exit;
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            exit = process.waitFor();
        } catch (IOException e) {
            return new Outcome(List.of(), "could not run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(List.of(), "interrupted while running the SDPA script");
        }
        return parse(stdout, exit);
    }

    static Outcome parse(String stdout, int exit) {
        String device = field(stdout, "device", "?");
        String driver = field(stdout, "driver", "?");
        List<GpuBenchRow> rows = new ArrayList<>();
        Matcher m = RESULT.matcher(stdout);
        while (m.find()) {
            String r = m.group();
            rows.add(new GpuBenchRow((int) number(r, "T"), (int) number(r, "B"), (int) number(r, "H"), "sdpa", "flash-bf16",
                    "torch",
                    number(r, "ms_median"), number(r, "ms_min"), number(r, "peak_mib"), -1, device, driver,
                    field(r, "status", "?"), ""));
        }
        if (rows.isEmpty()) {
            String error = field(stdout, "error", "no results (exit " + exit + "): " + stdout.strip());
            return new Outcome(rows, error);
        }
        return new Outcome(rows, null);
    }

    private static String field(String json, String key, String fallback) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : fallback;
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(-?[0-9.eE+-]+)").matcher(json);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
