package loglinear.jit.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.Backend;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceEvent;
import loglinear.jit.DeviceException;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.KernelCompileException;
import loglinear.jit.Range;
import loglinear.jit.tools.SelfTestKernels;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.TranslatedKernel;

/** The CUDA runtime on an NVIDIA GPU; skipped where no driver or GPU is present. */
class CudaDeviceTest {
    private static CudaDevice device;

    @BeforeAll
    static void openDevice() {
        if (CudaDevice.isAvailable()) {
            device = CudaDevice.open(0);
        }
    }

    @AfterAll
    static void closeDevice() {
        if (device != null) {
            device.close();
        }
    }

    private static void requireGpu() {
        assumeTrue(device != null, "no CUDA GPU: " + CudaDevice.availability());
    }

    @Test
    void withoutADriverOpeningIsAClearError() {
        assumeFalse(CudaDevice.isAvailable(), "a CUDA driver and GPU are present");
        assertThatThrownBy(() -> CudaDevice.open(0))
                .isInstanceOf(DeviceException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("libcuda.so.1 not found", "cuInit",
                        "no CUDA device"));
    }

    @Test
    void reportsDeviceInformation() {
        requireGpu();
        assertThat(device.backend()).isEqualTo(Backend.CUDA);
        assertThat(device.name()).isNotBlank();
        assertThat(device.driverVersion()).startsWith("CUDA driver ");
        assertThat(device.computeCapability()).isGreaterThanOrEqualTo(50);
        assertThat(device.freeMemoryBytes()).isPositive().isLessThanOrEqualTo(device.totalMemoryBytes());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000, 3_000_001})
    void saxpyMatchesTheHost(int n) {
        requireGpu();
        Random random = new Random(n);
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextFloat();
            y[i] = random.nextFloat();
        }
        Kernel kernel = device.compileSource(SelfTestKernels.saxpy(Dialect.CUDA));
        try (DeviceBuffer dx = device.allocate(ElementType.FLOAT, n);
             DeviceBuffer dy = device.allocate(ElementType.FLOAT, n)) {
            device.write(dx, x);
            device.write(dy, y);
            device.launch(kernel, Range.of((n + 255) / 256 * 256), Range.of(256), dx, dy, 3f, n);
            float[] result = new float[n];
            device.read(dy, result);
            double maxError = 0;
            for (int i = 0; i < n; i++) {
                maxError = Math.max(maxError, Math.abs(result[i] - (3f * x[i] + y[i])));
            }
            assertThat(maxError).isLessThanOrEqualTo(1e-6);
        }
    }

    @Test
    void releasedModulesAreUnloadedAndLaunchingThemIsRejected() {
        requireGpu();
        int before = device.loadedKernelCount();
        Kernel direct = device.compileSource(SelfTestKernels.saxpy(Dialect.CUDA));
        Kernel loaded = device.load(device.prepare(SelfTestKernels.saxpy(Dialect.CUDA)));
        assertThat(device.loadedKernelCount()).isEqualTo(before + 2);

        device.release(direct);
        device.release(loaded);
        device.release(direct);

        assertThat(device.loadedKernelCount()).isEqualTo(before);
        try (DeviceBuffer dx = device.allocate(ElementType.FLOAT, 256);
             DeviceBuffer dy = device.allocate(ElementType.FLOAT, 256)) {
            assertThatThrownBy(() -> device.launch(loaded, Range.of(256), Range.of(256), dx, dy, 1f, 256))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was released");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 16384})
    void sharedMemoryReductionIncludingPast48KiB(int tile) {
        requireGpu();
        int groups = 40;
        float[] in = new float[tile * groups];
        for (int i = 0; i < in.length; i++) {
            in[i] = i % 5;
        }
        Kernel kernel = device.compileSource(SelfTestKernels.blockSum(Dialect.CUDA, tile));
        try (DeviceBuffer dIn = device.allocate(ElementType.FLOAT, in.length);
             DeviceBuffer dOut = device.allocate(ElementType.FLOAT, groups)) {
            device.write(dIn, in);
            device.launch(kernel, Range.of(groups * 256), Range.of(256), dIn, dOut, tile);
            float[] sums = new float[groups];
            device.read(dOut, sums);
            for (int g = 0; g < groups; g++) {
                float expected = 0;
                for (int i = 0; i < tile; i++) {
                    expected += in[g * tile + i];
                }
                assertThat(sums[g]).isEqualTo(expected);
            }
        }
    }

    @Test
    void argumentsAndGeometryAreChecked() {
        requireGpu();
        Kernel kernel = device.compileSource(SelfTestKernels.saxpy(Dialect.CUDA));
        try (DeviceBuffer x = device.allocate(ElementType.FLOAT, 256);
             DeviceBuffer ints = device.allocate(ElementType.INT, 256)) {
            assertThatThrownBy(() -> device.launch(kernel, Range.of(256), Range.of(256), x, ints, 1f, 256))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("argument 1");
            assertThatThrownBy(() -> device.launch(kernel, Range.of(256), Range.of(256), x, x, 1f, 256L))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("argument 3 is Long");
            assertThatThrownBy(() -> device.launch(kernel, Range.of(300), Range.of(256), x, x, 1f, 256))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a multiple");
        }
    }

    @Test
    void compileErrorsCarryTheNvrtcLog() {
        requireGpu();
        TranslatedKernel good = SelfTestKernels.saxpy(Dialect.CUDA);
        TranslatedKernel broken = new TranslatedKernel(good.method(), Dialect.CUDA, good.entryName(),
                good.source().replace("a * x[i]", "a * missingName[i]"), good.parameters(), 0);
        assertThatThrownBy(() -> device.compileSource(broken))
                .isInstanceOf(KernelCompileException.class).hasMessageContaining("missingName");
    }

    @Test
    void outOfMemoryNamesTheBytes() {
        requireGpu();
        long elements = device.totalMemoryBytes() / 4 + (1L << 28);
        assertThatThrownBy(() -> device.allocate(ElementType.FLOAT, elements))
                .isInstanceOf(DeviceException.class).hasMessageContaining("asked for " + elements * 4 + " bytes");
    }

    @Test
    void eventsTimeTheStream() {
        requireGpu();
        Kernel kernel = device.compileSource(SelfTestKernels.touch(Dialect.CUDA));
        try (DeviceBuffer x = device.allocate(ElementType.FLOAT, 1);
             DeviceEvent start = device.recordEvent()) {
            for (int i = 0; i < 100; i++) {
                device.launch(kernel, Range.of(64), Range.of(64), x, -1);
            }
            try (DeviceEvent end = device.recordEvent()) {
                assertThat(end.elapsedMillisSince(start)).isGreaterThanOrEqualTo(0f).isLessThan(10_000f);
            }
        }
    }
}
