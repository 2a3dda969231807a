package loglinear.jit.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import loglinear.jit.KernelContext;
import loglinear.jit.tools.JitBenchmarks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CUDA the translator makes for the benchmark GEMM compiles to fast code with the local nvcc (skipped without
 * it), with the runtime's {@code --fmad=false}: the 8 x 8 private accumulator stays in registers (no stack frame,
 * no spills, no local loads), shared-memory tiles are read as 128-bit vectors and each {@code Math.fma} is one
 * {@code fma.rn.f32} (8 x 8 per K step). See {@code docs/jit-codegen.md}.
 */
class CudaCodegenTest {
    private static Method gemm() {
        return Arrays.stream(JitBenchmarks.class.getDeclaredMethods()).filter(m -> m.getName().equals("gemm")
                && m.getParameterTypes()[0] == KernelContext.class).findFirst().orElseThrow();
    }

    @Test
    void benchmarkGemmKeepsItsTileInRegistersAndUsesFusedMultiplyAdd(@TempDir Path dir) throws Exception {
        var nvcc = NvccLocator.find();
        assumeTrue(nvcc.isPresent(), "nvcc not installed");
        Path source = dir.resolve("gemm.cu");
        Files.writeString(source, Translator.translate(gemm(), Dialect.CUDA).source());

        String usage = run(List.of(nvcc.get(), "-arch=sm_90", "--fmad=false", "--resource-usage", "-c",
                source.toString(), "-o", dir.resolve("gemm.o").toString()), dir);
        assertThat(usage).contains("0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads");
        Matcher registers = Pattern.compile("Used (\\d+) registers").matcher(usage);
        assertThat(registers.find()).as(usage).isTrue();
        // 64 accumulators + 16 operands + addresses; well below the 255 limit and the 128 that 2 groups per SM allow.
        assertThat(Integer.parseInt(registers.group(1))).as(usage).isLessThanOrEqualTo(128);

        Path ptxFile = dir.resolve("gemm.ptx");
        run(List.of(nvcc.get(), "-arch=sm_90", "--fmad=false", "--ptx", source.toString(), "-o", ptxFile.toString()),
                dir);
        String ptx = Files.readString(ptxFile);
        assertThat(count(ptx, "fma.rn.f32")).isEqualTo(64);
        assertThat(count(ptx, "ld.shared.v4.f32")).isEqualTo(4);
        assertThat(ptx).doesNotContain("ld.local").doesNotContain("st.local");
    }

    private static long count(String text, String instruction) {
        return text.lines().filter(l -> l.strip().startsWith(instruction)).count();
    }

    private static String run(List<String> command, Path dir) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("nvcc finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
