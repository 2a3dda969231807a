package loglinear.jit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.Range;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmulatorAtomicsTest {
    private final EmulatorDevice device = EmulatorDevice.open();

    @AfterEach
    void close() {
        device.close();
    }

    /** Sequential items (groups in parallel) and concurrent items (after a barrier): no lost update either way. */
    @ParameterizedTest
    @ValueSource(strings = {"contendedAdds", "contendedAddsAfterBarrier"})
    void contendedAtomicAddsLoseNoUpdate(String kernelName) {
        int items = 4096;
        int repeats = 40;
        int[] counters = new int[7];
        float[] floatCounters = new float[5];
        Kernel kernel = device.compile(EmulatorTestKernels.class, kernelName);
        try (DeviceBuffer ints = device.allocate(ElementType.INT, counters.length);
             DeviceBuffer floats = device.allocate(ElementType.FLOAT, floatCounters.length)) {
            device.write(ints, counters);
            device.write(floats, floatCounters);
            device.launch(kernel, Range.of(items), Range.of(128), ints, floats, repeats);
            device.read(ints, counters);
            device.read(floats, floatCounters);
        }
        int[] expectedInts = new int[counters.length];
        float[] expectedFloats = new float[floatCounters.length];
        for (int g = 0; g < items; g++) {
            for (int i = 0; i < repeats; i++) {
                expectedInts[(g + i) % counters.length]++;
                expectedFloats[(g + i) % floatCounters.length]++;
            }
        }
        assertThat(counters).containsExactly(expectedInts);
        assertThat(floatCounters).containsExactly(expectedFloats);
    }
}
