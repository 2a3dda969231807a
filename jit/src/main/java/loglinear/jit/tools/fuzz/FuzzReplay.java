package loglinear.jit.tools.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.jit.Kernel;
import loglinear.jit.cuda.CudaDevice;
import loglinear.jit.emulator.EmulatorDevice;
import loglinear.jit.opencl.OpenClDevice;
import loglinear.jit.runtime.KernelMethods;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.TranslatedKernel;
import loglinear.jit.translate.Translator;

/**
 * Replays fuzz reproducers: each file is a compilation unit whose header comment names {@code seed S, unit U} (as
 * {@link FuzzRunner} writes them) and whose entry {@code run0} is launched over {@value FuzzRunner#ITEMS} items with
 * that unit's inputs on the emulator and on the candidate; prints, per file, whether every output agrees and the
 * first difference.
 *
 * <pre>
 *   FuzzReplay [--backend cuda|opencl|opencl:NAME] [--patch FILE] FILE.java...
 * </pre>
 * {@code --backend} defaults to {@code cuda}; {@code --patch} applies a {@link SourcePatch} to the CUDA translation
 * first (CUDA only). On OpenCL the candidate line also says whether the device reports float denormals and correctly
 * rounded float divide and sqrt (CL_DEVICE_SINGLE_FP_CONFIG) and which build options it uses
 * ({@code -Dloglinear.jit.opencl.buildOptions} adds some).
 */
public final class FuzzReplay {
    private static final Pattern HEADER = Pattern.compile("seed (-?\\d+), unit (\\d+)");
    private static final Pattern CLASS = Pattern.compile("public final class (\\w+)");

    private FuzzReplay() {
    }

    public static void main(String[] args) throws IOException {
        String backend = "cuda";
        SourcePatch patch = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--backend" -> backend = args[++i];
                case "--patch" -> patch = SourcePatch.read(Path.of(args[++i]));
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("usage: FuzzReplay [--backend B] [--patch FILE] FILE.java... (got no"
                    + " files)");
        }
        InMemoryCompiler compiler = new InMemoryCompiler();
        int failed = 0;
        try (Device reference = EmulatorDevice.open(1); Device candidate = Devices.open(backend)) {
            System.out.println("candidate: " + describe(candidate));
            for (Path file : files) {
                Replay result = replay(compiler, file, reference, candidate, patch);
                System.out.println(file.getFileName() + ": " + result.summary());
                failed += result.differing() == 0 ? 0 : 1;
            }
        }
        System.out.println(files.size() + " replayed, " + failed + " differ");
    }

    /** The outputs of one reproducer on the reference ({@code expected}) and on the candidate ({@code actual}). */
    public record Replay(String className, int[] expected, int[] actual) {
        public Replay {
            if (expected.length != actual.length) {
                throw new IllegalArgumentException("expected and actual outputs of " + className + " differ in length: "
                        + expected.length + " and " + actual.length);
            }
        }

        /** Outputs whose bits differ. */
        public int differing() {
            int n = 0;
            for (int i = 0; i < expected.length; i++) {
                n += expected[i] != actual[i] ? 1 : 0;
            }
            return n;
        }

        /** {@code OK (N outputs agree)} or {@code DIFFERS in N outputs, first out[i] (item, slot): ...}. */
        public String summary() {
            for (int i = 0; i < expected.length; i++) {
                if (expected[i] != actual[i]) {
                    return "DIFFERS in " + differing() + " outputs, first " + String.format(
                            "out[%d] (item %d, slot %d): expected 0x%08x, got 0x%08x", i,
                            (i % FuzzRunner.REGION) / KernelGenerator.OUTPUTS, i % KernelGenerator.OUTPUTS,
                            expected[i], actual[i]);
                }
            }
            return "OK (" + expected.length + " outputs agree)";
        }
    }

    /** The candidate's name and driver; on OpenCL also its float denormal and divide/sqrt support. */
    static String describe(Device candidate) {
        String text = candidate.name() + " | " + candidate.driverVersion();
        if (candidate instanceof OpenClDevice openCl) {
            text += String.format(" | CL_DEVICE_SINGLE_FP_CONFIG 0x%x: float denormals %s, correctly rounded divide"
                    + " and sqrt %s | build options: %s", openCl.singleFpConfig(),
                    openCl.floatDenormsSupported() ? "yes" : "NO",
                    openCl.floatCorrectlyRoundedDivideSqrt() ? "yes" : "NO", openCl.buildOptions());
        }
        return text;
    }

    /**
     * Runs reproducer {@code file} ({@code run0} over {@value FuzzRunner#ITEMS} items with the inputs its
     * {@code seed S, unit U} header names) on the reference and on the candidate; {@code patch} (may be null) is
     * applied to the CUDA translation when the candidate is a {@link CudaDevice}.
     */
    public static Replay replay(InMemoryCompiler compiler, Path file, Device reference, Device candidate,
                                SourcePatch patch) throws IOException {
        String source = Files.readString(file);
        Matcher header = HEADER.matcher(source);
        Matcher className = CLASS.matcher(source);
        if (!header.find() || !className.find()) {
            throw new IllegalArgumentException(file + " needs a 'seed S, unit U' header and a public final class");
        }
        FuzzRunner.Inputs inputs = FuzzRunner.inputsOf(Long.parseLong(header.group(1)),
                Integer.parseInt(header.group(2)));
        Class<?> owner = compiler.compile(className.group(1), source);
        int bodies = Math.max(1, countBodies(source));
        int outputs = bodies * FuzzRunner.REGION;
        int[] expected = FuzzRunner.execute(reference, reference.compile(owner, "run0"), inputs, outputs);
        Kernel kernel;
        if (patch != null && candidate instanceof CudaDevice cuda) {
            TranslatedKernel t = Translator.translate(KernelMethods.find(owner, "run0"), Dialect.CUDA);
            kernel = cuda.load(cuda.prepare(new TranslatedKernel(t.method(), t.dialect(), t.entryName(),
                    patch.apply(t.source()), t.parameters(), t.localMemoryBytes())));
        } else {
            kernel = candidate.compile(owner, "run0");
        }
        return new Replay(className.group(1), expected, FuzzRunner.execute(candidate, kernel, inputs, outputs));
    }

    /** Bodies run0 calls: the calls {@code name(g, ii, ff, out, base)} in the unit. */
    private static int countBodies(String source) {
        Matcher call = Pattern.compile("\\w+\\(g, ii, ff, out, \\d+\\);").matcher(source);
        int n = 0;
        while (call.find()) {
            n++;
        }
        return n;
    }
}
