package loglinear.jit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which kernels run their work-items one after another (fast path) and which concurrently. */
class SynchronizationScanTest {
    @ParameterizedTest
    @CsvSource({
            "writeIds, true",
            "contendedAdds, true",
            "recursiveHelper, true",
            "checkedCopy, true",
            "shiftedWrite, true",
            "groupSum, false",
            "rotateThroughLocal, false",
            "contendedAddsAfterBarrier, false",
            "localArrayTwoCallsDeep, false",
            "subGroupOps, false",
            "mismatchedCollectives, false"})
    void itemsRunSequentiallyExactlyWhenNothingSynchronizes(String kernelName, boolean sequential) {
        try (EmulatorDevice device = EmulatorDevice.open(1)) {
            EmulatorKernel kernel = (EmulatorKernel) device.compile(EmulatorTestKernels.class, kernelName);
            assertThat(kernel.runsItemsSequentially()).as(kernelName).isEqualTo(sequential);
        }
    }
}
