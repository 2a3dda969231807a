package loglinear.jit.tools.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import loglinear.jit.runtime.KernelMethods;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.Translator;

/**
 * Regenerates fuzz reproducers from their coordinates: body {@code kN} of unit {@code U} of a run from seed
 * {@code S} ({@code FuzzMain --per-unit P}) is the (N+1)-th {@code KernelGenerator(S * 1_000_003 + U)} kernel. Writes
 * {@code DIR/Fuzz_S_U_kN.java} (a {@link FuzzReplay} input) and, next to it, its CUDA and OpenCL translations.
 *
 * <pre>
 *   FuzzExtract SEED DIR U.kN...      e.g. FuzzExtract 1 /tmp/repro 15.k30 80.k15
 * </pre>
 */
public final class FuzzExtract {
    private FuzzExtract() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: FuzzExtract SEED DIR U.kN... (got " + args.length
                    + " arguments)");
        }
        long seed = Long.parseLong(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        InMemoryCompiler compiler = new InMemoryCompiler();
        for (int a = 2; a < args.length; a++) {
            String[] coordinates = args[a].split("\\.k");
            if (coordinates.length != 2) {
                throw new IllegalArgumentException("body coordinates must look like U.kN, got '" + args[a] + "'");
            }
            int unit = Integer.parseInt(coordinates[0]);
            int body = Integer.parseInt(coordinates[1]);
            String className = "Fuzz_" + Long.toHexString(seed) + "_" + unit + "_k" + body;
            String source = reproducerOf(seed, unit, body, className);
            Files.writeString(dir.resolve(className + ".java"), source);
            Class<?> owner = compiler.compile(className, source);
            for (Dialect dialect : Dialect.values()) {
                String translated = Translator.translate(KernelMethods.find(owner, "run0"), dialect).source();
                Files.writeString(dir.resolve(className + "." + dialect.name().toLowerCase(java.util.Locale.ROOT)
                        + ".c"), translated);
            }
            System.out.println("wrote " + dir.resolve(className + ".java"));
        }
    }

    /** The self-contained reproducer of body {@code kN} of unit {@code unit} of a run from {@code seed}. */
    public static String reproducerOf(long seed, int unit, int body, String className) {
        KernelGenerator generator = new KernelGenerator(seed * 1_000_003L + unit);
        KernelGenerator.GeneratedKernel kernel = null;
        for (int k = 0; k <= body; k++) {
            kernel = generator.kernel("k" + k);
        }
        return FuzzRunner.reproducer(className, List.of(kernel), seed, unit);
    }
}
