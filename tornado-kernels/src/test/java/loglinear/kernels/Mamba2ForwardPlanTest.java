package loglinear.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import loglinear.jit.Backend;
import loglinear.jit.Device;
import loglinear.jit.DeviceException;
import loglinear.kernels.tools.RandomForwardInputs;
import loglinear.reference.Inputs;
import loglinear.reference.MaskedReference;
import loglinear.reference.Metrics;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/** The GPU (log-linear) Mamba-2 forward against the masked reference, on the emulator and on OpenCL when present. */
class Mamba2ForwardPlanTest {
    private static final double TOLERANCE = PlanTestSupport.TOLERANCE;

    /** A random case: shape, plan configuration, seed. */
    record RandomCase(Shape shape, PlanConfig config, long seed) {
        @Override
        public String toString() {
            return shape + " " + config.intraSegment() + " s=" + config.segmentLog2();
        }
    }

    static Stream<Arguments> randomCases() {
        // Every case runs on OpenCL; the emulator (slow per work-item) takes the ones marked light.
        List<RandomCase> cases = List.of(
                new RandomCase(Shape.of(1, 1, 2, 1, 8, 8), PlanConfig.defaults(), 11),
                new RandomCase(Shape.of(1, 63, 2, 1, 16, 8), PlanConfig.masked(0), 12),
                new RandomCase(Shape.of(1, 64, 1, 1, 8, 16), PlanConfig.sweep(0), 13),
                new RandomCase(Shape.of(2, 65, 4, 2, 24, 40), PlanConfig.sweep(0), 14),
                new RandomCase(Shape.of(2, 65, 4, 2, 24, 40), PlanConfig.masked(0), 14),
                new RandomCase(new Shape(1, 200, 3, 1, 8, 8, 12), PlanConfig.sweep(1), 15),
                new RandomCase(Shape.of(1, 1000, 2, 1, 8, 8), PlanConfig.masked(1), 16),
                new RandomCase(Shape.of(1, 4097, 1, 1, 4, 4), PlanConfig.masked(2), 17),
                new RandomCase(Shape.of(1, 70, 1, 1, 256, 256), PlanConfig.sweep(0), 18),
                // K not a multiple of 4: the sweep's asynchronous copies go one float at a time.
                new RandomCase(Shape.of(1, 300, 2, 1, 37, 29), PlanConfig.sweep(1), 21),
                new RandomCase(Shape.of(1, 1000, 2, 1, 8, 8), PlanConfig.sweep(2), 16),
                new RandomCase(Shape.of(1, 4097, 1, 1, 4, 4), PlanConfig.sweep(2), 17),
                new RandomCase(Shape.of(1, 70, 1, 1, 256, 256), PlanConfig.masked(0), 18),
                new RandomCase(Shape.of(1, 4097, 2, 1, 64, 64), PlanConfig.sweep(3), 19),
                // Several K slices (the last one partial), two V tiles and several chunks per segment: every value the
                // sweep loads a step ahead (next slice's Q, V, the write's K tiles, the next chunk's Q and K).
                new RandomCase(Shape.of(1, 700, 2, 1, 136, 72), PlanConfig.sweep(2), 20));
        int emulatorCases = 10;
        return PlanTestSupport.onBackends(cases, emulatorCases);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("randomCases")
    void logLinearMamba2MatchesMaskedReference(Backend backend, RandomCase c) {
        Device device = KernelTestDevices.get(backend);
        Inputs inputs = RandomForwardInputs.of(c.shape(), Variant.LOGLINEAR_MAMBA2, c.seed());
        Options options = new Options(0.5, false);
        float[] actual;
        try (ForwardPlan plan = GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2, c.shape(), options, c.config())) {
            actual = plan.run(inputs);
        }
        double[] expected = MaskedReference.forward(Variant.LOGLINEAR_MAMBA2, inputs, options);
        assertThat(Metrics.relativeRms(actual, expected)).isLessThanOrEqualTo(TOLERANCE);
    }

