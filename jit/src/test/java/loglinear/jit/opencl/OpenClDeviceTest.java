package loglinear.jit.opencl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.Backend;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceEvent;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.KernelCompileException;
import loglinear.jit.KernelContext;
import loglinear.jit.Range;
import loglinear.jit.runtime.KernelDump;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.TranslatedKernel;

/** The OpenCL runtime on whatever OpenCL device is installed (PoCL on a CPU machine); skipped without one. */
class OpenClDeviceTest {
    private static OpenClDevice device;

    // ---- Java kernels whose hand-written OpenCL translations the tests build ----

    public static void saxpy(KernelContext c, float[] x, float[] y, float a, int n) {
        int i = c.globalIdx;
        if (i < n) {
            y[i] = a * x[i] + y[i];
        }
    }

    public static void blockSum(KernelContext c, float[] in, float[] out) {
        float[] partial = c.allocateFloatLocalArray(64);
        partial[c.localIdx] = in[c.globalIdx];
        c.localBarrier();
        for (int stride = 32; stride > 0; stride >>= 1) {
            if (c.localIdx < stride) {
                partial[c.localIdx] += partial[c.localIdx + stride];
            }
            c.localBarrier();
        }
        if (c.localIdx == 0) {
            out[c.groupIdx] = partial[0];
        }
    }

    public static void scalars(KernelContext c, float[] out, long a, double b, short s, int d) {
        out[0] = a;
        out[1] = (float) b;
        out[2] = s;
        out[3] = d;
    }

    private static final String SAXPY = """
            __kernel void saxpy(__global float* x, __global float* y, float a, int n) {
                int i = get_global_id(0);
                if (i < n) {
                    y[i] = a * x[i] + y[i];
                }
            }
            """;

    private static final String BLOCK_SUM = """
            __kernel void blockSum(__global float* in, __global float* out) {
                __local float partial[64];
                int l = get_local_id(0);
                partial[l] = in[get_global_id(0)];
                barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);
                for (int stride = 32; stride > 0; stride >>= 1) {
                    if (l < stride) {
                        partial[l] += partial[l + stride];
                    }
                    barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);
                }
                if (l == 0) {
                    out[get_group_id(0)] = partial[0];
                }
            }
            """;

    private static final String SCALARS = """
            #pragma OPENCL EXTENSION cl_khr_fp64 : enable
            __kernel void scalars(__global float* out, long a, double b, short s, int d) {
                out[0] = (float) a;
                out[1] = (float) b;
                out[2] = (float) s;
                out[3] = (float) d;
            }
            """;

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

