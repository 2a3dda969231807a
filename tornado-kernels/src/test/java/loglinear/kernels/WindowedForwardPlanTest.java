package loglinear.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import loglinear.jit.Backend;
import loglinear.jit.Device;
import loglinear.kernels.tools.RandomForwardInputs;
import loglinear.reference.Inputs;
import loglinear.reference.MaskedReference;
import loglinear.reference.Metrics;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * The windowed forward (aligned windows of W tokens carrying window-level Fenwick states) against the single-plan
 * forward and the masked reference, on the emulator and on OpenCL when present. When this class runs first, its
 * first OpenCL Gated DeltaNet case compiles the GDN kernels on PoCL (about 7 minutes on two cores with an empty
 * kernel cache, see {@link GdnForwardPlanTest}), so the cases get 15 minutes each.
 */
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class WindowedForwardPlanTest {
    private static final double TOLERANCE = 1e-4;

    /** A windowed case: variant, shape (G < H), plan configuration, window length W, seed. */
    record WindowCase(Variant variant, Shape shape, PlanConfig config, int windowLength, long seed) {
        @Override
        public String toString() {
            return variant.cliName() + " " + shape + " " + config.intraSegment() + " s=" + config.segmentLog2()
                    + " W=" + windowLength;
        }
    }

    static Stream<Arguments> windowCases() {
        List<Arguments> out = new ArrayList<>();
        // Emulator: T = 1000 in 4 windows of 256 (the last one partial).
        Shape small = Shape.of(1, 1000, 2, 1, 8, 8);
        out.add(Arguments.of(Backend.EMULATOR,
                new WindowCase(Variant.LOGLINEAR_MAMBA2, small, PlanConfig.sweep(1), 256, 61)));
        out.add(Arguments.of(Backend.EMULATOR,
                new WindowCase(Variant.MAMBA2, small, PlanConfig.masked(0), 256, 62)));
        out.add(Arguments.of(Backend.EMULATOR,
                new WindowCase(Variant.LINEAR, small, PlanConfig.sweep(2), 256, 63)));
        // OpenCL: T = 2048 + 65 in 9 windows of 256, B = 2, H = 4, G = 2.
        Shape longer = Shape.of(2, 2048 + 65, 4, 2, 16, 24);
        for (Variant variant : new Variant[] {Variant.LOGLINEAR_MAMBA2, Variant.MAMBA2, Variant.LINEAR}) {
            out.add(Arguments.of(Backend.OPENCL, new WindowCase(variant, longer, PlanConfig.sweep(1), 256, 64)));
            out.add(Arguments.of(Backend.OPENCL, new WindowCase(variant, longer, PlanConfig.masked(2), 256, 65)));
        }
        out.add(Arguments.of(Backend.OPENCL, new WindowCase(Variant.LOGLINEAR_MAMBA2, Shape.of(1, 4096, 2, 1, 32, 64),
                PlanConfig.sweep(0), 64, 66)));
        // Gated DeltaNet: the segment sweep's states cross windows. Emulator: T = 500 in 4 windows of 128 (one
        // segment each, the last partial), T = 700 in 3 windows of 256 (two segments each).
        out.add(Arguments.of(Backend.EMULATOR,
                new WindowCase(Variant.LOGLINEAR_GDN, Shape.of(1, 500, 2, 1, 8, 8), PlanConfig.sweep(1), 128, 67)));
        out.add(Arguments.of(Backend.EMULATOR,
                new WindowCase(Variant.LOGLINEAR_GDN, Shape.of(1, 700, 2, 1, 8, 8), PlanConfig.sweep(1), 256, 68)));
        // OpenCL: 9 windows (window bits up to 2^3), odd K and V, G < H; windows of one segment; lambda = 1.
        Shape deltaShape = Shape.of(2, 2048 + 65, 4, 2, 17, 23);
        out.add(Arguments.of(Backend.OPENCL,
                new WindowCase(Variant.LOGLINEAR_GDN, deltaShape, PlanConfig.sweep(1), 256, 69)));
        out.add(Arguments.of(Backend.OPENCL,
                new WindowCase(Variant.LOGLINEAR_GDN, deltaShape, PlanConfig.sweep(2), 256, 70)));
        out.add(Arguments.of(Backend.OPENCL,
                new WindowCase(Variant.GDN, deltaShape, PlanConfig.sweep(0), 128, 71)));
        out.add(Arguments.of(Backend.OPENCL, new WindowCase(Variant.LOGLINEAR_GDN, Shape.of(1, 4096, 2, 1, 32, 64),
                PlanConfig.sweep(0), 1024, 72)));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("windowCases")
    void windowedForwardMatchesSinglePlanAndMaskedReference(Backend backend, WindowCase c) {
        Device device = KernelTestDevices.get(backend);
        Inputs inputs = RandomForwardInputs.of(c.shape(), c.variant(), c.seed(), 0.02);
        Options options = new Options(0.5, false);
        float[] windowed;
        try (WindowedForwardPlan plan = new WindowedForwardPlan(device, c.variant(), c.shape(), options, c.config(),
                c.windowLength())) {
            assertThat(plan.windowCount()).isGreaterThan(1);
            windowed = plan.run(inputs);
        }
        float[] single;
        try (ForwardPlan plan = GpuForward.plan(device, c.variant(), c.shape(), options, c.config())) {
            single = plan.run(inputs);
        }
        double[] expected = MaskedReference.forward(c.variant(), inputs, options);
        assertThat(Metrics.relativeRms(windowed, expected)).isLessThanOrEqualTo(TOLERANCE);
        assertThat(Metrics.relativeRms(windowed, single)).isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void streamsWindowsInOrderAndRunsAgainFromAFreshState() {
        Device device = KernelTestDevices.get(Backend.EMULATOR);
        Shape shape = new Shape(1, 300, 2, 1, 4, 4, 12);
        Inputs inputs = RandomForwardInputs.of(shape, Variant.LOGLINEAR_MAMBA2, 71, 0.05);
        Options options = new Options(1.0, true);
        try (WindowedForwardPlan plan = new WindowedForwardPlan(device, Variant.LOGLINEAR_MAMBA2, shape, options,
                PlanConfig.masked(0), 128)) {
            assertThat(plan.windowCount()).isEqualTo(3);
            assertThat(plan.windowShape(2).length()).isEqualTo(44);
            assertThat(plan.windowShape(2).levels()).isEqualTo(12);
            List<Integer> seen = new ArrayList<>();
            float[] streamed = new float[Math.toIntExact(shape.vElements())];
            plan.run((index, windowShape) -> WindowedForwardPlan.sliceWindow(inputs, index * 128,
                            windowShape.length()),
                    (index, windowShape, o) -> {
                        seen.add(index);
                        assertThat(o).hasSize(Math.toIntExact(windowShape.vElements()));
                        WindowedForwardPlan.placeWindow(o, shape, index * 128, windowShape.length(), streamed);
                    });
            assertThat(seen).containsExactly(0, 1, 2);
            float[] again = plan.run(inputs);
            assertThat(again).containsExactly(streamed);
            assertThat(Metrics.relativeRms(again, MaskedReference.forward(Variant.LOGLINEAR_MAMBA2, inputs, options)))
                    .isLessThanOrEqualTo(TOLERANCE);
            assertThatThrownBy(() -> plan.runWindowResident(2)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("expected window 0");
            assertThatThrownBy(() -> plan.writeWindow(1, WindowedForwardPlan.sliceWindow(inputs, 128, 100)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T=100")
                    .hasMessageContaining("T=128");
        }
    }

    @Test
    void gdnWindowsNeedBetaAndRunInOrder() {
        Device device = KernelTestDevices.get(Backend.EMULATOR);
        Shape shape = Shape.of(1, 300, 2, 1, 4, 4);
        Inputs inputs = RandomForwardInputs.of(shape, Variant.LOGLINEAR_GDN, 73, 0.05);
        Options options = new Options(1.0, true);
        try (WindowedForwardPlan plan = new WindowedForwardPlan(device, Variant.LOGLINEAR_GDN, shape, options,
                PlanConfig.sweep(0), 128)) {
            assertThat(plan.windowCount()).isEqualTo(3);
            Inputs first = WindowedForwardPlan.sliceWindow(inputs, 0, 128);
            Inputs noBeta = new Inputs(first.shape(), first.q(), first.k(), first.v(), first.g(), null,
                    first.lambda());
            assertThatThrownBy(() -> plan.writeWindow(0, noBeta)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("beta").hasMessageContaining("[B, T, H]");
            assertThatThrownBy(() -> plan.runWindowResident(1)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("expected window 0 (windows carry state");
            float[] o = plan.run(inputs);
            assertThat(Metrics.relativeRms(o, MaskedReference.forward(Variant.LOGLINEAR_GDN, inputs, options)))
                    .isLessThanOrEqualTo(TOLERANCE);
        }
    }

    @Test
    void badWindowLengthsAreRejectedAndLongShapesGetAnIndexableWindow() {
        Device device = KernelTestDevices.get(Backend.EMULATOR);
        Shape shape = Shape.of(1, 1000, 2, 1, 8, 8);
        assertThatThrownBy(() -> new WindowedForwardPlan(device, Variant.LOGLINEAR_MAMBA2, shape, Options.defaults(),
                PlanConfig.sweep(2), 128)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("windowLength = 128").hasMessageContaining("256");
        assertThatThrownBy(() -> new WindowedForwardPlan(device, Variant.LOGLINEAR_MAMBA2, shape, Options.defaults(),
                PlanConfig.sweep(0), 96)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power of two");

        Shape benchmark = Shape.of(1, 1 << 20, 48, 1, 128, 64);
        assertThat(WindowedForwardPlan.fitsOnePlan(benchmark)).isFalse();
        int window = WindowedForwardPlan.defaultWindowLength(Variant.LOGLINEAR_MAMBA2, benchmark,
                PlanConfig.auto(Variant.LOGLINEAR_MAMBA2, benchmark));
        assertThat(window).isEqualTo(1 << 18);
        assertThat((long) window * 48 * 64).isLessThanOrEqualTo(WindowedForwardPlan.MAX_WINDOW_ELEMENTS);
        assertThat(WindowedForwardPlan.defaultWindowLength(Variant.LOGLINEAR_MAMBA2, shape, PlanConfig.sweep(0)))
                .isEqualTo(1024);
        // GDN at the benchmark's 1,048,576 tokens: windows of 262,144 (v per window 2^30 - 2^28 elements, and the
        // states buffer, local levels plus reads, stays under 2^30 floats as well).
        int gdnWindow = WindowedForwardPlan.defaultWindowLength(Variant.LOGLINEAR_GDN, benchmark,
                PlanConfig.auto(Variant.LOGLINEAR_GDN, benchmark));
        assertThat(gdnWindow).isEqualTo(1 << 18);
        assertThat(WindowedForwardPlan.largestWindowBuffer(Variant.LOGLINEAR_GDN, benchmark,
                PlanConfig.auto(Variant.LOGLINEAR_GDN, benchmark), gdnWindow))
                .isLessThanOrEqualTo(WindowedForwardPlan.MAX_WINDOW_ELEMENTS);
    }
}
