package loglinear.jit.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.Devices;
import loglinear.jit.ElementType;
import loglinear.jit.KernelCompileException;
import loglinear.jit.Range;
import loglinear.jit.tools.async.AsyncCopyCheck;
import loglinear.jit.tools.async.AsyncCopyKernels;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.NvccLocator;
import loglinear.jit.translate.TranslatedKernel;
import loglinear.jit.translate.Translator;

/**
 * {@code KernelContext.asyncCopy}/{@code asyncCopy4}/{@code asyncCommit}/{@code asyncWait}: the pipelined tile copy
 * on the emulator, OpenCL and CUDA (where present), the emulator's deferral of a copy until its wait, the CUDA
 * source, and the checks on bad use.
 */
class AsyncCopyTest {

    @ParameterizedTest
    @ValueSource(strings = {"emulator", "opencl", "cuda"})
    void everyTileArrives(String backend) {
        // The emulator always runs; OpenCL (PoCL in CI) and CUDA where present.
        Optional<Device> device = open(backend);
        assumeTrue(device.isPresent(), "no " + backend + " device");
        try (Device d = device.get()) {
            for (AsyncCopyCheck.Result r : AsyncCopyCheck.run(d, backend.length())) {
                assertThat(r.passed()).as(backend + " " + r).isTrue();
            }
        }
    }

    @Test
    void emulatorDefersACopyUntilItsWait() {
        // Read before the wait: the old contents (0); after it: the copied value.
        int n = AsyncCopyKernels.GROUP_THREADS;
        float[] src = new float[n];
        for (int i = 0; i < n; i++) {
            src[i] = i + 1f;
        }
        float[] dst = new float[2 * n];
        try (Device emulator = Devices.open("emulator");
             DeviceBuffer in = emulator.allocate(ElementType.FLOAT, n);
             DeviceBuffer out = emulator.allocate(ElementType.FLOAT, 2 * n)) {
            emulator.write(in, src);
            emulator.launch(emulator.compile(AsyncCopyKernels.class, "readWithoutWait"), new Range(n, 1, 1),
                    new Range(n, 1, 1), in, out);
            emulator.read(out, dst);
        }
        assertThat(Arrays.copyOfRange(dst, 0, n)).containsOnly(0f);
        assertThat(Arrays.copyOfRange(dst, n, 2 * n)).containsExactly(src);
    }

    @Test
    void cudaSourceUsesCpAsyncAndCompiles(@TempDir Path dir) throws Exception {
        Method m = Arrays.stream(AsyncCopyKernels.class.getMethods()).filter(x -> x.getName().equals("copyTiles"))
                .findFirst().orElseThrow();
        TranslatedKernel k = Translator.translate(m, Dialect.CUDA);
        assertThat(k.source()).contains("cp.async.cg.shared.global", "cp.async.ca.shared.global",
                "cp.async.commit_group", "cp.async.wait_group 1");
        String openCl = Translator.translate(m, Dialect.OPENCL).source();
        assertThat(openCl).doesNotContain("cp.async");
        Optional<String> nvcc = NvccLocator.find();
        assumeTrue(nvcc.isPresent(), "nvcc not installed");
        Path file = dir.resolve("copyTiles.cu");
        Files.writeString(file, k.source());
        Process p = new ProcessBuilder(nvcc.get(), "-arch=sm_90", "-c", file.toString(), "-o",
                dir.resolve("copyTiles.o").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"globalDestination:the destination must be a local array",
        "localSource:the source must be a global array",
        "variableWait:pendingGroups must be a compile-time constant"})
    void translatorRejectsMisuse(String kernelAndMessage) {
        Method m = AsyncCopyMisuseKernels.method(kernelAndMessage.split(":")[0]);
        for (Dialect dialect : Dialect.values()) {
            assertThatThrownBy(() -> Translator.translate(m, dialect))
                    .isInstanceOf(KernelCompileException.class)
                    .hasMessageContaining(kernelAndMessage.split(":")[1])
                    .hasMessageContaining(AsyncCopyMisuseKernels.class.getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unalignedCopy:must be multiples of 4", "countTooLarge:count must be 0 .. 4, got 5"})
    void emulatorRejectsBadArguments(String kernelAndMessage) {
        String kernel = kernelAndMessage.split(":")[0];
        try (Device emulator = Devices.open("emulator");
             DeviceBuffer src = emulator.allocate(ElementType.FLOAT, 64);
             DeviceBuffer dst = emulator.allocate(ElementType.FLOAT, 64)) {
            assertThatThrownBy(() -> {
                emulator.launch(emulator.compile(AsyncCopyMisuseKernels.class, kernel), new Range(64, 1, 1),
                        new Range(64, 1, 1), src, dst);
                emulator.synchronize();
            }).hasStackTraceContaining(kernelAndMessage.split(":")[1]);
        }
    }

    private static Optional<Device> open(String spec) {
        try {
            return Optional.of(Devices.open(spec));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
