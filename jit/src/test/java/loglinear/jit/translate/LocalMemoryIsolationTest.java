package loglinear.jit.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.KernelContext;
import loglinear.jit.Range;
import loglinear.jit.opencl.OpenClDevice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Work-group local memory stays private to its work-group on PoCL's multi-threaded CPU device (docs/jit-bugs.md,
 * "PoCL: __local arrays named inside helper functions are shared"): kernels that reach a {@code __local} array only
 * through helper functions are launched many times and every result is checked, and the OpenCL source is checked to
 * declare every function but the kernel always-inline, the property that keeps PoCL from sharing the array between
 * worker threads. Device runs are skipped without a PoCL device.
 */
class LocalMemoryIsolationTest {
    private static final String POCL_PLATFORM = "Portable Computing Language";
    /** Launches per kernel: the race needs two work-groups on different threads at once, so one launch is not enough. */
    private static final int LAUNCHES = 50;
    private static final int ITEMS = 16384;
    private static final int LANES = 32;

    private static OpenClDevice pocl;

    @BeforeAll
    static void open() {
        boolean present = OpenClDevice.isAvailable()
                && OpenClDevice.listDevices().stream().anyMatch(label -> label.contains(POCL_PLATFORM));
        pocl = present ? OpenClDevice.open(POCL_PLATFORM) : null;
    }

    @AfterAll
    static void close() {
        if (pocl != null) {
            pocl.close();
        }
    }

    @Test
    void everyFunctionButTheKernelIsAlwaysInlinedOnOpenCl() {
        for (String name : List.of("subGroupSums", "helperLocalTile")) {
            TranslatedKernel k = Translator.translate(kernelMethod(name), Dialect.OPENCL);
            List<String> definitions = functionDefinitions(k.source());
            assertThat(definitions).as("functions of %s", name).anyMatch(d -> d.startsWith("__kernel void "));
            assertThat(definitions).as("functions of %s other than the kernel", name)
                    .filteredOn(d -> !d.startsWith("__kernel "))
                    .isNotEmpty()
                    .allMatch(d -> d.startsWith(Prelude.OPENCL_FUNCTION));
        }
    }

    @Test
    void subGroupShufflesAndSumsAreRightOnEveryLaunch() {
        assumeTrue(pocl != null, "no PoCL OpenCL device");
        int[] in = new Random(20250101L).ints(ITEMS).toArray();
        int[] expected = new int[LocalMemoryKernels.INT_RESULTS * ITEMS];
        float[] fexpected = new float[ITEMS];
        for (int first = 0; first < ITEMS; first += LANES) {
            // Sub-group sums: Java int addition wraps; the float sum of integers below 2^15 is exact in any order.
            int sum = 0;
            float fsum = 0f;
            for (int lane = 0; lane < LANES; lane++) {
                sum += in[first + lane];
                fsum += in[first + lane] & 1023;
            }
            int butterflies = 0;
            for (int round = 0; round < LocalMemoryKernels.BUTTERFLY_ROUNDS; round++) {
                butterflies += sum + LANES * round;
            }
            for (int lane = 0; lane < LANES; lane++) {
                int i = first + lane;
                expected[LocalMemoryKernels.INT_RESULTS * i] = sum;
                expected[LocalMemoryKernels.INT_RESULTS * i + 1] = LANES * (LANES - 1) / 2;
                expected[LocalMemoryKernels.INT_RESULTS * i + 2] = butterflies;
                expected[LocalMemoryKernels.INT_RESULTS * i + 3] = lane + 1 < LANES ? in[i + 1] : in[i];
                fexpected[i] = fsum;
            }
        }
        Kernel kernel = pocl.compile(LocalMemoryKernels.class, "subGroupSums");
        try (DeviceBuffer input = pocl.allocate(ElementType.INT, ITEMS);
             DeviceBuffer out = pocl.allocate(ElementType.INT, expected.length);
             DeviceBuffer fout = pocl.allocate(ElementType.FLOAT, ITEMS)) {
            pocl.write(input, 0, in, 0, ITEMS);
            List<String> wrong = new ArrayList<>();
            for (int launch = 0; launch < LAUNCHES; launch++) {
                pocl.write(out, 0, new int[expected.length], 0, expected.length);
                pocl.write(fout, 0, new float[ITEMS], 0, ITEMS);
                pocl.launch(kernel, Range.of(ITEMS), Range.of(LocalMemoryKernels.GROUP), input, out, fout);
                int[] got = new int[expected.length];
                float[] fgot = new float[ITEMS];
                pocl.read(out, 0, got, 0, got.length);
                pocl.read(fout, 0, fgot, 0, ITEMS);
                recordMismatches(launch, "out", expected, got, wrong);
                recordMismatches(launch, "fout", bits(fexpected), bits(fgot), wrong);
            }
            assertThat(wrong).as("results that differ over %d launches", LAUNCHES).isEmpty();
        }
    }

    @Test
    void localArrayGivenToHelpersIsPrivateToItsGroupOnEveryLaunch() {
        assumeTrue(pocl != null, "no PoCL OpenCL device");
        int group = LocalMemoryKernels.GROUP;
        int[] in = new Random(7L).ints(ITEMS).toArray();
        int[] expected = new int[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            int groupStart = i - i % group;
            int lid = i - groupStart;
            expected[i] = 3 * in[groupStart + group - 1 - (lid + 1) % group] + 1;
        }
        Kernel kernel = pocl.compile(LocalMemoryKernels.class, "helperLocalTile");
        try (DeviceBuffer input = pocl.allocate(ElementType.INT, ITEMS);
             DeviceBuffer out = pocl.allocate(ElementType.INT, ITEMS)) {
            pocl.write(input, 0, in, 0, ITEMS);
            List<String> wrong = new ArrayList<>();
            for (int launch = 0; launch < LAUNCHES; launch++) {
                pocl.write(out, 0, new int[ITEMS], 0, ITEMS);
                pocl.launch(kernel, Range.of(ITEMS), Range.of(group), input, out);
                int[] got = new int[ITEMS];
                pocl.read(out, 0, got, 0, ITEMS);
                recordMismatches(launch, "out", expected, got, wrong);
            }
            assertThat(wrong).as("results that differ over %d launches", LAUNCHES).isEmpty();
        }
    }

    private static Method kernelMethod(String name) {
        return Arrays.stream(LocalMemoryKernels.class.getDeclaredMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterTypes()[0] == KernelContext.class)
                .findFirst().orElseThrow();
    }

    /** The first line of every top-level C function definition in {@code source}. */
    private static List<String> functionDefinitions(String source) {
        return source.lines()
                .filter(line -> !line.isEmpty() && !Character.isWhitespace(line.charAt(0)))
                .filter(line -> !line.startsWith("#") && !line.startsWith("/*") && !line.startsWith("typedef"))
                .filter(line -> line.contains("(") && line.contains("{"))
                .toList();
    }

    private static int[] bits(float[] values) {
        int[] b = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = Float.floatToRawIntBits(values[i]);
        }
        return b;
    }

    /** Adds "launch L name[i]: expected E, got G" for the first few mismatches of one launch. */
    private static void recordMismatches(int launch, String name, int[] expected, int[] got, List<String> wrong) {
        int shown = 0;
        for (int i = 0; i < expected.length && shown < 3; i++) {
            if (expected[i] != got[i]) {
                wrong.add("launch " + launch + " " + name + "[" + i + "]: expected " + expected[i] + ", got "
                        + got[i]);
                shown++;
            }
        }
    }
}
