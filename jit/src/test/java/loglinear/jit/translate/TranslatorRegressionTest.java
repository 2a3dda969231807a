package loglinear.jit.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import loglinear.jit.KernelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for translator bugs recorded in {@code docs/jit-bugs.md}: Java's {@code pow} special cases
 * (bug 1, run on the local OpenCL device and checked in the CUDA source) and no contraction of {@code a * b + c} on
 * CUDA whatever NVRTC's {@code --fmad} default (bug 2, checked in the PTX of the local nvcc).
 */
class TranslatorRegressionTest {
    private static final float[] POW_BASES = {1f, -1f, 0f, -0f, 2f, -2f, 0.5f, -0.5f, 3f, Float.NaN,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE};
    private static final float[] POW_EXPONENTS = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f,
            -0f, 1f, -1f, 2f, 3f, -3f, 0.5f, 1.5f, 1e10f};
    /** OpenCL 1.2's bound for single-precision pow (table 7.1), larger than CUDA's 4. */
    private static final int FLOAT_POW_ULPS = 16;

    private static Optional<OpenClTestCompiler> openCl = Optional.empty();

    @BeforeAll
    static void open() {
        openCl = OpenClTestCompiler.open();
    }

    @AfterAll
    static void close() {
        openCl.ifPresent(OpenClTestCompiler::close);
    }

    private static Method kernel(String name) {
        return Arrays.stream(RegressionKernels.class.getDeclaredMethods()).filter(m -> m.getName().equals(name)
                && m.getParameterTypes()[0] == KernelContext.class).findFirst().orElseThrow();
    }

    @Test
    void powFollowsJavaSpecialCasesOnOpenCl() throws Throwable {
        assumeTrue(openCl.isPresent(), "no OpenCL runtime");
        int n = POW_BASES.length * POW_EXPONENTS.length;
        float[] x = new float[n];
        float[] y = new float[n];
        double[] xd = new double[n];
        double[] yd = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = POW_BASES[i / POW_EXPONENTS.length];
            y[i] = POW_EXPONENTS[i % POW_EXPONENTS.length];
            xd[i] = x[i];
            yd[i] = y[i];
        }
        float[] device = new float[n * RegressionKernels.POW_FLOAT_RESULTS];
        double[] deviceDoubles = new double[n];
        TranslatedKernel k = Translator.translate(kernel("powers"), Dialect.OPENCL);
        openCl.get().run(k.source(), k.entryName(), n, 1, x, y, xd, yd, device, deviceDoubles, n);
        float[] expected = new float[device.length];
        double[] expectedDoubles = new double[n];
        for (int i = 0; i < n; i++) {
            RegressionKernels.powResults(x[i], y[i], xd[i], yd[i], expected, expectedDoubles, i);
        }
        for (int i = 0; i < device.length; i++) {
            int item = i / RegressionKernels.POW_FLOAT_RESULTS;
            String what = "pow(" + x[item] + ", " + y[item] + ") result " + i % RegressionKernels.POW_FLOAT_RESULTS;
            assertCloseFloat(what, device[i], expected[i]);
        }
        for (int i = 0; i < n; i++) {
            assertCloseDouble("pow(" + xd[i] + ", " + yd[i] + ") in double", deviceDoubles[i], expectedDoubles[i]);
        }
    }

    /** NaN, infinities and zeros exactly (with sign); finite values within OpenCL's pow bound. */
    private static void assertCloseFloat(String what, float device, float java) {
        if (Float.isNaN(java) || Float.isInfinite(java) || java == 0f) {
            assertThat(Float.floatToIntBits(device)).as(what + ": device " + device + ", Java " + java)
                    .isEqualTo(Float.floatToIntBits(java));
        } else {
            assertThat(Math.abs(device - java)).as(what + ": device " + device + ", Java " + java)
                    .isLessThanOrEqualTo(FLOAT_POW_ULPS * Math.ulp(java));
        }
    }

    private static void assertCloseDouble(String what, double device, double java) {
        if (Double.isNaN(java) || Double.isInfinite(java) || java == 0.0) {
            assertThat(Double.doubleToLongBits(device)).as(what + ": device " + device + ", Java " + java)
                    .isEqualTo(Double.doubleToLongBits(java));
        } else {
            assertThat(Math.abs(device - java)).as(what + ": device " + device + ", Java " + java)
                    .isLessThanOrEqualTo(FLOAT_POW_ULPS * Math.ulp(java));
        }
    }

    @Test
    void powCallsTheJavaExactHelpersInBothDialects() {
        for (Dialect dialect : Dialect.values()) {
            String source = Translator.translate(kernel("powers"), dialect).source();
            // The translated methods follow the prelude; the helper powResults comes first.
            String kernelBody = source.substring(source.indexOf("powResults"));
            assertThat(kernelBody).as(dialect.name()).contains("j_powf(").contains("j_pow(")
                    .doesNotContainPattern("(?<![_a-z])powf?\\(");
            assertThat(source).as(dialect.name()).contains("j_powf(float x, float y)")
                    .contains("j_pow(double x, double y)");
        }
    }

    @Test
    void cudaProductsAreNeverContracted(@TempDir Path dir) throws Exception {
        String source = Translator.translate(kernel("noContraction"), Dialect.CUDA).source();
        assertThat(source).contains("J_FMUL(").contains("J_DMUL(");
        Optional<String> nvcc = nvcc();
        assumeTrue(nvcc.isPresent(), "nvcc not installed");
        Path file = dir.resolve("noContraction.cu");
        Files.writeString(file, source);
        // nvcc's default is --fmad=true, as NVRTC's: contraction must still not happen.
        assertThat(ptx(nvcc.get(), file, dir, "exact")).contains("mul.rn.f32").contains("mul.rn.f64")
                .doesNotContain("fma.");
        // The opt-in for speed over Java's rounding: plain products that --fmad=true fuses.
        assertThat(ptx(nvcc.get(), file, dir, "contracted", "-DJ_CONTRACT_MUL_ADD")).contains("fma.rn.f32")
                .contains("fma.rn.f64");
    }

    private static String ptx(String nvcc, Path source, Path dir, String name, String... options) throws Exception {
        Path out = dir.resolve(name + ".ptx");
        List<String> command = new ArrayList<>(List.of(nvcc, "-arch=sm_90", "--ptx"));
        command.addAll(List.of(options));
        command.addAll(List.of(source.toString(), "-o", out.toString()));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        return Files.readString(out);
    }

    static Optional<String> nvcc() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "nvcc");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        Path cudaHome = Path.of("/usr/local/cuda/bin/nvcc");
        return Files.isExecutable(cudaHome) ? Optional.of(cudaHome.toString()) : Optional.empty();
    }
}
