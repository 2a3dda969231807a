package loglinear.experiments.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import loglinear.experiments.RandomInputs;
import loglinear.experiments.io.InputDirectory;
import loglinear.experiments.io.MetaJson;
import loglinear.reference.Inputs;
import loglinear.reference.Npy;
import loglinear.reference.NpyArray;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * One input set to check every form on.
 *
 * @param source   "random" or the fixture's folder name
 * @param variant  the operator
 * @param inputs   the float32 inputs
 * @param options  scale and qkL2Norm
 * @param expected the float64 answer stored with a fixture, or null for random cases (the reference form is the
 *                 answer then)
 */
public record CheckCase(String source, Variant variant, Inputs inputs, Options options, double[] expected) {

    /** The lengths every random sweep covers: one token, around one chunk, and several chunks. */
    public static final int[] LENGTHS = {1, 63, 64, 65, 300, 1000};
    private static final int[] QUICK_LENGTHS = {1, 63, 65, 130};

    /**
     * Seeded random shapes for every variant: for each T, B in {1, 2}, G in {1, 2}, H = G * (2 or 3) so G < H,
     * odd K in 3..11 and odd V in 3..9 (the shapes depend on the seed and T only).
     */
    public static List<CheckCase> random(long seed, boolean quick) {
        List<CheckCase> cases = new ArrayList<>();
        int[] lengths = quick ? QUICK_LENGTHS : LENGTHS;
        for (int length : lengths) {
            Random shapes = new Random(seed * 1_000_003L + length);
            int groups = 1 + shapes.nextInt(2);
            int heads = groups * (2 + shapes.nextInt(2));
            int keyDim = 3 + 2 * shapes.nextInt(5);
            int valueDim = 3 + 2 * shapes.nextInt(4);
            int batch = 1 + shapes.nextInt(2);
            Shape shape = Shape.of(batch, length, heads, groups, keyDim, valueDim);
            for (Variant variant : Variant.values()) {
                long dataSeed = seed * 31 + length * 7L + variant.ordinal();
                cases.add(new CheckCase("random seed=" + seed, variant, RandomInputs.generate(shape, variant, dataSeed),
                        RandomInputs.optionsFor(variant, shape), null));
            }
        }
        return cases;
    }

    /** One case per sub-folder of {@code fixturesRoot} that holds a meta.json (none when the folder is absent). */
    public static List<CheckCase> fixtures(Path fixturesRoot) throws IOException {
        List<CheckCase> cases = new ArrayList<>();
        if (fixturesRoot == null || !Files.isDirectory(fixturesRoot)) {
            return cases;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(fixturesRoot)) {
            folders = list.filter(p -> Files.isRegularFile(p.resolve("meta.json"))).sorted().toList();
        }
        for (Path folder : folders) {
            MetaJson meta = MetaJson.read(folder.resolve("meta.json"));
            Variant variant = Variant.fromCliName(meta.string("variant"));
            Options options = new Options(meta.number("scale", 1.0), meta.bool("qkL2Norm", false));
            Inputs inputs = InputDirectory.read(folder, variant, "fixture " + folder.getFileName());
            NpyArray expected = Npy.read(folder.resolve("expected_o.npy"));
            int[] dims = inputs.shape().vDims();
            if (!Arrays.equals(expected.shape(), dims)) {
                throw new IllegalArgumentException(folder.resolve("expected_o.npy") + ": shape "
                        + Arrays.toString(expected.shape()) + ", expected [B, T, H, V] = " + Arrays.toString(dims));
            }
            cases.add(new CheckCase(folder.getFileName().toString(), variant, inputs, options, expected.asDoubles()));
        }
        return cases;
    }

    /**
     * Where the shared fixtures are: the system property {@code loglinear.shared}, else ../shared or ../../shared
     * from the working directory; null when none exists.
     */
    public static Path defaultFixturesRoot() {
        String property = System.getProperty("loglinear.shared");
        List<Path> candidates = new ArrayList<>();
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("..", "shared"));
        candidates.add(Path.of("..", "..", "shared"));
        for (Path shared : candidates) {
            Path fixtures = shared.resolve("fixtures");
            if (Files.isDirectory(fixtures)) {
                return fixtures.toAbsolutePath().normalize();
            }
        }
        return null;
    }
}
