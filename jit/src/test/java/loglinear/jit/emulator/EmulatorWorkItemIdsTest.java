package loglinear.jit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.Range;

class EmulatorWorkItemIdsTest {
    private final EmulatorDevice device = EmulatorDevice.open();

    @AfterEach
    void close() {
        device.close();
    }

    static Stream<Arguments> launches() {
        return Stream.of(
                Arguments.of(Range.of(96), Range.of(32)),
                Arguments.of(Range.of(7), Range.of(7)),
                Arguments.of(Range.of(12, 10), Range.of(4, 5)),
                Arguments.of(Range.of(6, 4, 6), Range.of(3, 2, 2)),
                Arguments.of(Range.of(2, 3, 5), Range.of(1, 1, 1)));
    }

    /** globalId = groupId * localSize + localId in each dimension, for every work-item exactly once. */
    @ParameterizedTest
    @MethodSource("launches")
    void everyWorkItemSeesItsIds(Range global, Range local) {
        int items = (int) global.total();
        int[] ids = new int[items * EmulatorTestKernels.IDS_PER_ITEM];
        java.util.Arrays.fill(ids, -1);
        Kernel kernel = device.compile(EmulatorTestKernels.class, "writeIds");
        try (DeviceBuffer out = device.allocate(ElementType.INT, ids.length)) {
            device.write(out, ids);
            device.launch(kernel, global, local, out);
            device.read(out, ids);
        }
        for (int z = 0; z < global.z(); z++) {
            for (int y = 0; y < global.y(); y++) {
                for (int x = 0; x < global.x(); x++) {
                    int base = ((z * global.y() + y) * global.x() + x) * EmulatorTestKernels.IDS_PER_ITEM;
                    int[] seen = java.util.Arrays.copyOfRange(ids, base, base + EmulatorTestKernels.IDS_PER_ITEM);
                    assertThat(seen).as("ids of work-item (%d, %d, %d)", x, y, z).containsExactly(
                            x, y, z,
                            x % local.x(), y % local.y(), z % local.z(),
                            x / local.x(), y / local.y(), z / local.z());
                }
            }
        }
    }
}
