package loglinear.jit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import loglinear.jit.Backend;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceEvent;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.Range;

/** Compilation, argument and geometry checks, buffers, events and errors of single work-items. */
class EmulatorLaunchContractTest {
    private final EmulatorDevice device = EmulatorDevice.open();

    @AfterEach
    void close() {
        device.close();
    }

    @Test
    void describesItself() {
        assertThat(device.backend()).isEqualTo(Backend.EMULATOR);
        assertThat(device.name()).contains("emulator");
        assertThat(device.driverVersion()).startsWith("Java ");
        assertThat(device.totalMemoryBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(device.freeMemoryBytes()).isPositive().isLessThanOrEqualTo(device.totalMemoryBytes());
    }

    @Test
    void saxpyWithEveryScalarTypeComputesOnEveryItem() {
        int n = 1000;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 2 * i + 1;
        }
        float[] result = new float[n];
        Kernel kernel = device.compile(EmulatorTestKernels.class, "saxpy");
        try (DeviceBuffer out = device.allocate(ElementType.FLOAT, n);
             DeviceBuffer xs = device.allocate(ElementType.FLOAT, n);
             DeviceBuffer ys = device.allocate(ElementType.FLOAT, n)) {
            device.write(xs, x);
            device.write(ys, y);
            device.launch(kernel, Range.of(1024), Range.of(256), out, xs, ys, 3f, n, 5L, 6.0, (short) 7);
            device.read(out, result);
        }
        for (int i = 0; i < n; i++) {
            assertThat(result[i]).isEqualTo(3f * x[i] + y[i]);
        }
    }

    @Test
    void compileCachesPerMethodAndReportsZeroMillisOnAHit() {
        Kernel first = device.compile(EmulatorTestKernels.class, "writeIds");
        Kernel second = device.compile(EmulatorTestKernels.class, "writeIds");
        assertThat(first.source()).isEmpty();
        assertThat(first.compileMillis()).isPositive();
        assertThat(second.compileMillis()).isZero();
        assertThat(second.method()).isEqualTo(first.method());
        assertThat(second.method().getName()).isEqualTo("writeIds");
    }

