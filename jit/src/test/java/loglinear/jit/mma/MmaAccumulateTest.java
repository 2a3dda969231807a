package loglinear.jit.mma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.jit.KernelCompileException;
import loglinear.jit.KernelContext;
import loglinear.jit.MmaLayout;
import loglinear.jit.tools.mma.MmaCheck;
import loglinear.jit.tools.mma.MmaKernels;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.NvccLocator;
import loglinear.jit.translate.TranslatedKernel;
import loglinear.jit.translate.Translator;

/**
 * {@code KernelContext.mmaAccumulate}: the fragment layout, the emulator against a float64 product, OpenCL against
 * the emulator bit for bit, CUDA (where a GPU is present) against float64, and the translator's checks.
 */
class MmaAccumulateTest {

    @Test
    void layoutCoversEachTileElementOnce() {
        // Every (row, column) of a 16 x 8 n-tile is held by exactly one (lane, element) pair.
        for (int n = 0; n < 3; n++) {
            int[][] owners = new int[MmaLayout.ROWS][MmaLayout.TILE_COLUMNS];
            for (int lane = 0; lane < KernelContext.SUB_GROUP_SIZE; lane++) {
                for (int i = 0; i < 4; i++) {
                    int e = 4 * n + i;
                    owners[MmaLayout.row(lane, e)][MmaLayout.column(lane, e) - 8 * n]++;
                }
            }
            for (int[] row : owners) {
                assertThat(row).containsOnly(1);
            }
        }
    }

    @Test
    void emulatorMatchesFloat64() {
        try (Device emulator = Devices.open("emulator")) {
            for (MmaCheck.Result r : MmaCheck.run(emulator, 7)) {
                assertThat(r.passed()).as(r.toString()).isTrue();
            }
        }
    }

    @Test
    void openClMatchesEmulatorBitForBit() {
        Optional<Device> openCl = open("opencl");
        assumeTrue(openCl.isPresent(), "no OpenCL device");
        try (Device cl = openCl.get(); Device emulator = Devices.open("emulator")) {
            List<MmaCheck.Result> expected = MmaCheck.run(emulator, 11);
            List<MmaCheck.Result> actual = MmaCheck.run(cl, 11);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i).passed()).as(actual.get(i).toString()).isTrue();
                assertThat(Arrays.equals(actual.get(i).output(), expected.get(i).output()))
                        .as(actual.get(i).kernel() + " bit-exact").isTrue();
            }
        }
    }

    @Test
    void cudaTensorCoresMatchFloat64() {
        Optional<Device> cuda = open("cuda");
        assumeTrue(cuda.isPresent(), "no CUDA device");
        try (Device device = cuda.get()) {
            for (MmaCheck.Result r : MmaCheck.run(device, 13)) {
                assertThat(r.passed()).as(r.toString()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"oddDepth:multiple of 8, got 12", "shortAccumulator:acc has 8 elements",
        "negativeBoundedDepth:depth must be >= 0, got -3", "tooManyTiles:nTiles must be in 1..8, got 9"})
    void emulatorRejectsBadArguments(String kernelAndMessage) {
        String kernel = kernelAndMessage.split(":")[0];
        String message = kernelAndMessage.split(":")[1];
        try (Device emulator = Devices.open("emulator")) {
            var a = emulator.allocate(loglinear.jit.ElementType.FLOAT, 256);
            var c = emulator.allocate(loglinear.jit.ElementType.FLOAT, 32);
            assertThatThrownBy(() -> {
                emulator.launch(emulator.compile(MmaMisuseKernels.class, kernel), new loglinear.jit.Range(32, 1, 1),
                        new loglinear.jit.Range(32, 1, 1), a, c);
                emulator.synchronize();
            }).hasStackTraceContaining(message);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"variableTiles", "sharedAccumulator", "oddDepth", "shortAccumulator", "tooManyTiles"})
    void translatorRejectsMisuse(String kernel) throws NoSuchMethodException {
        Method m = MmaMisuseKernels.method(kernel);
        for (Dialect dialect : Dialect.values()) {
            assertThatThrownBy(() -> Translator.translate(m, dialect))
                    .isInstanceOf(KernelCompileException.class)
                    .hasMessageContaining("mmaAccumulate")
                    .hasMessageContaining(MmaMisuseKernels.class.getName());
        }
    }

    @Test
    void cudaSourceCompilesWithAccumulatorsInRegisters(@TempDir Path dir) throws Exception {
        compilesWithoutStackFrame(dir, List.of("productGlobal", "productStagedTransposed", "productStagedContiguous",
                "productStagedRowScaled", "productBounded"), "mma.sync.aligned.m16n8k8.row.col.f32.tf32.tf32.f32",
                "ldmatrix.sync.aligned.m8n8.x4.shared.b16");
    }

    @Test
    void cudaPairSourceCompilesWithAccumulatorsInRegisters(@TempDir Path dir) throws Exception {
        compilesWithoutStackFrame(dir, List.of("productPairsAlong", "productPairsAcross", "productPairsUnaligned"),
                "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32",
                "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16", "cvt.rn.bf16x2.f32");
    }

    /** Each kernel's CUDA source holds the given instructions, and nvcc compiles it with no stack frame. */
    private static void compilesWithoutStackFrame(Path dir, List<String> kernels, String... instructions)
            throws Exception {
        Optional<String> nvcc = NvccLocator.find();
        assumeTrue(nvcc.isPresent(), "nvcc not installed");
        for (String name : kernels) {
            Method m = Arrays.stream(MmaKernels.class.getMethods()).filter(x -> x.getName().equals(name))
                    .findFirst().orElseThrow();
            TranslatedKernel k = Translator.translate(m, Dialect.CUDA);
            assertThat(k.source()).contains(instructions);
            Path file = dir.resolve(name + ".cu");
            Files.writeString(file, k.source());
            Process p = new ProcessBuilder(nvcc.get(), "-arch=sm_90", "--resource-usage", "-c", file.toString(),
                    "-o", dir.resolve(name + ".o").toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).as(name).contains("0 bytes stack frame");
        }
    }

    @Test
    void emulatorPairsKeepTheExactValues() {
        // Off CUDA a pair is stored exactly: the product over pairs is the float product over the values.
        try (Device emulator = Devices.open("emulator")) {
            for (MmaCheck.Result r : MmaCheck.run(emulator, 5)) {
                if (r.kernel().startsWith("productPairs")) {
                    assertThat(r.maxError()).as(r.toString()).isLessThan(1e-6);
                }
            }
        }
    }

    @Test
    void openClSourceInlinesTheFmaChain() {
        Method m = Arrays.stream(MmaKernels.class.getMethods()).filter(x -> x.getName().equals("productGlobal"))
                .findFirst().orElseThrow();
        String source = Translator.translate(m, Dialect.OPENCL).source();
        assertThat(source).contains("= fma(j_mma_a0, j_mma_b, ").doesNotContain("mma.sync");
    }

    private static Optional<Device> open(String spec) {
        try {
            return Optional.of(Devices.open(spec));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

}
