package loglinear.jit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceException;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.Range;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmulatorGroupSynchronizationTest {
    private final EmulatorDevice device = EmulatorDevice.open();

    @AfterEach
    void close() {
        device.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 32, 64, 256})
    void treeReductionInLocalMemorySumsEachGroup(int groupSize) {
        int groups = 6;
        Random random = new Random(17 + groupSize);
        float[] in = new float[groups * groupSize];
        for (int i = 0; i < in.length; i++) {
            in[i] = random.nextInt(100);  // small integers: every summation order gives the exact sum
        }
        float[] sums = new float[groups];
        Kernel kernel = device.compile(EmulatorTestKernels.class, "groupSum");
        try (DeviceBuffer input = device.allocate(ElementType.FLOAT, in.length);
             DeviceBuffer output = device.allocate(ElementType.FLOAT, groups)) {
            device.write(input, in);
            device.launch(kernel, Range.of(in.length), Range.of(groupSize), input, output);
            device.read(output, sums);
        }
        for (int g = 0; g < groups; g++) {
            float expected = 0;
            for (int i = 0; i < groupSize; i++) {
                expected += in[g * groupSize + i];
            }
            assertThat(sums[g]).as("group %d", g).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 17})
    void itemsExchangeValuesThroughLocalMemoryAcrossManyBarriers(int rounds) {
        int groupSize = 48;
        int groups = 3;
        int[] values = new int[groups * groupSize];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1000 * i + 7;
        }
        int[] result = new int[values.length];
        Kernel kernel = device.compile(EmulatorTestKernels.class, "rotateThroughLocal");
        assertThat(((EmulatorKernel) kernel).runsItemsSequentially()).isFalse();
        try (DeviceBuffer buffer = device.allocate(ElementType.INT, values.length)) {
            device.write(buffer, values);
            device.launch(kernel, Range.of(values.length), Range.of(groupSize), buffer, rounds);
            device.read(buffer, result);
        }
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < groupSize; i++) {
                int source = g * groupSize + (i + rounds) % groupSize;
                assertThat(result[g * groupSize + i]).as("group %d item %d", g, i).isEqualTo(values[source]);
            }
        }
    }

    @Test
    void anItemSkippingABarrierFailsWithADivergenceDiagnosticInsteadOfHanging() {
        Kernel kernel = device.compile(EmulatorTestKernels.class, "skipBarrier");
        try (DeviceBuffer out = device.allocate(ElementType.INT, 64)) {
            assertThatThrownBy(() -> device.launch(kernel, Range.of(64), Range.of(32), out))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("EmulatorTestKernels.skipBarrier")
                    .hasMessageContaining("diverged")
                    .hasMessageContaining("1 finished the kernel while 31 wait")
                    .hasMessageContaining("at localBarrier: local linear ids 1-31");
        }
    }

    @Test
    void itemsWaitingAtDifferentBarriersFailInsteadOfHanging() {
        Kernel kernel = device.compile(EmulatorTestKernels.class, "mismatchedCollectives");
        try (DeviceBuffer out = device.allocate(ElementType.FLOAT, 64)) {
            assertThatThrownBy(() -> device.launch(kernel, Range.of(64), Range.of(64), out))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("0 finished the kernel while 64 wait")
                    .hasMessageContaining("at localBarrier: local linear ids 16-63")
                    .hasMessageContaining("at sub-group 0 shuffle/subGroupReduceAdd: local linear ids 0-15");
        }
    }

    @Test
    void anExceptionBetweenBarriersSurfacesWithTheWorkItemIdsAndCancelsTheGroup() {
        Kernel kernel = device.compile(EmulatorTestKernels.class, "throwBetweenBarriers");
        try (DeviceBuffer out = device.allocate(ElementType.INT, 512)) {
            assertThatThrownBy(() -> device.launch(kernel, Range.of(512), Range.of(128), out, 300))
                    .isInstanceOf(DeviceException.class)
                    .hasMessageContaining("EmulatorTestKernels.throwBetweenBarriers")
                    .hasMessageContaining("work-item global (300, 0, 0), local (44, 0, 0), group (2, 0, 0)")
                    .hasMessageContaining("deliberate failure")
                    .hasRootCauseInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theDeviceStaysUsableAfterAFailedLaunch() {
        Kernel failing = device.compile(EmulatorTestKernels.class, "skipBarrier");
        Kernel summing = device.compile(EmulatorTestKernels.class, "groupSum");
        try (DeviceBuffer ints = device.allocate(ElementType.INT, 32);
             DeviceBuffer in = device.allocate(ElementType.FLOAT, 32);
             DeviceBuffer out = device.allocate(ElementType.FLOAT, 1)) {
            assertThatThrownBy(() -> device.launch(failing, Range.of(32), Range.of(32), ints))
                    .isInstanceOf(IllegalStateException.class);
            float[] ones = new float[32];
            java.util.Arrays.fill(ones, 1f);
            device.write(in, ones);
            device.launch(summing, Range.of(32), Range.of(32), in, out);
            float[] sum = new float[1];
            device.read(out, sum);
            assertThat(sum[0]).isEqualTo(32f);
        }
    }

    @Test
    void localArraysAllocatedInHelpersAreSharedByTheGroup() {
        Kernel kernel = device.compile(EmulatorTestKernels.class, "localArrayTwoCallsDeep");
        assertThat(((EmulatorKernel) kernel).runsItemsSequentially()).isFalse();
        float[] result = new float[8];
        try (DeviceBuffer out = device.allocate(ElementType.FLOAT, 8)) {
            device.launch(kernel, Range.of(8), Range.of(4), out);
            device.read(out, result);
        }
        assertThat(result).containsOnly(5f);
    }

    @Test
    void localArraysOfDifferentSizesInOneGroupAreRejected() {
        Kernel kernel = device.compile(EmulatorTestKernels.class, "mismatchedLocalArrays");
        try (DeviceBuffer out = device.allocate(ElementType.FLOAT, 16)) {
            assertThatThrownBy(() -> device.launch(kernel, Range.of(16), Range.of(16), out))
                    .isInstanceOf(DeviceException.class)
                    .hasMessageContaining("local array #0 of work-group (0, 0, 0) is float[")
                    .hasMessageContaining("every work-item must allocate the same local arrays in the same order");
        }
    }
}