    @Test
    void compileRejectsMethodsThatAreNotKernels() {
        assertThatThrownBy(() -> device.compile(EmulatorTestKernels.class, "absent"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no kernel method 'absent'")
                .hasMessageContaining("found no method of that name");
        assertThatThrownBy(() -> device.compile(EmulatorTestKernels.class, "overloaded"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ambiguous kernel 'overloaded'")
                .hasMessageContaining("found 2");
        assertThatThrownBy(() -> device.compile(EmulatorTestKernels.class, "instanceMethod"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("found only")
                .hasMessageContaining("not static");
        assertThatThrownBy(() -> device.compile(EmulatorTestKernels.class, "objectParameter"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter 0 has type java.lang.String");
    }

    @Test
    void launchRejectsWrongArgumentsNamingTheParameter() {
        Kernel kernel = device.compile(EmulatorTestKernels.class, "shiftedWrite");
        try (DeviceBuffer floats = device.allocate(ElementType.FLOAT, 64);
             DeviceBuffer ints = device.allocate(ElementType.INT, 64);
             EmulatorDevice other = EmulatorDevice.open(1);
             DeviceBuffer foreign = other.allocate(ElementType.FLOAT, 64)) {
            Range n = Range.of(64);
            assertThatThrownBy(() -> device.launch(kernel, n, n, floats))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 2 arguments");
            assertThatThrownBy(() -> device.launch(kernel, n, n, ints, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("argument 0 is a buffer of INT, expected a buffer of FLOAT");
            assertThatThrownBy(() -> device.launch(kernel, n, n, floats, 0L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("argument 1 is Long, expected a Integer");
            assertThatThrownBy(() -> device.launch(kernel, n, n, new float[64], 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("argument 0 is float[], expected a DeviceBuffer of FLOAT");
            assertThatThrownBy(() -> device.launch(kernel, n, n, foreign, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another device");
            assertThatThrownBy(() -> other.launch(kernel, n, n, foreign, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("kernel must be compiled by this emulator");
        }
    }

    @Test
    void launchRejectsBadGeometryAndClosedBuffers() {
        Kernel kernel = device.compile(EmulatorTestKernels.class, "shiftedWrite");
        DeviceBuffer out = device.allocate(ElementType.FLOAT, 2048);
        assertThatThrownBy(() -> device.launch(kernel, Range.of(100), Range.of(32), out, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("global size (100, 1, 1) is not a multiple of local size (32, 1, 1)");
        assertThatThrownBy(() -> device.launch(kernel, Range.of(2048), Range.of(2048), out, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1024");
        out.close();
        assertThatThrownBy(() -> device.launch(kernel, Range.of(64), Range.of(64), out, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("argument 0 is a closed buffer");
    }

    @Test
    void anOutOfBoundsIndexNamesTheWorkItem() {
        Kernel kernel = device.compile(EmulatorTestKernels.class, "shiftedWrite");
        try (DeviceBuffer out = device.allocate(ElementType.FLOAT, 64)) {
            assertThatThrownBy(() -> device.launch(kernel, Range.of(64), Range.of(16), out, 1))
                    .isInstanceOf(ArrayIndexOutOfBoundsException.class)
                    .hasMessageContaining("kernel EmulatorTestKernels.shiftedWrite at work-item global (63, 0, 0),"
                            + " local (15, 0, 0), group (3, 0, 0)")
                    .hasMessageContaining("Index 64 out of bounds for length 64")
                    .hasCauseInstanceOf(ArrayIndexOutOfBoundsException.class);
        }
    }

    @Test
    void otherExceptionsBecomeDeviceExceptionsWithTheIds() {
        Kernel kernel = device.compile(EmulatorTestKernels.class, "checkedCopy");
        try (DeviceBuffer out = device.allocate(ElementType.FLOAT, 64)) {
            assertThatThrownBy(() -> device.launch(kernel, Range.of(64), Range.of(64), out, 40))
                    .isInstanceOf(loglinear.jit.DeviceException.class)
                    .hasMessageContaining("work-item global (40, 0, 0)")
                    .hasMessageContaining("index 40 past limit 40")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void copiesCheckTypesAndRanges() {
        try (DeviceBuffer floats = device.allocate(ElementType.FLOAT, 8)) {
            assertThatThrownBy(() -> device.write(floats, new int[8]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dst is a buffer of FLOAT, expected a buffer of INT");
            assertThatThrownBy(() -> device.write(floats, 4, new float[8], 0, 8))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dst range [4, 12) is outside the buffer of length 8");
            assertThatThrownBy(() -> device.read(floats, 0, new float[4], 2, 3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dst range [2, 5) is outside the host array of length 4");
            device.write(floats, 2, new float[] {1, 2, 3}, 1, 2);
            float[] back = new float[8];
            device.read(floats, back);
            assertThat(back).containsExactly(0, 0, 2, 3, 0, 0, 0, 0);
            assertThat(((EmulatorBuffer) floats).array()).isInstanceOf(float[].class);
        }
        assertThatThrownBy(() -> device.allocate(ElementType.DOUBLE, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -1 DOUBLE");
        try (DeviceBuffer shorts = device.allocate(ElementType.SHORT, 3)) {
            assertThat(((EmulatorBuffer) shorts).array()).isInstanceOf(short[].class);
            assertThat(shorts.bytes()).isEqualTo(6);
        }
    }

    @Test
    void eventsMeasureElapsedTimeAndAClosedDeviceRefusesWork() {
        DeviceEvent start = device.recordEvent();
        DeviceEvent end = device.recordEvent();
        assertThat(end.elapsedMillisSince(start)).isGreaterThanOrEqualTo(0f);
        device.synchronize();
        device.close();
        assertThatThrownBy(() -> device.allocate(ElementType.FLOAT, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