    private static Method method(String name) {
        for (Method m : OpenClDeviceTest.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalStateException(name);
    }

    private static TranslatedKernel openCl(String name, String source, Class<?>... parameters) {
        return new TranslatedKernel(method(name), Dialect.OPENCL, name, source, List.of(parameters), 0);
    }

    private static Kernel saxpyKernel() {
        return device.compileSource(openCl("saxpy", SAXPY, float[].class, float[].class, float.class, int.class));
    }

    @Test
    void reportsDeviceInformation() {
        assertThat(device.backend()).isEqualTo(Backend.OPENCL);
        assertThat(device.name()).isNotBlank();
        assertThat(device.driverVersion()).isNotBlank();
        assertThat(device.totalMemoryBytes()).isPositive();
        assertThat(device.maxWorkGroupSize()).isPositive();
        assertThat(OpenClDevice.listDevices()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 17, 1000, 3_000_001})
    void floatAndIntBuffersRoundTrip(int length) {
        Random random = new Random(length);
        float[] floats = new float[length];
        int[] ints = new int[length];
        for (int i = 0; i < length; i++) {
            floats[i] = random.nextFloat() * 2 - 1;
            ints[i] = random.nextInt();
        }
        try (DeviceBuffer f = device.allocate(ElementType.FLOAT, length);
             DeviceBuffer n = device.allocate(ElementType.INT, length)) {
            device.write(f, floats);
            device.write(n, ints);
            float[] floatsBack = new float[length];
            int[] intsBack = new int[length];
            device.read(f, floatsBack);
            device.read(n, intsBack);
            // isEqualTo compares with Arrays.equals (containsExactly builds a quadratic diff on large arrays)
            assertThat(floatsBack).isEqualTo(floats);
            assertThat(intsBack).isEqualTo(ints);
        }
    }

    @Test
    void partialTransfersHonourOffsets() {
        try (DeviceBuffer buffer = device.allocate(ElementType.FLOAT, 10)) {
            device.write(buffer, 0, new float[10], 0, 10);
            device.write(buffer, 3, new float[] {9, 1, 2, 3, 9}, 1, 3);
            float[] back = new float[12];
            device.read(buffer, 2, back, 1, 4);
            assertThat(back).containsExactly(0, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    @Test
    void transfersOutsideTheBufferAreRejected() {
        try (DeviceBuffer buffer = device.allocate(ElementType.FLOAT, 4)) {
            assertThatThrownBy(() -> device.write(buffer, 2, new float[4], 0, 4))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the buffer");
            assertThatThrownBy(() -> device.read(buffer, new int[4]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INT buffer");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 64, 1000, 65_537})
    void saxpyMatchesTheHost(int n) {
        Random random = new Random(n * 31L);
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextFloat();
            y[i] = random.nextFloat();
        }
        float a = 1.5f;
        Kernel kernel = saxpyKernel();
        try (DeviceBuffer dx = device.allocate(ElementType.FLOAT, n);
             DeviceBuffer dy = device.allocate(ElementType.FLOAT, n)) {
            device.write(dx, x);
            device.write(dy, y);
            int local = 64;
            int global = (n + local - 1) / local * local;
            device.launch(kernel, Range.of(global), Range.of(local), dx, dy, a, n);
            device.synchronize();
            float[] result = new float[n];
            device.read(dy, result);
            // OpenCL C may contract a * x + y into one fma: allow a rounding difference
            double maxError = 0;
            for (int i = 0; i < n; i++) {
                maxError = Math.max(maxError, Math.abs(result[i] - (a * x[i] + y[i])));
            }
            assertThat(maxError).isLessThanOrEqualTo(1e-6);
        }
    }

    @Test
    void localMemoryReductionSumsEachGroup() {
        int groups = 37;
        int n = groups * 64;
        float[] in = new float[n];
        for (int i = 0; i < n; i++) {
            in[i] = i % 64;
        }
        Kernel kernel = device.compileSource(openCl("blockSum", BLOCK_SUM, float[].class, float[].class));
        try (DeviceBuffer dIn = device.allocate(ElementType.FLOAT, n);
             DeviceBuffer dOut = device.allocate(ElementType.FLOAT, groups)) {
            device.write(dIn, in);
            device.launch(kernel, Range.of(n), Range.of(64), dIn, dOut);
            float[] sums = new float[groups];
            device.read(dOut, sums);
            for (int g = 0; g < groups; g++) {
                assertThat(sums[g]).isEqualTo(63 * 64 / 2f);
            }
        }
    }

    @Test
    void scalarsOfEveryWidthArrive() {
        Kernel kernel = device.compileSource(openCl("scalars", SCALARS,
                float[].class, long.class, double.class, short.class, int.class));
        try (DeviceBuffer out = device.allocate(ElementType.FLOAT, 4)) {
            device.launch(kernel, Range.of(1), Range.of(1), out, 1L << 40, 2.5, (short) -7, 123);
            float[] back = new float[4];
            device.read(out, back);
            assertThat(back).containsExactly((float) (1L << 40), 2.5f, -7f, 123f);
        }
    }

    @Test
    void wrongArgumentTypesAreRejectedNamingTheIndex() {
        Kernel kernel = saxpyKernel();
        try (DeviceBuffer x = device.allocate(ElementType.FLOAT, 64);
             DeviceBuffer ints = device.allocate(ElementType.INT, 64)) {
            assertThatThrownBy(() -> device.launch(kernel, Range.of(64), Range.of(64), x, x, 1.0, 64))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("argument 2 is Double, expected a Float");
            assertThatThrownBy(() -> device.launch(kernel, Range.of(64), Range.of(64), x, ints, 1f, 64))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("argument 1 is a buffer of INT, expected a buffer of FLOAT");
            assertThatThrownBy(() -> device.launch(kernel, Range.of(64), Range.of(64), x, x, 1f))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("takes 4 arguments after the context, got 3");
        }
    }

    @Test
    void globalSizeMustBeAMultipleOfTheLocalSize() {
        Kernel kernel = saxpyKernel();
        try (DeviceBuffer x = device.allocate(ElementType.FLOAT, 100)) {
            assertThatThrownBy(() -> device.launch(kernel, Range.of(100), Range.of(64), x, x, 1f, 100))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("global size (100, 1, 1) is not a multiple of local size (64, 1, 1)");
        }
    }

    @Test
    void buildErrorCarriesTheCompilerLog() {
        String broken = "__kernel void saxpy(__global float* x, __global float* y, float a, int n) { y[0] = zz; }";
        assertThatThrownBy(() -> device.compileSource(openCl("saxpy", broken,
                float[].class, float[].class, float.class, int.class)))
                .isInstanceOf(KernelCompileException.class)
                .hasMessageContaining("CL_BUILD_PROGRAM_FAILURE")
                .hasMessageContaining("zz");
    }

    @Test
    void eventsMeasureNonNegativeTime() {
        Kernel kernel = saxpyKernel();
        int n = 1 << 16;
        try (DeviceBuffer x = device.allocate(ElementType.FLOAT, n)) {
            device.write(x, new float[n]);
            DeviceEvent start = device.recordEvent();
            for (int i = 0; i < 5; i++) {
                device.launch(kernel, Range.of(n), Range.of(64), x, x, 1f, n);
            }
            DeviceEvent end = device.recordEvent();
            float millis = end.elapsedMillisSince(start);
            assertThat(millis).isGreaterThanOrEqualTo(0f).isLessThan(60_000f);
            start.close();
            end.close();
        }
    }

    @Test
    void freeMemoryAccountsForThisDevicesBuffers() {
        long before = device.freeMemoryBytes();
        DeviceBuffer buffer = device.allocate(ElementType.LONG, 1000);
        assertThat(device.freeMemoryBytes()).isEqualTo(before - 8000);
        buffer.close();
        buffer.close();
        assertThat(device.freeMemoryBytes()).isEqualTo(before);
        assertThatThrownBy(() -> device.read(buffer, new float[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dumpWritesTheSource(@TempDir Path dir) throws Exception {
        System.setProperty(KernelDump.PROPERTY, dir.toString());
        try {
            saxpyKernel();
        } finally {
            System.clearProperty(KernelDump.PROPERTY);
        }
        assertThat(Files.readString(dir.resolve("saxpy.cl"))).isEqualTo(SAXPY);
    }

    @Test
    void javaKernelsAreTranslatedOnceAndCached() {
        Kernel first = device.compile(OpenClDeviceTest.class, "saxpy");
        Kernel again = device.compile(OpenClDeviceTest.class, "saxpy");
        assertThat(first.compileMillis()).isPositive();
        assertThat(again.compileMillis()).isZero();
        assertThat(again.source()).isEqualTo(first.source()).contains("__kernel");
        int n = 100;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 1;
        }
        try (DeviceBuffer dx = device.allocate(ElementType.FLOAT, n);
             DeviceBuffer dy = device.allocate(ElementType.FLOAT, n)) {
            device.write(dx, x);
            device.write(dy, y);
            device.launch(again, Range.of(128), Range.of(64), dx, dy, 2f, n);
            float[] result = new float[n];
            device.read(dy, result);
            for (int i = 0; i < n; i++) {
                assertThat(result[i]).isEqualTo(2f * i + 1);
            }
        }
    }

    @Test
    void releasedKernelsAreFreedAndBuildAgainOnTheNextCompile() {
        int before = device.loadedKernelCount();
        Kernel first = device.compile(OpenClDeviceTest.class, "blockSum");
        Kernel direct = saxpyKernel();
        assertThat(device.loadedKernelCount()).isEqualTo(before + 2);

        device.release(first);
        device.release(direct);
        device.release(first);

        assertThat(device.loadedKernelCount()).isEqualTo(before);
        try (DeviceBuffer in = device.allocate(ElementType.FLOAT, 128);
             DeviceBuffer out = device.allocate(ElementType.FLOAT, 2)) {
            assertThatThrownBy(() -> device.launch(first, Range.of(128), Range.of(64), in, out))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was released");
            Kernel again = device.compile(OpenClDeviceTest.class, "blockSum");
            assertThat(again.compileMillis()).as("built again, not served from the cache").isPositive();
            float[] ones = new float[128];
            java.util.Arrays.fill(ones, 1f);
            device.write(in, ones);
            device.launch(again, Range.of(128), Range.of(64), in, out);
            float[] sums = new float[2];
            device.read(out, sums);
            assertThat(sums).containsExactly(64f, 64f);
            device.release(again);
        }
        assertThat(device.loadedKernelCount()).isEqualTo(before);
    }

    @Test
    void aDeviceChosenByAnUnknownNameIsAClearError() {
        assertThatThrownBy(() -> OpenClDevice.open("no-such-device-xyz"))
                .hasMessageContaining("no OpenCL device matches 'no-such-device-xyz'");
    }
}
