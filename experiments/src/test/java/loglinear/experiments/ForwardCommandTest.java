package loglinear.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import loglinear.reference.Inputs;
import loglinear.reference.MaskedReference;
import loglinear.reference.Metrics;
import loglinear.reference.Npy;
import loglinear.reference.NpyArray;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code loglinear forward} on small random inputs written to a temporary folder. */
class ForwardCommandTest {
    private static final Shape SHAPE = Shape.of(2, 37, 4, 2, 5, 3);

    @TempDir
    Path temp;

    static Stream<Arguments> variantsAndForms() {
        return Stream.of(Variant.values()).flatMap(v -> Stream.of(Form.values()).map(f -> Arguments.of(v, f)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variantsAndForms")
    void writesTheReferenceAnswer(Variant variant, Form form) {
        Inputs inputs = RandomInputs.generate(SHAPE, variant, 11 + variant.ordinal());
        Path in = temp.resolve("in");
        InputFiles.write(in, inputs);
        Path out = temp.resolve("o.npy");
        Options options = new Options(0.5, variant.deltaRule());

        CliRun run = CliRun.of("forward", "--variant", variant.cliName(), "--form", form.cliName(), "--inputs",
                in.toString(), "--out", out.toString(), "--scale", "0.5", "--chunk", "16", "--threads", "2",
                variant.deltaRule() ? "--qk-l2norm" : "--timing");

        assertThat(run.exitCode()).as(run.err()).isZero();
        NpyArray o = Npy.read(out);
        assertThat(o.shape()).containsExactly(SHAPE.vDims());
        double[] expected = MaskedReference.forward(variant, inputs, options);
        if (form == Form.REFERENCE) {
            assertThat(o.dtype()).isEqualTo(NpyArray.Dtype.FLOAT64);
            assertThat(o.float64()).containsExactly(expected);
        } else {
            assertThat(o.dtype()).isEqualTo(NpyArray.Dtype.FLOAT32);
            assertThat(Metrics.relativeRms(o.float32(), expected)).isLessThanOrEqualTo(1e-4);
        }
        if (!variant.deltaRule()) {
            assertThat(run.out().strip()).matches("forward_ms=[0-9]+\\.[0-9]+");
        } else {
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void linearNeedsNeitherGNorLambda() throws IOException {
        Inputs inputs = RandomInputs.generate(SHAPE, Variant.LINEAR, 5);
        Path in = temp.resolve("in");
        InputFiles.write(in, inputs);
        Files.delete(in.resolve("g.npy"));
        Files.delete(in.resolve("lambda.npy"));
        Path out = temp.resolve("o.npy");

        CliRun run = forward(Variant.LINEAR, "chunked", in, out);

        assertThat(run.exitCode()).as(run.err()).isZero();
        Inputs defaults = Inputs.defaults(SHAPE, inputs.q(), inputs.k(), inputs.v(), null, null, null);
        double[] expected = MaskedReference.forward(Variant.LINEAR, defaults, Options.defaults());
        assertThat(Metrics.relativeRms(Npy.read(out).float32(), expected)).isLessThanOrEqualTo(1e-4);
    }

    @Test
    void extraLambdaColumnsAreAccepted() {
        Shape wide = new Shape(1, 20, 2, 1, 4, 3, 9);
        Inputs inputs = RandomInputs.generate(wide, Variant.LOGLINEAR_MAMBA2, 3);
        Path in = temp.resolve("in");
        InputFiles.write(in, inputs);

        CliRun run = forward(Variant.LOGLINEAR_MAMBA2, "recurrent", in, temp.resolve("o.npy"));

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void skipFiniteCheckLetsNaNThrough() {
        Inputs inputs = RandomInputs.generate(SHAPE, Variant.MAMBA2, 2);
        inputs.v()[7] = Float.NaN;
        Path in = temp.resolve("in");
        InputFiles.write(in, inputs);

        CliRun run = CliRun.of("forward", "--variant", "mamba2", "--form", "recurrent", "--inputs", in.toString(),
                "--out", temp.resolve("o.npy").toString(), "--skip-finite-check");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.exists(temp.resolve("o.npy"))).isTrue();
    }

    @Test
    void verbosePrintsTheStackTrace() {
        CliRun run = CliRun.of("forward", "--variant", "mamba2", "--form", "chunked", "--inputs",
                temp.resolve("absent").toString(), "--out", temp.resolve("o.npy").toString(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(LogLinearCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("error: --inputs: ").contains("\tat ");
    }

    private static CliRun forward(Variant variant, String form, Path in, Path out) {
        return CliRun.of("forward", "--variant", variant.cliName(), "--form", form, "--inputs", in.toString(),
                "--out", out.toString());
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void timingPrintsExactlyOneLine(Form form) {
        Inputs inputs = RandomInputs.generate(SHAPE, Variant.LOGLINEAR_MAMBA2, 9);
        Path in = temp.resolve("in");
        InputFiles.write(in, inputs);

        CliRun run = CliRun.of("forward", "--variant", "loglinear-mamba2", "--form", form.cliName(), "--inputs",
                in.toString(), "--out", temp.resolve("o.npy").toString(), "--timing");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).singleElement().asString().startsWith("forward_ms=");
    }
}
