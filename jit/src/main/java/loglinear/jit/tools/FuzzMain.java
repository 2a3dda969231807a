package loglinear.jit.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.jit.emulator.EmulatorDevice;
import loglinear.jit.tools.fuzz.FuzzRunner;
import loglinear.jit.tools.fuzz.SourcePatch;

/**
 * Long differential fuzzing runs: random kernels on the emulator and on a GPU backend, compared bit for bit.
 *
 * <pre>
 *   FuzzMain [--count 20000] [--seed S] [--backend opencl|cuda|opencl:NAME] [--per-unit 50] [--per-kernel 10]
 *            [--minutes M] [--workers N] [--keep 6] [--out DIR] [--patch FILE]
 * </pre>
 * {@code --count} random kernel bodies, {@code --per-unit} of them per javac compilation, {@code --per-kernel} of them
 * called from one kernel entry (one device compilation; use 1 to give each body its own program). {@code --minutes}
 * stops cleanly after that long and still prints the summary. {@code --workers} threads (default: one per core)
 * prepare units ahead of the device: javac, the emulator run, translation and, on CUDA, NVRTC.
 * Prints progress per compilation unit (with the kernels the candidate holds loaded, 0 since each is unloaded once
 * compared, and the JVM heap), each failure's message when it happens, and a summary with the time split.
 * Vendor compilers run on large-stack threads ({@link loglinear.jit.runtime.DeepStackCompiler}).
 * As soon as a kernel fails, appends its message to {@code DIR/failures.txt} and, for the first {@code --keep}
 * failures, writes the self-contained source (seed, message, inputs in a header comment) to
 * {@code DIR/<n>-<kind>-<class>.<method>.java} (default DIR {@code fuzz-failures}). Exit status 1 when any kernel
 * failed. {@code --patch FILE} applies exact text replacements ({@link SourcePatch}) to every CUDA translation
 * before NVRTC: a proposed translator fix tried across a whole run.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) throws IOException {
        int count = 20_000;
        long seed = System.currentTimeMillis();
        String backend = "opencl";
        int perUnit = 50;
        int perKernel = 10;
        Duration limit = null;
        int workers = Runtime.getRuntime().availableProcessors();
        int keep = 6;
        Path out = Path.of("fuzz-failures");
        SourcePatch patch = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--backend" -> backend = value;
                case "--per-unit" -> perUnit = Integer.parseInt(value);
                case "--per-kernel" -> perKernel = Integer.parseInt(value);
                case "--minutes" -> limit = Duration.ofMillis(Math.round(Double.parseDouble(value) * 60_000));
                case "--workers" -> workers = Integer.parseInt(value);
                case "--keep" -> keep = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                case "--patch" -> patch = SourcePatch.read(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option '" + args[i]
                        + "'; expected --count, --seed, --backend, --per-unit, --per-kernel, --minutes, --workers,"
                        + " --keep, --out, --patch");
            }
        }
        System.out.println("fuzz: " + count + " kernels, seed " + seed + ", emulator vs " + backend + ", "
                + workers + " workers" + (limit == null ? "" : ", at most " + limit.toSeconds() + " s"));
        FailureWriter writer = new FailureWriter(out, keep);
        FuzzRunner.Summary summary;
        try (Device candidate = Devices.open(backend)) {
            System.out.println("candidate: " + candidate.name() + " | " + candidate.driverVersion());
            summary = new FuzzRunner(() -> EmulatorDevice.open(1), candidate, perUnit, perKernel, workers)
                    .withCandidatePatch(patch).run(seed, count, limit, System.out::println, writer::write);
        }
        if (!summary.failures().isEmpty()) {
            System.out.println("failing kernels written to " + out.toAbsolutePath());
        }
        if (patch != null) {
            System.out.print(patch.report());
        }
        System.out.println(summary.line());
        writer.summary(summary.line());
        System.exit(summary.failures().isEmpty() ? 0 : 1);
    }

    /** Writes each failure when it is found: its message to failures.txt, the first few sources as files. */
    private static final class FailureWriter {
        private final Path dir;
        private final int keep;
        private int written;

        FailureWriter(Path dir, int keep) {
            this.dir = dir;
            this.keep = keep;
        }

        void write(FuzzRunner.Failure failure) {
            try {
                Files.createDirectories(dir);
                String header = "// " + failure.kind() + " " + failure.kernel() + ": "
                        + failure.message().replace("\n", "\n// ") + "\n";
                Files.writeString(dir.resolve("failures.txt"), header, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                if (written < keep) {
                    written++;
                    String name = written + "-" + failure.kind().name().toLowerCase() + "-"
                            + failure.kernel().replaceAll("[^A-Za-z0-9_.]", "_") + ".java";
                    Files.writeString(dir.resolve(name), header + failure.source());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("writing a failure to " + dir, e);
            }
        }

        void summary(String line) throws IOException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("failures.txt"), "// " + line + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
