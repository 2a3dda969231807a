package loglinear.jit.opencl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.KernelContext;
import loglinear.jit.Range;

/**
 * The device's CL_DEVICE_SINGLE_FP_CONFIG as {@link OpenClDevice} reports it, and what it promises: where the device
 * reports CL_FP_DENORM, float arithmetic and float-to-double conversion keep subnormal values as Java does.
 */
class OpenClFloatConfigTest {
    private static final int ITEMS = 256;
    private static OpenClDevice device;

    /** Subnormal and near-subnormal values through one multiply, one add, a negation and a widening each. */
    public static void subnormalArithmetic(KernelContext c, float[] x, float[] y, int[] out) {
        int i = c.globalIdx;
        float product = x[i] * 0.5f;
        float sum = x[i] + y[i];
        double widened = (double) x[i] * y[i];
        long bits = Double.doubleToRawLongBits(widened);
        out[4 * i] = Float.floatToRawIntBits(product);
        out[4 * i + 1] = Float.floatToRawIntBits(-sum);
        out[4 * i + 2] = (int) bits;
        out[4 * i + 3] = (int) (bits >>> 32);
    }

    @BeforeAll
    static void openDevice() {
        assumeTrue(OpenClDevice.isAvailable(), "no OpenCL platform with a device on this machine (no libOpenCL.so.1 "
                + "or no ICD such as pocl-opencl-icd)");
        device = OpenClDevice.open(null);
    }

    @AfterAll
    static void closeDevice() {
        if (device != null) {
            device.close();
        }
    }

    @Test
    void flagsAreTheBitsOfTheSingleFpConfig() {
        long config = device.singleFpConfig();
        assertThat(device.floatDenormsSupported()).isEqualTo((config & 1L) != 0);
        assertThat(device.floatCorrectlyRoundedDivideSqrt()).isEqualTo((config & (1L << 7)) != 0);
        // Step: every OpenCL device must report round-to-nearest and infinities/NaN (CL_FP_ROUND_TO_NEAREST |
        // CL_FP_INF_NAN) for float.
        assertThat(config & 0b110L).as("CL_FP_INF_NAN | CL_FP_ROUND_TO_NEAREST of 0x%x", config).isEqualTo(0b110L);
    }

    @Test
    void extraBuildOptionsFromThePropertyAreAppendedAndUsed() {
        if (System.getProperty(OpenClDevice.EXTRA_BUILD_OPTIONS_PROPERTY, "").isBlank()) {
            assertThat(device.buildOptions()).isEqualTo(OpenClDevice.BUILD_OPTIONS);
        }
        String before = System.getProperty(OpenClDevice.EXTRA_BUILD_OPTIONS_PROPERTY);
        System.setProperty(OpenClDevice.EXTRA_BUILD_OPTIONS_PROPERTY, " -cl-opt-disable ");
        try (OpenClDevice unoptimized = OpenClDevice.open(null)) {
            assertThat(unoptimized.buildOptions()).isEqualTo(OpenClDevice.BUILD_OPTIONS + " -cl-opt-disable");
            Kernel kernel = unoptimized.compile(OpenClFloatConfigTest.class, "subnormalArithmetic");
            assertThat(unoptimized.loadedKernelCount()).isEqualTo(1);
            unoptimized.release(kernel);
        } finally {
            if (before == null) {
                System.clearProperty(OpenClDevice.EXTRA_BUILD_OPTIONS_PROPERTY);
            } else {
                System.setProperty(OpenClDevice.EXTRA_BUILD_OPTIONS_PROPERTY, before);
            }
        }
    }

    @Test
    void poclReportsDenormalsAndCorrectlyRoundedDivideSqrt() {
        assumeTrue(device.driverVersion().contains("Portable Computing Language"),
                "not PoCL: " + device.driverVersion());
        assertThat(device.floatDenormsSupported()).isTrue();
        assertThat(device.floatCorrectlyRoundedDivideSqrt()).isTrue();
    }

    @Test
    void deviceReportingDenormalsKeepsSubnormalFloats() {
        assumeTrue(device.floatDenormsSupported(), "the device does not report CL_FP_DENORM for float (0x"
                + Long.toHexString(device.singleFpConfig()) + "): OpenCL lets it flush subnormals");
        Random random = new Random(17);
        float[] x = new float[ITEMS];
        float[] y = new float[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            // Step: subnormal bit patterns (exponent field 0) and values on both sides of MIN_NORMAL.
            x[i] = Float.intBitsToFloat((random.nextBoolean() ? 0x80000000 : 0) | random.nextInt(0x00ffffff));
            y[i] = i % 2 == 0 ? Float.intBitsToFloat(random.nextInt(0x00800000)) : 1.0E-40f * (i % 7 - 3);
        }
        x[0] = Float.MIN_VALUE;
        y[0] = 1.0E-40f;
        int[] expected = new int[4 * ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            float product = x[i] * 0.5f;
            float sum = x[i] + y[i];
            long bits = Double.doubleToRawLongBits((double) x[i] * y[i]);
            expected[4 * i] = Float.floatToRawIntBits(product);
            expected[4 * i + 1] = Float.floatToRawIntBits(-sum);
            expected[4 * i + 2] = (int) bits;
            expected[4 * i + 3] = (int) (bits >>> 32);
        }
        Kernel kernel = device.compile(OpenClFloatConfigTest.class, "subnormalArithmetic");
        try (DeviceBuffer xs = device.allocate(ElementType.FLOAT, ITEMS);
             DeviceBuffer ys = device.allocate(ElementType.FLOAT, ITEMS);
             DeviceBuffer outs = device.allocate(ElementType.INT, 4L * ITEMS)) {
            device.write(xs, 0, x, 0, ITEMS);
            device.write(ys, 0, y, 0, ITEMS);
            device.launch(kernel, Range.of(ITEMS), Range.of(64), xs, ys, outs);
            int[] actual = new int[4 * ITEMS];
            device.read(outs, 0, actual, 0, actual.length);
            assertThat(actual).isEqualTo(expected);
        } finally {
            device.release(kernel);
        }
    }
}
