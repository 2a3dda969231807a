package loglinear.jit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.KernelContext;
import loglinear.jit.Range;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmulatorSubGroupTest {
    private static final int SUB = KernelContext.SUB_GROUP_SIZE;
    private final EmulatorDevice device = EmulatorDevice.open();

    @AfterEach
    void close() {
        device.close();
    }

    /** Group sizes with full sub-groups only (32, 64) and with a partial last one (80 = 32 + 32 + 16, 7). */
    @ParameterizedTest
    @ValueSource(ints = {32, 64, 80, 7})
    void shufflesAndReductionsMatchTheirDefinitions(int groupSize) {
        int groups = 2;
        int n = groups * groupSize;
        Random random = new Random(1234 + groupSize);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
        }
        float[] floats = new float[n * 8];
        int[] ints = new int[n * 3];
        Kernel kernel = device.compile(EmulatorTestKernels.class, "subGroupOps");
        try (DeviceBuffer in = device.allocate(ElementType.FLOAT, n);
             DeviceBuffer floatsOut = device.allocate(ElementType.FLOAT, floats.length);
             DeviceBuffer intsOut = device.allocate(ElementType.INT, ints.length)) {
            device.write(in, values);
            device.launch(kernel, Range.of(n), Range.of(groupSize), in, floatsOut, intsOut);
            device.read(floatsOut, floats);
            device.read(intsOut, ints);
        }
        for (int g = 0; g < n; g++) {
            int local = g % groupSize;
            int lane = local % SUB;
            int subGroupStart = g - lane;
            int lanes = Math.min(SUB, groupSize - (local - lane));
            String item = "global item " + g + " (lane " + lane + " of " + lanes + ")";
            assertThat(floats[g * 8]).as(item + " xor 1").isEqualTo(laneValue(values, subGroupStart, lanes,
                    lane ^ 1, values[g]));
            assertThat(floats[g * 8 + 1]).as(item + " xor 16").isEqualTo(laneValue(values, subGroupStart, lanes,
                    lane ^ 16, values[g]));
            assertThat(floats[g * 8 + 2]).as(item + " down 1").isEqualTo(laneValue(values, subGroupStart, lanes,
                    lane + 1, values[g]));
            assertThat(floats[g * 8 + 3]).as(item + " down 5").isEqualTo(laneValue(values, subGroupStart, lanes,
                    lane + 5, values[g]));
            double exact = 0;
            double magnitude = 0;
            int intSum = 0;
            for (int l = 0; l < lanes; l++) {
                exact += values[subGroupStart + l];
                magnitude += Math.abs(values[subGroupStart + l]);
                intSum += (subGroupStart + l) * 3 + 1;
            }
            float reduced = floats[g * 8 + 4];
            assertThat((double) reduced).as(item + " reduce").isCloseTo(exact, within(1e-6 * magnitude + 1e-30));
            assertThat(reduced).as(item + " same sum on every lane").isEqualTo(floats[subGroupStart * 8 + 4]);
            if (lanes == SUB) {
                assertThat(Float.floatToRawIntBits(reduced)).as(item + " reduce has the butterfly's bits")
                        .isEqualTo(Float.floatToRawIntBits(floats[g * 8 + 5]));
            }
            int iv = g * 3 + 1;
            assertThat(ints[g * 3]).as(item + " int xor 3")
                    .isEqualTo(lane(lane ^ 3, lanes) ? (subGroupStart + (lane ^ 3)) * 3 + 1 : iv);
            assertThat(ints[g * 3 + 1]).as(item + " int down 2")
                    .isEqualTo(lane(lane + 2, lanes) ? (subGroupStart + lane + 2) * 3 + 1 : iv);
            assertThat(ints[g * 3 + 2]).as(item + " int reduce").isEqualTo(intSum);
        }
    }

    private static boolean lane(int source, int lanes) {
        return source >= 0 && source < lanes;
    }

    private static float laneValue(float[] values, int subGroupStart, int lanes, int source, float own) {
        return lane(source, lanes) ? values[subGroupStart + source] : own;
    }
}
