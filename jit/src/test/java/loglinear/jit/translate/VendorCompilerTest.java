package loglinear.jit.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated sources build with the vendor compilers: CUDA with the local {@code nvcc} (skipped where it is
 * absent, e.g. on CI) and OpenCL with the first OpenCL device (PoCL; skipped without an OpenCL runtime).
 */
class VendorCompilerTest {
    private static Optional<OpenClTestCompiler> openCl = Optional.empty();

    @BeforeAll
    static void openOpenCl() {
        openCl = OpenClTestCompiler.open();
    }

    @AfterAll
    static void closeOpenCl() {
        openCl.ifPresent(OpenClTestCompiler::close);
    }

    @Test
    void openClBuildsEverySample() throws Throwable {
        assumeTrue(openCl.isPresent(), "no OpenCL runtime");
        List<String> failures = new ArrayList<>();
        for (Method m : TranslatorAcceptsTest.sampleKernels()) {
            String log = openCl.get().build(Translator.translate(m, Dialect.OPENCL).source(), "");
            if (log != null) {
                failures.add(m.getName() + ": " + log);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void openClReportsBrokenSource() throws Throwable {
        assumeTrue(openCl.isPresent(), "no OpenCL runtime");
        assertThat(openCl.get().build("__kernel void f(__global float* a) { a[0] = missing; }", ""))
                .contains("missing");
    }

    @Test
    void nvccCompilesEverySample(@TempDir Path dir) throws Exception {
        assumeTrue(NvccLocator.find().isPresent(), "nvcc not installed");
        List<Path> sources = new ArrayList<>();
        for (Method m : TranslatorAcceptsTest.sampleKernels()) {
            TranslatedKernel k = Translator.translate(m, Dialect.CUDA);
            Path file = dir.resolve(k.entryName() + ".cu");
            Files.writeString(file, k.source());
            sources.add(file);
        }
        // One nvcc run for all files keeps the test short.
        List<String> command = new ArrayList<>(List.of(NvccLocator.find().get(), "-arch=sm_90", "--ptx", "-odir", dir.toString()));
        sources.forEach(p -> command.add(p.toString()));
        Result r = run(command, dir);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).as("nvcc warnings").doesNotContain("warning");
    }

    @Test
    void privateAccumulatorLivesInRegisters(@TempDir Path dir) throws Exception {
        assumeTrue(NvccLocator.find().isPresent(), "nvcc not installed");
        TranslatedKernel k = Translator.translate(TranslatorAcceptsTest.kernel("privateTile"), Dialect.CUDA);
        Path file = dir.resolve("tile.cu");
        Files.writeString(file, k.source());
        Result r = run(List.of(NvccLocator.find().get(), "-arch=sm_90", "--resource-usage", "-c", file.toString(), "-o",
                dir.resolve("tile.o").toString()), dir);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "nvcc timed out\n" + out);
        }
        return new Result(p.exitValue(), out);
    }

}
