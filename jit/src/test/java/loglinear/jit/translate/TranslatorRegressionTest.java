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
 * CUDA whatever NVRTC's {@code --fmad} default (bug 2, checked in the PTX of the local nvcc); plus
 * {@code StrictMath.copySign} with NaN signs and the special values of every Math function with a float twin. Device
 * runs are skipped without an OpenCL runtime, PTX checks without nvcc.
 */
class TranslatorRegressionTest {
    private static final float[] POW_BASES = {1f, -1f, 0f, -0f, 2f, -2f, 0.5f, -0.5f, 3f, Float.NaN,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE};
    private static final float[] POW_EXPONENTS = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f,
            -0f, 1f, -1f, 2f, 3f, -3f, 0.5f, 1.5f, 1e10f};
    /** OpenCL 1.2's loosest bound (single-precision pow, table 7.1); the other functions' bounds are below it. */
    private static final int LOOSEST_ULPS = 16;

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

    /** NaN, infinities and zeros exactly (with sign); finite values within OpenCL's loosest bound. */
    private static void assertCloseFloat(String what, float device, float java) {
        if (Float.isNaN(java) || Float.isInfinite(java) || java == 0f) {
            assertThat(Float.floatToIntBits(device)).as(what + ": device " + device + ", Java " + java)
                    .isEqualTo(Float.floatToIntBits(java));
        } else {
            assertThat(Math.abs(device - java)).as(what + ": device " + device + ", Java " + java)
                    .isLessThanOrEqualTo(LOOSEST_ULPS * Math.ulp(java));
        }
    }

    private static void assertCloseDouble(String what, double device, double java) {
        if (Double.isNaN(java) || Double.isInfinite(java) || java == 0.0) {
            assertThat(Double.doubleToLongBits(device)).as(what + ": device " + device + ", Java " + java)
                    .isEqualTo(Double.doubleToLongBits(java));
        } else {
            assertThat(Math.abs(device - java)).as(what + ": device " + device + ", Java " + java)
                    .isLessThanOrEqualTo(LOOSEST_ULPS * Math.ulp(java));
        }
    }

    @Test
    void strictCopySignTakesNaNSignsAsPositiveOnOpenCl() throws Throwable {
        assumeTrue(openCl.isPresent(), "no OpenCL runtime");
        float negativeNaN = Float.intBitsToFloat(0xffc00000);
        double negativeDoubleNaN = Double.longBitsToDouble(0xfff8000000000000L);
        float[] magnitude = {1f, -2f, 3f, -4f, 0f, -0f};
        float[] sign = {negativeNaN, negativeNaN, Float.NaN, -1f, -0f, 0f};
        double[] dmagnitude = new double[magnitude.length];
        double[] dsign = {negativeDoubleNaN, negativeDoubleNaN, Double.NaN, -1, -0.0, 0.0};
        for (int i = 0; i < magnitude.length; i++) {
            dmagnitude[i] = magnitude[i];
        }
        float[] out = new float[magnitude.length];
        double[] dout = new double[magnitude.length];
        TranslatedKernel k = Translator.translate(kernel("strictCopySign"), Dialect.OPENCL);
        openCl.get().run(k.source(), k.entryName(), magnitude.length, 1, magnitude, sign, out, dmagnitude, dsign,
                dout);
        for (int i = 0; i < magnitude.length; i++) {
            assertThat(out[i]).as("StrictMath.copySign(%s, sign %d)", magnitude[i], i)
                    .isEqualTo(StrictMath.copySign(magnitude[i], sign[i]));
            assertThat(dout[i]).as("StrictMath.copySign(%s, double sign %d)", dmagnitude[i], i)
                    .isEqualTo(StrictMath.copySign(dmagnitude[i], dsign[i]));
        }
        assertThat(out[0]).isEqualTo(1f);
        assertThat(dout[1]).isEqualTo(2.0);
    }

    @Test
    void mathFunctionsFollowJavaSpecialCasesOnOpenCl() throws Throwable {
        assumeTrue(openCl.isPresent(), "no OpenCL runtime");
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1, -1, 0.5,
                -0.5, 2, -2, 1.5, -2.5, 100, -100, 1e-3, 3e38};
        int n = specials.length * specials.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = specials[i / specials.length];
            y[i] = specials[i % specials.length];
        }
        double[] device = new double[n * RegressionKernels.MATH_RESULTS];
        float[] deviceFloats = new float[device.length];
        TranslatedKernel k = Translator.translate(kernel("mathSpecialValues"), Dialect.OPENCL);
        openCl.get().run(k.source(), k.entryName(), n, 1, x, y, device, deviceFloats, n);
        double[] expected = new double[device.length];
        float[] expectedFloats = new float[device.length];
        for (int i = 0; i < n; i++) {
            RegressionKernels.mathResults(x[i], y[i], expected, expectedFloats, i * RegressionKernels.MATH_RESULTS);
        }
        for (int i = 0; i < device.length; i++) {
            int item = i / RegressionKernels.MATH_RESULTS;
            String what = "function " + i % RegressionKernels.MATH_RESULTS + " of (" + x[item] + ", " + y[item] + ")";
            assertCloseDouble(what, device[i], expected[i]);
            assertCloseFloat(what + " in float", deviceFloats[i], expectedFloats[i]);
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
        Optional<String> nvcc = NvccLocator.find();
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

}