    static Stream<Arguments> fixtureCases() {
        return PlanTestSupport.fixtureCases("mamba2-T1", "mamba2-T65", "mamba2-T300-groups");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtureCases")
    void fixturesMatch(Backend backend, String name) {
        assertThat(PlanTestSupport.fixtureError(backend, name)).isLessThanOrEqualTo(TOLERANCE);
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"EMULATOR", "OPENCL"})
    void qkL2NormAndScaleMatchReference(Backend backend) {
        Device device = KernelTestDevices.get(backend);
        Shape shape = Shape.of(1, 130, 2, 2, 12, 20);
        Inputs inputs = RandomForwardInputs.of(shape, Variant.LOGLINEAR_MAMBA2, 21);
        Options options = new Options(0.3, true);
        float[] actual = GpuForward.forward(device, Variant.LOGLINEAR_MAMBA2, inputs, options);
        double[] expected = MaskedReference.forward(Variant.LOGLINEAR_MAMBA2, inputs, options);
        assertThat(Metrics.relativeRms(actual, expected)).isLessThanOrEqualTo(TOLERANCE);
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"EMULATOR", "OPENCL"})
    void lambdaOneEqualsMamba2AndZeroGateEqualsLinear(Backend backend) {
        Device device = KernelTestDevices.get(backend);
        Shape shape = Shape.of(1, 300, 2, 1, 8, 8);
        Options options = Options.defaults();
        Inputs gated = RandomForwardInputs.of(shape, Variant.MAMBA2, 31);
        float[] logLinear = GpuForward.forward(device, Variant.LOGLINEAR_MAMBA2, gated, options);
        float[] mamba2 = GpuForward.forward(device, Variant.MAMBA2, gated, options);
        assertThat(Metrics.relativeRms(logLinear, mamba2)).isLessThanOrEqualTo(1e-6);
        assertThat(Metrics.relativeRms(mamba2, MaskedReference.forward(Variant.MAMBA2, gated, options)))
                .isLessThanOrEqualTo(TOLERANCE);

        Inputs ungated = RandomForwardInputs.of(shape, Variant.LINEAR, 32);
        float[] fromMamba2 = GpuForward.forward(device, Variant.MAMBA2, ungated, options);
        float[] linear = GpuForward.forward(device, Variant.LINEAR, ungated, options);
        assertThat(Metrics.relativeRms(fromMamba2, linear)).isLessThanOrEqualTo(1e-6);
        assertThat(Metrics.relativeRms(linear, MaskedReference.forward(Variant.LINEAR, ungated, options)))
                .isLessThanOrEqualTo(TOLERANCE);
    }

    @ParameterizedTest(name = "{0} gate scale {1}")
    @MethodSource("strongGateCases")
    void strongDecaysAndGrowthMatchReference(Backend backend, double gateScale, double growth) {
        // g uniform in (-gateScale, growth]: per-token decays of up to e^-12 push the walk's decay factors out of
        // [2^-120, 2^120] inside a block of 16 rows, where the weights fall back to one exponential each; g > 0 in
        // the second case makes Gs rise and fall.
        Device device = KernelTestDevices.get(backend);
        Shape shape = Shape.of(1, 300, 2, 1, 12, 20);
        Inputs base = RandomForwardInputs.of(shape, Variant.LOGLINEAR_MAMBA2, 43);
        float[] g = base.g().clone();
        Random random = new Random(44);
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) (growth - (gateScale + growth) * random.nextDouble());
        }
        Inputs inputs = new Inputs(shape, base.q(), base.k(), base.v(), g, base.beta(), base.lambda());
        Options options = Options.defaults();
        try (ForwardPlan plan = GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2, shape, options,
                PlanConfig.sweep(2))) {
            float[] actual = plan.run(inputs);
            double[] expected = MaskedReference.forward(Variant.LOGLINEAR_MAMBA2, inputs, options);
            assertThat(Metrics.relativeRms(actual, expected)).isLessThanOrEqualTo(TOLERANCE);
        }
    }

    static Stream<Arguments> strongGateCases() {
        List<Arguments> out = new ArrayList<>();
        for (Backend backend : new Backend[] {Backend.EMULATOR, Backend.OPENCL}) {
            out.add(Arguments.of(backend, 12.0, 0.0));
            out.add(Arguments.of(backend, 3.0, 2.5));
        }
        return out.stream();
    }

    static Stream<Arguments> segmentConfigs() {
        List<Arguments> out = new ArrayList<>();
        for (int s : new int[] {0, 2, 5}) {
            out.add(Arguments.of(PlanConfig.sweep(s)));
        }
        for (int s : new int[] {1, 3}) {
            out.add(Arguments.of(PlanConfig.masked(s)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("segmentConfigs")
    void segmentSizeAndFormDoNotChangeResult(PlanConfig config) {
        Device device = KernelTestDevices.get(Backend.EMULATOR);
        Shape shape = Shape.of(1, 700, 1, 1, 4, 4);
        Inputs inputs = RandomForwardInputs.of(shape, Variant.LOGLINEAR_MAMBA2, 41, 0.01);
        Options options = Options.defaults();
        float[] oneSegment;
        float[] split;
        try (ForwardPlan plan = GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2, shape, options,
                PlanConfig.masked(4))) {
            oneSegment = plan.run(inputs);
        }
        try (ForwardPlan plan = GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2, shape, options, config)) {
            split = plan.run(inputs);
        }
        assertThat(Metrics.relativeRms(split, oneSegment)).isLessThanOrEqualTo(1e-5);
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"EMULATOR"})
    void planReusesBuffersAcrossRunsAndReportsBytes(Backend backend) {
        Device device = KernelTestDevices.get(backend);
        Shape shape = Shape.of(1, 130, 2, 1, 8, 8);
        Options options = Options.defaults();
        try (ForwardPlan plan = GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2, shape, options,
                PlanConfig.sweep(0))) {
            PlanTestSupport.assertReusesBuffersAndReportsBytes(plan, Variant.LOGLINEAR_MAMBA2, options, false,
                    "cumsum", "scores", "sweep", "segment-sweep", "query-pairs", "segment-reads");
        }
    }

    @org.junit.jupiter.api.Test
    void badShapesAreRejectedNamingTheArgument() {
        Device device = KernelTestDevices.get(Backend.EMULATOR);
        Options options = Options.defaults();
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2, Shape.of(1, 10, 1, 1, 257, 8),
                options)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("K (keyDim) = 257");
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2, Shape.of(1, 10, 1, 1, 8, 300),
                options)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V (valueDim) = 300");
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2, Shape.of(1, 0, 1, 1, 8, 8),
                options)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T (length)");
        assertThatThrownBy(() -> GpuForward.plan(null, Variant.LOGLINEAR_MAMBA2, Shape.of(1, 10, 1, 1, 8, 8),
                options)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("device");
        assertThatThrownBy(() -> new Shape(1, 100, 1, 1, 8, 8, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("L (levels)");
        assertThatThrownBy(() -> PlanConfig.sweep(9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segmentLog2");
        assertThatThrownBy(() -> new Mamba2ForwardPlan(device, Variant.GDN, Shape.of(1, 10, 1, 1, 8, 8), options,
                PlanConfig.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gdn");
        // More elements than an int index reaches.
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2,
                Shape.of(1, 1 << 20, 16, 1, 8, 128), options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v/o [B, T, H, V]");
        // More work-groups along y or z than a launch takes (65,535): B*H heads, chunks.
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2, Shape.of(1, 64, 65_536, 1, 4, 4),
                options)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B*H = 65536");
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2,
                Shape.of(1, 65_536 * 64 + 1, 1, 1, 4, 4), options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunks = 65537");
        // More bytes than the device has free: refused before allocating, naming both numbers.
        long free = device.freeMemoryBytes();
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.LOGLINEAR_MAMBA2,
                Shape.of(1, 1 << 20, 15, 1, 8, 128), options))
                .isInstanceOf(DeviceException.class).hasMessageContaining("bytes of device memory")
                .hasMessageContaining("bytes free");
        assertThat(device.freeMemoryBytes()).isGreaterThan(free / 2);
        PlanTestSupport.assertRunRejectsWrongShape(device, Variant.LOGLINEAR_MAMBA2, options);
    }
}
