package loglinear.jit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.Devices;
import loglinear.jit.ElementType;
import loglinear.jit.Range;
import loglinear.jit.runtime.KernelMethods;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.Translator;

/**
 * Regressions for the CUDA differences the fuzzer found (docs/jit-bugs.md, sections 6 and 7). CI has no GPU, so the
 * CUDA side is checked on the generated source: the prelude helpers must keep the forms that NVRTC compiles as Java
 * computes. The kernels also run on the emulator (Java's values, checked against the JVM) and on OpenCL where present.
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

        for (String backend : new String[] {"emulator", "opencl"}) {
            Device device = backend.equals("emulator") ? Devices.open(backend) : openOrNull(backend);
            if (device == null) {
                continue;
            }
            try (device; DeviceBuffer in = device.allocate(ElementType.INT, inputs.length);
                 DeviceBuffer out = device.allocate(ElementType.INT, expected.length)) {
                device.write(in, inputs);
                device.launch(device.compile(CudaFuzzFindingKernels.class, "absOfMinValue"), Range.of(ITEMS),
                        Range.of(ITEMS), in, out);
                int[] actual = new int[expected.length];
                device.read(out, actual);
                assertThat(actual).as(backend).containsExactly(expected);
            }
        }
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

        for (String backend : new String[] {"emulator", "opencl"}) {
            Device device = backend.equals("emulator") ? Devices.open(backend) : openOrNull(backend);
            if (device == null) {
                continue;
            }
            try (device; DeviceBuffer in = device.allocate(ElementType.FLOAT, inputs.length);
                 DeviceBuffer out = device.allocate(ElementType.INT, expected.length)) {
                device.write(in, inputs);
                device.launch(device.compile(CudaFuzzFindingKernels.class, "minMaxWithNaN"), Range.of(ITEMS),
                        Range.of(ITEMS), in, out);
                int[] actual = new int[expected.length];
                device.read(out, actual);
                assertThat(actual).as(backend).containsExactly(expected);
            }
        }
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

        for (String backend : new String[] {"emulator", "opencl"}) {
            Device device = backend.equals("emulator") ? Devices.open(backend) : openOrNull(backend);
            if (device == null) {
                continue;
            }
            try (device; DeviceBuffer in = device.allocate(ElementType.FLOAT, inputs.length);
                 DeviceBuffer out = device.allocate(ElementType.INT, expected.length)) {
                device.write(in, inputs);
                device.launch(device.compile(CudaFuzzFindingKernels.class, "absOfNaNCompared"), Range.of(ITEMS),
                        Range.of(ITEMS), in, out);
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
