package loglinear.jit.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.jit.tools.fuzz.FuzzRunner;

/**
 * Long differential fuzzing runs: random kernels on the emulator and on a GPU backend, compared bit for bit.
 *
 * <pre>
 *   FuzzMain [--count 20000] [--seed S] [--backend opencl|cuda|opencl:NAME] [--per-unit 50] [--per-kernel 10]
 *            [--out DIR]
 * </pre>
 * {@code --count} random kernel bodies, {@code --per-unit} of them per javac compilation, {@code --per-kernel} of them
 * called from one kernel entry (one device compilation; use 1 to give each body its own program).
 * Prints progress per compilation unit and a summary; writes each failing kernel (self-contained source, with the
 * seed, the first differing output and its inputs in a header comment) to {@code DIR/<kind>-<class>.<method>.java}
 * (default {@code fuzz-failures}). Exit status 1 when any kernel failed.
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
        Path out = Path.of("fuzz-failures");
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
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option '" + args[i]
                        + "'; expected --count, --seed, --backend, --per-unit, --per-kernel, --out");
            }
        }
        System.out.println("fuzz: " + count + " kernels, seed " + seed + ", emulator vs " + backend);
        FuzzRunner.Summary summary;
        try (Device reference = Devices.open("emulator"); Device candidate = Devices.open(backend)) {
            System.out.println("candidate: " + candidate.name() + " | " + candidate.driverVersion());
            summary = new FuzzRunner(reference, candidate, perUnit, perKernel).run(seed, count, System.out::println);
        }
        if (!summary.failures().isEmpty()) {
            Files.createDirectories(out);
            for (FuzzRunner.Failure failure : summary.failures()) {
                Path file = out.resolve(failure.kind().name().toLowerCase() + "-" + failure.kernel() + ".java");
                Files.writeString(file, "// " + failure.kind() + ": " + failure.message().replace("\n", "\n// ")
                        + "\n" + failure.source());
            }
            System.out.println("failing kernels written to " + out.toAbsolutePath());
        }
        System.out.println(summary.line());
        System.exit(summary.failures().isEmpty() ? 0 : 1);
    }
}
