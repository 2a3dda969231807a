package loglinear.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import loglinear.jit.cuda.CudaDevice;
import loglinear.reference.Inputs;
import loglinear.reference.MaskedReference;
import loglinear.reference.Metrics;
import loglinear.reference.Npy;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code loglinear forward --backend}: the GPU kernels through the emulator, and the errors of the choice. */
class ForwardBackendTest {
    private static final Shape SHAPE = Shape.of(1, 70, 2, 1, 6, 5);

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Variant.class)
    void emulatorBackendGivesTheReferenceAnswer(Variant variant) {
        Inputs inputs = RandomInputs.generate(SHAPE, variant, 40 + variant.ordinal());
        Path in = temp.resolve("in");
        InputFiles.write(in, inputs);
        Path out = temp.resolve("o.npy");

        CliRun run = CliRun.of("forward", "--variant", variant.cliName(), "--form", "chunked", "--backend", "emulator",
                "--inputs", in.toString(), "--out", out.toString(), variant.deltaRule() ? "--qk-l2norm" : "--timing");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("backend: emulator");
        double[] expected = MaskedReference.forward(variant, inputs, new Options(1.0, variant.deltaRule()));
        assertThat(Metrics.relativeRms(Npy.read(out).float32(), expected)).isLessThanOrEqualTo(1e-4);
    }

    @Test
    void autoSaysWhatItChose() {
        Inputs inputs = RandomInputs.generate(SHAPE, Variant.LOGLINEAR_MAMBA2, 3);
        Path in = temp.resolve("in");
        InputFiles.write(in, inputs);
        Path out = temp.resolve("o.npy");

        CliRun run = CliRun.of("forward", "--variant", "loglinear-mamba2", "--form", "chunked", "--backend", "auto",
                "--inputs", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("backend: auto chose (cuda|opencl|cpu)");
        assertThat(Files.exists(out)).isTrue();
    }

    @Test
    void explicitCudaWithoutDriverFailsWithoutFallingBack() {
        Assumptions.assumeFalse(CudaDevice.isAvailable(), "a CUDA driver is present: nothing to refuse");
        Inputs inputs = RandomInputs.generate(SHAPE, Variant.LOGLINEAR_MAMBA2, 4);
        Path in = temp.resolve("in");
        InputFiles.write(in, inputs);
        Path out = temp.resolve("o.npy");

        CliRun run = CliRun.of("forward", "--variant", "loglinear-mamba2", "--form", "chunked", "--backend", "cuda",
                "--inputs", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).startsWith("error: ").containsIgnoringCase("cuda");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void gpuBackendsRunTheChunkedFormOnly() {
        Inputs inputs = RandomInputs.generate(SHAPE, Variant.LOGLINEAR_MAMBA2, 5);
        Path in = temp.resolve("in");
        InputFiles.write(in, inputs);
        Path out = temp.resolve("o.npy");

        CliRun run = CliRun.of("forward", "--variant", "loglinear-mamba2", "--form", "reference", "--backend",
                "emulator", "--inputs", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(LogLinearCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--backend emulator runs the chunked form only");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void unknownBackendIsRejected() {
        CliRun run = CliRun.of("forward", "--variant", "mamba2", "--form", "chunked", "--backend", "tpu",
                "--inputs", temp.toString(), "--out", temp.resolve("o.npy").toString());

        assertThat(run.exitCode()).isEqualTo(LogLinearCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--backend").contains("tpu");
    }
}
