package loglinear.jit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.Devices;
import loglinear.jit.ElementType;
import loglinear.jit.Range;
import loglinear.jit.runtime.KernelMethods;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.NvccLocator;
import loglinear.jit.translate.Translator;

/**
 * Regressions for the CUDA differences the fuzzer found (docs/jit-bugs.md, sections 6, 7, 9 to 11 and 15). CI has
 * no GPU, so the CUDA side is checked on the generated source: the prelude helpers must keep the forms that NVRTC
 * compiles as Java computes. The kernels also run on the emulator (Java's values, checked against the JVM) and on OpenCL where present.
 */
class CudaFuzzFindingsTest {
    private static final int ITEMS = 8;

    @Test
    void cudaAbsIsOpaquePtxSoNvrtcCannotAssumeItIsNonNegative() {
        String source = translate("absOfMinValue", Dialect.CUDA);

        assertThat(helper(source, "int j_iabs(int a)")).contains("asm(", "neg.s32", "selp.s32")
                .doesNotContain("a < 0 ?");
        assertThat(helper(source, "j_i64 j_labs(j_i64 a)")).contains("asm(", "neg.s64", "selp.s64")
                .doesNotContain("a < 0 ?");
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"CUDA", "OPENCL"})
    void minAndMaxTestTheSecondOperandForNaNBeforeComparing(Dialect dialect) {
        String source = translate("minMaxWithNaN", dialect);

        for (String signature : new String[] {"float j_fminf(float a, float b)", "float j_fmaxf(float a, float b)",
            "double j_fmin(double a, double b)", "double j_fmax(double a, double b)"}) {
            String body = helper(source, signature);
            assertThat(body).as(signature).contains("if (b != b) return b;");
            assertThat(body.indexOf("if (b != b)")).as(signature).isLessThan(body.indexOf("? a : b"));
        }
    }

    @Test
    void emulatorAndOpenClGiveJavasAbsOfMinValue() {
        int[] inputs = {Integer.MIN_VALUE, -594350307, Integer.MIN_VALUE, -2609, Integer.MIN_VALUE, 7, -5, 3,
            Integer.MAX_VALUE, -1, 0, 0, Integer.MIN_VALUE + 1, 1000, 17, -17};
        int[] expected = new int[ITEMS * CudaFuzzFindingKernels.OUTPUTS];
        for (int g = 0; g < ITEMS; g++) {
            int a = Math.abs(inputs[2 * g]);
            int d = inputs[2 * g + 1] | 1;
            long l = Math.abs((long) inputs[2 * g] << 32);
            int[] row = {a % d, a / d, a >> 31, a < 0 ? 1 : 0, (int) (l % 1000003L), (int) (l >> 63), (int) (l / 7L), a};
            System.arraycopy(row, 0, expected, g * CudaFuzzFindingKernels.OUTPUTS, row.length);
        }
        assertThat(expected[0]).isEqualTo(-364432727);
        assertThat(expected[CudaFuzzFindingKernels.OUTPUTS]).isEqualTo(-94);

        assertJavaValuesOnEmulatorAndOpenCl("absOfMinValue", inputs, expected);
    }

    @Test
    void emulatorAndOpenClGiveJavasMinAndMaxWithNaN() {
        float[] inputs = {Float.NaN, -Float.NaN, 0.5f, -0.0f, 0.0f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY,
            -3f};
        int[] expected = new int[ITEMS * CudaFuzzFindingKernels.OUTPUTS];
        for (int g = 0; g < ITEMS; g++) {
            float x = inputs[g];
            double dmin = Math.min(-1.0, (double) x);
            double dmax = Math.max(1.0, (double) x);
            int[] row = {bits(Math.min(-1.0f, Math.abs(x))), bits(Math.max(1.0f, x)),
                dmin != dmin ? 0x7ff80000 : (int) (Double.doubleToRawLongBits(dmin) >>> 32),
                dmax != dmax ? 0x7ff80000 : (int) (Double.doubleToRawLongBits(dmax) >>> 32),
                bits(Math.min(x, -1.0f)), bits(Math.max(x, 1.0f)), bits(Math.min(x, x)), bits(Math.max(-0.0f, x))};
            System.arraycopy(row, 0, expected, g * CudaFuzzFindingKernels.OUTPUTS, row.length);
        }
        assertThat(expected[0]).isEqualTo(0x7fc00000);

        assertJavaValuesOnEmulatorAndOpenCl("minMaxWithNaN", inputs, expected);
    }

    @Test
    void cudaFloatAbsIsOpaquePtxSoNaNComparisonsAreNotFolded() {
        String source = translate("absOfNaNCompared", Dialect.CUDA);

        assertThat(helper(source, "float j_fabsf(float x)")).contains("asm(", "and.b32");
        assertThat(helper(source, "double j_fabs(double x)")).contains("asm(", "and.b64");
        String kernel = source.substring(source.indexOf("__global__"));
        assertThat(kernel).contains("j_fabsf(", "j_fabs(").doesNotContainPattern("(?<!j_)fabsf?\\(");
    }

    @Test
    void emulatorAndOpenClGiveJavasComparisonsWithAbsOfNaN() {
        float[] inputs = {Float.NaN, -0.0f, -1e-40f, Float.NEGATIVE_INFINITY, -3f, 0.5f, -Float.MIN_VALUE,
            Float.intBitsToFloat(0xffc00001)};
        int[] expected = new int[ITEMS * CudaFuzzFindingKernels.OUTPUTS];
        for (int g = 0; g < ITEMS; g++) {
            float x = inputs[g];
            double d = (double) x * 3.0;
            double ad = Math.abs(d);
            int[] row = {(-0.013288707f <= Math.abs(x)) ? 1 : 0, (-1.0f <= Math.abs(x)) ? 1 : 0,
                (ad >= -1.0) ? 1 : 0, (Math.abs(x) < -2.0f) ? 1 : 0, bits(Math.abs(x)),
                (int) (Double.doubleToLongBits(ad) >>> 32), bits((float) Math.abs((double) x)),
                (Math.abs(x) != Math.abs(x)) ? 1 : 0};
            System.arraycopy(row, 0, expected, g * CudaFuzzFindingKernels.OUTPUTS, row.length);
        }
        assertThat(expected[0]).isZero();
        assertThat(expected[1]).isZero();

        assertJavaValuesOnEmulatorAndOpenCl("absOfNaNCompared", inputs, expected);
    }

    @Test
    void cudaLongToIntIsOpaquePtxSoNvvmKeepsTheLoop() {
        String source = translate("longCounterNarrowedInLoop", Dialect.CUDA);

        assertThat(helper(source, "int j_l2i(j_i64 x)")).contains("asm(", "cvt.u32.u64")
                .doesNotContain("(j_u32)(j_u64)x");
        assertThat(source.substring(source.indexOf("__global__"))).contains("j_l2i(");
        assertThat(helper(translate("longCounterNarrowedInLoop", Dialect.OPENCL), "int j_l2i(j_i64 x)"))
                .contains("(int)(j_u32)(j_u64)x").doesNotContain("asm(");
    }

    /**
     * Where {@code nvcc} is installed: the PTX of the translated kernel keeps the loop (a branch back to an earlier
     * label). With the plain C narrowing cast, nvcc 13.0 emits straight-line code that runs the body at most once.
     */
    @Test
    void nvccKeepsTheLongCounterLoop(@TempDir Path dir) throws Exception {
        assertThat(hasBackwardBranch(ptxOf("longCounterNarrowedInLoop", dir)))
                .as("PTX of the loop has a back edge").isTrue();
    }

    /** The PTX lines {@code nvcc} makes of the CUDA translation of {@code kernel} (skips the test without nvcc). */
    private static List<String> ptxOf(String kernel, Path dir) throws Exception {
        Optional<Path> nvcc = NvccLocator.find().map(Path::of);
        assumeTrue(nvcc.isPresent(), "nvcc not installed");
        Path source = dir.resolve(kernel + ".cu");
        Path ptx = dir.resolve(kernel + ".ptx");
        Files.writeString(source, translate(kernel, Dialect.CUDA));
        Process process = new ProcessBuilder(nvcc.get().toString(), "-ptx", "-arch=sm_90", "--fmad=false", "-o",
                ptx.toString(), source.toString()).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("nvcc finished").isTrue();
        assertThat(process.exitValue()).as("nvcc exit status, log:%n%s", log).isZero();
        return Files.readAllLines(ptx);
    }

    /**
     * Where {@code nvcc} is installed, with NVRTC's defaults as {@code Nvrtc} passes them: subnormal constants stay
     * exact in the PTX, no float or double operation of the kernel flushes subnormals ({@code .ftz} appears only in
     * libdevice's {@code rcp.approx.ftz.f32} on a mantissa scaled into [1, 2)), and float to int and double to long
     * conversions test NaN and Java's limits before {@code cvt.rzi}.
     */
    @Test
    void nvccKeepsSubnormalsAndJavasSaturation(@TempDir Path dir) throws Exception {
        List<String> ptx = ptxOf("subnormalsAndSaturation", dir);
        String text = String.join("\n", ptx);

        assertThat(text).contains("0d0000000000000001", "0f00000001", "0d43E0000000000000", "0dC3E0000000000000",
                "0f4F000000", "cvt.rzi.s64.f64", "cvt.rzi.s32.f32");
        assertThat(ptx).filteredOn(line -> line.contains(".ftz")).allSatisfy(line ->
                assertThat(line).contains("rcp.approx.ftz.f32"));
    }

    @Test
    void emulatorAndOpenClRunTheLongCounterLoopEveryIteration() {
        int[] inputs = {7, 6, 5, Integer.MAX_VALUE, Integer.MAX_VALUE - 20108 * 2, Integer.MIN_VALUE + 7, -1, 0};
        int[] expected = new int[ITEMS * CudaFuzzFindingKernels.OUTPUTS];
        for (int g = 0; g < ITEMS; g++) {
            int v0 = inputs[g];
            long v1 = v0;
            int iterations = 0;
            for (int j = 0; j < (v0 & 7); j++) {
                v1 += 20108L;
                if ((int) v1 < v0) {
                    break;
                }
                iterations++;
            }
            int[] row = {iterations, (int) v1, (int) (v1 >>> 32), 0, 0, 0, 0, 0};
            System.arraycopy(row, 0, expected, g * CudaFuzzFindingKernels.OUTPUTS, row.length);
        }
        assertThat(expected[0]).as("7 iterations for v0 = 7").isEqualTo(7);
        assertThat(expected[3 * CudaFuzzFindingKernels.OUTPUTS]).as("MAX_VALUE wraps at once").isZero();
        assertThat(expected[4 * CudaFuzzFindingKernels.OUTPUTS]).as("wraps in the 3rd iteration").isEqualTo(2);

        assertJavaValuesOnEmulatorAndOpenCl("longCounterNarrowedInLoop", inputs, expected);
    }

    @Test
    void emulatorAndOpenClCountTheProductsOfAQuadraticCounter() {
        int[] inputs = {76, 31, 1, 5, 0, 0, 1, 5, 7, -3, 1, 8, -1, 1, 1, 7, Integer.MAX_VALUE, 1, 1, 6, 3, 2, 1, 0,
            -100, 45, 2, 8, 13, 13, 1, 4};
        int[] expected = new int[ITEMS * CudaFuzzFindingKernels.OUTPUTS];
        for (int g = 0; g < ITEMS; g++) {
            int v = inputs[4 * g];
            long p = inputs[4 * g + 2];
            int products = 0;
            for (int j = 0; j < inputs[4 * g + 3]; j++) {
                v += j + inputs[4 * g + 1];
                for (int w = 0; w < (v & 3); w++) {
                    p *= 3L;
                    products++;
                }
            }
            int[] row = {products, (int) p, (int) (p >>> 32), v, 0, 0, 0, 0};
            System.arraycopy(row, 0, expected, g * CudaFuzzFindingKernels.OUTPUTS, row.length);
        }
        assertThat(expected[0]).as("the H100 fuzz case: 3 + 3 + 0 + 2 + 1 products (NVVM: 3 at j = 4)")
                .isEqualTo(9);

        assertJavaValuesOnEmulatorAndOpenCl("quadraticCounterTripCount", inputs, expected);
    }

    /**
     * Java's values of the nested min/max with a negated operand on the emulator and OpenCL, including the three H100
     * fuzz cases; with the negation lost (what the H100 computes) each of those would differ.
     */
    @Test
    void emulatorAndOpenClKeepTheNegatedOperandOfNestedMinMax() {
        int[] inputs = {-35, -33, -1, 94, 0, 0, -2030932031, -10637, 0, Integer.MIN_VALUE, 5, 7,
            Integer.MAX_VALUE, Integer.MIN_VALUE, -4, 0, 0, 0, 17, -17, 3, -1, 1, Integer.MIN_VALUE};
        int[] expected = new int[ITEMS * CudaFuzzFindingKernels.OUTPUTS];
        for (int g = 0; g < ITEMS; g++) {
            int a = inputs[3 * g];
            int b = inputs[3 * g + 1];
            int q = inputs[3 * g + 2];
            int[] row = {Math.max(Math.max(a, -b), q), a + Math.min(Math.min(-a, a), q),
                Math.max(Math.max(-a, b | a), a), 0, 0, 0, 0, 0};
            System.arraycopy(row, 0, expected, g * CudaFuzzFindingKernels.OUTPUTS, row.length);
        }
        assertThat(expected[0]).as("Fuzz_3_69.k33: max(max(-35, 33), -1); lost negation -1").isEqualTo(33);
        assertThat(expected[CudaFuzzFindingKernels.OUTPUTS + 1]).as("Fuzz_3_314.k46: 94 + min(-94, 0); lost 94")
                .isZero();
        assertThat(expected[2 * CudaFuzzFindingKernels.OUTPUTS + 2]).as("Fuzz_1_181.k48; lost negation -13")
                .isEqualTo(2030932031);

        assertJavaValuesOnEmulatorAndOpenCl("negatedOperandInNestedMinMax", inputs, expected);
    }

    /**
     * Where {@code nvcc} is installed: the PTX of the nested min/max keeps the negations ({@code neg.s32}; NVVM shares
     * the one of {@code -a}) and feeds each into a {@code max.s32}/{@code min.s32}, so a result with a lost negation
     * on a GPU comes from past the PTX (ptxas).
     */
    @Test
    void nvccKeepsTheNegationOfNestedMinMax(@TempDir Path dir) throws Exception {
        List<String> ptx = ptxOf("negatedOperandInNestedMinMax", dir);
        Pattern negation = Pattern.compile("\\bneg\\.s32\\s+(%r\\d+),");
        List<String> negated = ptx.stream().map(negation::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();

        assertThat(negated).hasSize(2);
        assertThat(ptx).filteredOn(line -> line.contains("max.s32")).hasSize(4);
        assertThat(ptx).filteredOn(line -> line.contains("min.s32")).hasSize(2);
        for (String register : negated) {
            assertThat(ptx).as("a min/max reads %s", register).anySatisfy(line -> assertThat(line)
                    .containsPattern("(max|min)\\.s32\\s+%r\\d+, .*" + Pattern.quote(register) + "\\b"));
        }
    }

    /** Whether some {@code bra} in {@code ptx} jumps to a label defined on an earlier line. */
    private static boolean hasBackwardBranch(List<String> ptx) {
        Map<String, Integer> labels = new HashMap<>();
        Pattern label = Pattern.compile("^(\\$L__\\w+):");
        Pattern branch = Pattern.compile("\\bbra(?:\\.uni)?\\s+(\\$L__\\w+);");
        for (int i = 0; i < ptx.size(); i++) {
            Matcher l = label.matcher(ptx.get(i).strip());
            if (l.find()) {
                labels.put(l.group(1), i);
            }
            Matcher b = branch.matcher(ptx.get(i));
            if (b.find() && labels.getOrDefault(b.group(1), Integer.MAX_VALUE) < i) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code kernel} over {@link #ITEMS} work-items on the emulator and on OpenCL (where a device opens) with
     * {@code inputs} (an int[] or float[]) and a zeroed int output, and expects exactly Java's {@code expected}.
     */
    private static void assertJavaValuesOnEmulatorAndOpenCl(String kernel, Object inputs, int[] expected) {
        for (String backend : new String[] {"emulator", "opencl"}) {
            Device device = backend.equals("emulator") ? Devices.open(backend) : openOrNull(backend);
            if (device == null) {
                continue;
            }
            boolean floats = inputs instanceof float[];
            int length = floats ? ((float[]) inputs).length : ((int[]) inputs).length;
            try (device; DeviceBuffer in = device.allocate(floats ? ElementType.FLOAT : ElementType.INT, length);
                 DeviceBuffer out = device.allocate(ElementType.INT, expected.length)) {
                if (floats) {
                    device.write(in, (float[]) inputs);
                } else {
                    device.write(in, (int[]) inputs);
                }
                device.write(out, new int[expected.length]);
                device.launch(device.compile(CudaFuzzFindingKernels.class, kernel), Range.of(ITEMS), Range.of(ITEMS),
                        in, out);
                int[] actual = new int[expected.length];
                device.read(out, actual);
                assertThat(actual).as(backend).containsExactly(expected);
            }
        }
    }

    private static int bits(float v) {
        return v != v ? 0x7fc00000 : Float.floatToRawIntBits(v);
    }

    private static Device openOrNull(String backend) {
        try {
            return Devices.open(backend);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static String translate(String kernel, Dialect dialect) {
        Method method = KernelMethods.find(CudaFuzzFindingKernels.class, kernel);
        return Translator.translate(method, dialect).source();
    }

    /** The one-line definition of the prelude helper with {@code signature}. */
    private static String helper(String source, String signature) {
        Matcher line = Pattern.compile("^.*" + Pattern.quote(signature) + ".*$", Pattern.MULTILINE).matcher(source);
        assertThat(line.find()).as("helper %s in%n%s", signature, source).isTrue();
        return line.group();
    }
}
