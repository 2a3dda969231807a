package loglinear.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import loglinear.reference.Inputs;
import loglinear.reference.Npy;
import loglinear.reference.Shape;
import loglinear.reference.Variant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input makes {@code forward} exit non-zero with one line naming the file or option, the shape
 * found and the shape expected, and leaves no output file behind.
 */
class ForwardBadInputTest {
    private static final Shape SHAPE = Shape.of(1, 64, 4, 2, 5, 3);

    @TempDir
    Path temp;

    private Path in;
    private Path out;
    private Inputs inputs;

    @BeforeEach
    void writeGoodInputs() throws IOException {
        in = Files.createDirectories(temp.resolve("in"));
        out = Files.createDirectories(temp.resolve("out")).resolve("o.npy");
        inputs = RandomInputs.generate(SHAPE, Variant.LOGLINEAR_GDN, 4);
        InputFiles.write(in, inputs);
    }

    @Test
    void goodInputsPass() {
        assertThat(run("loglinear-gdn").exitCode()).isZero();
        assertThat(out).exists();
    }

    @Test
    void missingInputFolder() {
        in = temp.resolve("nowhere");
        expectError(run("loglinear-gdn"), "--inputs", "nowhere", "is not a directory");
    }

    @Test
    void missingQ() throws IOException {
        Files.delete(in.resolve("q.npy"));
        expectError(run("loglinear-gdn"), "q.npy not found", "[B, T, G, K]");
    }

    @Test
    void missingBetaForGdn() throws IOException {
        Files.delete(in.resolve("beta.npy"));
        expectError(run("loglinear-gdn"), "beta.npy not found", "[1, 64, 4]");
    }

    @Test
    void missingGForMamba2() throws IOException {
        Files.delete(in.resolve("g.npy"));
        expectError(run("mamba2"), "g.npy not found", "[1, 64, 4]", "only linear may omit it");
    }

    @Test
    void float64Input() {
        double[] wide = new double[inputs.k().length];
        Npy.writeDoubles(in.resolve("k.npy"), SHAPE.qkDims(), wide);
        expectError(run("loglinear-gdn"), "k.npy", "'<f8'", "float32", "[1, 64, 2, 5]");
    }

    @Test
    void keysOfAnotherShape() {
        Npy.writeFloats(in.resolve("k.npy"), new int[] {1, 64, 2, 4}, new float[64 * 2 * 4]);
        expectError(run("loglinear-gdn"), "k.npy: shape [1, 64, 2, 4]", "expected", "[1, 64, 2, 5]");
    }

    @Test
    void valuesOfAnotherLength() {
        Npy.writeFloats(in.resolve("v.npy"), new int[] {1, 63, 4, 3}, new float[63 * 4 * 3]);
        expectError(run("loglinear-gdn"), "v.npy: shape [1, 63, 4, 3]", "[1, 64, H, V]");
    }

    @Test
    void qOfWrongRank() {
        Npy.writeFloats(in.resolve("q.npy"), new int[] {64, 2, 5}, new float[64 * 2 * 5]);
        expectError(run("loglinear-gdn"), "q.npy: shape [64, 2, 5]", "3 dimensions", "[B, T, G, K]");
    }

    @Test
    void headsNotAMultipleOfGroups() {
        Npy.writeFloats(in.resolve("v.npy"), new int[] {1, 64, 3, 3}, new float[64 * 3 * 3]);
        expectError(run("loglinear-gdn"), "v.npy: shape [1, 64, 3, 3]", "H = 3", "G = 2", "H % G == 0");
    }

    @Test
    void gateOfWrongShape() {
        Npy.writeFloats(in.resolve("g.npy"), new int[] {1, 64, 2}, new float[64 * 2]);
        expectError(run("loglinear-gdn"), "g.npy: shape [1, 64, 2]", "[1, 64, 4]");
    }

    @Test
    void tooFewLambdaLevels() {
        Npy.writeFloats(in.resolve("lambda.npy"), new int[] {1, 64, 4, 6}, new float[64 * 4 * 6]);
        expectError(run("loglinear-gdn"), "lambda.npy: shape [1, 64, 4, 6]", "L = 6", "levels(T) = 7", "T = 64");
    }

    @Test
    void notANumber() {
        float[] v = inputs.v().clone();
        v[4 * 3 * 10 + 3 + 2] = Float.NaN;
        Npy.writeFloats(in.resolve("v.npy"), SHAPE.vDims(), v);
        expectError(run("loglinear-gdn"), "v has a non-finite value NaN", "[0, 10, 1, 2]", "[1, 64, 4, 3]");
    }

    @Test
    void infinityInLambda() {
        float[] lambda = inputs.lambda().clone();
        lambda[0] = Float.POSITIVE_INFINITY;
        Npy.writeFloats(in.resolve("lambda.npy"), SHAPE.lambdaDims(), lambda);
        expectError(run("loglinear-gdn"), "lambda has a non-finite value Infinity", "[0, 0, 0, 0]");
    }

    @Test
    void truncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(in.resolve("q.npy"));
        Files.write(in.resolve("q.npy"), java.util.Arrays.copyOf(bytes, bytes.length - 8));
        expectError(run("loglinear-gdn"), "q.npy", "truncated");
    }

    @Test
    void unsupportedChunk() {
        expectError(run("loglinear-gdn", "--form", "chunked", "--chunk", "48"), "--chunk", "48");
    }

    @Test
    void unknownVariantIsAnOptionError() {
        expectError(run("loglinear-gated"), "--variant", "loglinear-gated", "loglinear-mamba2");
    }

    @Test
    void outputFolderMustExist() {
        out = temp.resolve("missing").resolve("o.npy");
        expectError(run("loglinear-gdn"), "--out", "does not exist");
    }

    @Test
    void anExistingOutputIsLeftAloneOnError() throws IOException {
        Files.writeString(out, "previous");
        Files.delete(in.resolve("v.npy"));
        expectError(run("loglinear-gdn"), "v.npy not found");
        // expectError checks that no new file appeared; the old one keeps its content.
    }

    private CliRun run(String variant, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("forward", "--variant", variant, "--form", "recurrent",
                "--inputs", in.toString(), "--out", out.toString(), "--qk-l2norm"));
        // A later --form wins in picocli only for the last occurrence: put overrides last.
        args.addAll(List.of(extra));
        if (List.of(extra).contains("--form")) {
            int first = args.indexOf("--form");
            args.remove(first + 1);
            args.remove(first);
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    private void expectError(CliRun run, String... fragments) {
        assertThat(run.exitCode()).as(run.err()).isNotZero();
        assertThat(run.out()).isEmpty();
        String err = run.err().strip();
        assertThat(err).as("one line").doesNotContain("\n").startsWith("error: ");
        assertThat(err).contains(fragments);
        try (Stream<Path> files = Files.list(out.getParent() == null ? temp : out.getParent())) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            if (Files.exists(out)) {
                assertThat(names).containsExactly("o.npy");
                assertThat(Files.readString(out)).isEqualTo("previous");
            } else {
                assertThat(names).noneMatch(n -> n.contains("o.npy"));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // the output folder itself is absent: nothing could have been written there
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
