package loglinear.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
 * The GPU (log-linear) Gated DeltaNet forward against the masked reference, on the emulator and OpenCL. The first
 * OpenCL case compiles the GDN kernels on PoCL, which took 6 to 7 minutes on two cores with an empty kernel cache
 * (429 s for that case), so the cases get 15 minutes each instead of the default 4.
 */
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class GdnForwardPlanTest {
    private static final double TOLERANCE = PlanTestSupport.TOLERANCE;

    /** A random case: shape, qkL2Norm, plan form (null: the sequential plan), seed. */
    record RandomCase(Shape shape, boolean qkL2Norm, PlanConfig config, long seed) {
        @Override
        public String toString() {
            return shape + (qkL2Norm ? " qkL2Norm" : "") + (config == null ? " sequential" : " s=" + config.segmentLog2());
        }

        ForwardPlan plan(Device device, Options options) {
            return config == null ? GdnForwardPlan.sequential(device, Variant.LOGLINEAR_GDN, shape, options)
                    : GpuForward.plan(device, Variant.LOGLINEAR_GDN, shape, options, config);
        }
    }

    static Stream<Arguments> randomCases() {
        // Every case runs on OpenCL; the emulator (slow per work-item) takes the first ones.
        List<RandomCase> cases = List.of(
                new RandomCase(Shape.of(1, 1, 2, 1, 8, 8), true, PlanConfig.defaults(), 11),
                new RandomCase(Shape.of(1, 63, 2, 1, 16, 8), true, null, 12),
                new RandomCase(Shape.of(1, 64, 1, 1, 8, 16), false, PlanConfig.defaults(), 13),
                new RandomCase(Shape.of(2, 65, 4, 2, 7, 5), true, PlanConfig.sweep(0), 14),
                new RandomCase(Shape.of(1, 200, 3, 1, 9, 70), true, PlanConfig.sweep(1), 15),
                new RandomCase(Shape.of(1, 1000, 2, 1, 8, 8), true, PlanConfig.sweep(1), 16),
                new RandomCase(Shape.of(1, 4097, 1, 1, 4, 4), true, PlanConfig.sweep(2), 17),
                new RandomCase(Shape.of(1, 4097, 1, 1, 4, 4), true, null, 17),
                new RandomCase(Shape.of(1, 70, 1, 1, 256, 256), true, PlanConfig.defaults(), 18),
                new RandomCase(Shape.of(1, 200, 1, 1, 130, 20), true, PlanConfig.sweep(0), 19),
                new RandomCase(Shape.of(2, 1000, 4, 2, 33, 65), true, PlanConfig.sweep(0), 20));
        int emulatorCases = 5;
        return PlanTestSupport.onBackends(cases, emulatorCases);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("randomCases")
    void logLinearGdnMatchesMaskedReference(Backend backend, RandomCase c) {
        Device device = KernelTestDevices.get(backend);
        Inputs inputs = RandomForwardInputs.of(c.shape(), Variant.LOGLINEAR_GDN, c.seed());
        Options options = new Options(0.5, c.qkL2Norm());
        float[] actual;
        try (ForwardPlan plan = c.plan(device, options)) {
            actual = plan.run(inputs);
        }
        double[] expected = MaskedReference.forward(Variant.LOGLINEAR_GDN, inputs, options);
        assertThat(Metrics.relativeRms(actual, expected)).isLessThanOrEqualTo(TOLERANCE);
    }

    @ParameterizedTest(name = "s={0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void segmentedPlanMatchesSequentialPlan(int segmentLog2) {
        Device device = KernelTestDevices.get(Backend.EMULATOR);
        Shape shape = Shape.of(1, 700, 1, 1, 5, 6);
        Inputs inputs = RandomForwardInputs.of(shape, Variant.LOGLINEAR_GDN, 61, 0.01);
        Options options = new Options(1.0, true);
        float[] sequential;
        float[] segmented;
        try (GdnForwardPlan plan = GdnForwardPlan.sequential(device, Variant.LOGLINEAR_GDN, shape, options)) {
            assertThat(plan.segments()).isEqualTo(1);
            sequential = plan.run(inputs);
        }
        try (ForwardPlan plan = GpuForward.plan(device, Variant.LOGLINEAR_GDN, shape, options,
                PlanConfig.sweep(segmentLog2))) {
            assertThat(((GdnForwardPlan) plan).segments()).isEqualTo((11 + (1 << segmentLog2) - 1) >> segmentLog2);
            segmented = plan.run(inputs);
        }
        assertThat(Metrics.relativeRms(segmented, sequential)).isLessThanOrEqualTo(1e-5);
    }

    static Stream<Arguments> fixtureCases() {
        return PlanTestSupport.fixtureCases("gdn-T65", "gdn-T130-groups");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtureCases")
    void fixturesMatch(Backend backend, String name) {
        assertThat(PlanTestSupport.fixtureError(backend, name)).isLessThanOrEqualTo(TOLERANCE);
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"EMULATOR", "OPENCL"})
    void lambdaOneEqualsGdnAndZeroGateEqualsDeltaNet(Backend backend) {
        Device device = KernelTestDevices.get(backend);
        Shape shape = Shape.of(1, 300, 2, 1, 8, 8);
        Options options = new Options(1.0, true);
        Inputs gated = RandomForwardInputs.of(shape, Variant.GDN, 31);
        float[] logLinear = GpuForward.forward(device, Variant.LOGLINEAR_GDN, gated, options);
        float[] gdn = GpuForward.forward(device, Variant.GDN, gated, options);
        assertThat(Metrics.relativeRms(logLinear, gdn)).isLessThanOrEqualTo(1e-6);
        assertThat(Metrics.relativeRms(gdn, MaskedReference.forward(Variant.GDN, gated, options)))
                .isLessThanOrEqualTo(TOLERANCE);

        // DeltaNet: g = 0, lambda = 1.
        Inputs ungated = withGate(RandomForwardInputs.of(shape, Variant.GDN, 32), 0f);
        float[] deltaNet = GpuForward.forward(device, Variant.GDN, ungated, options);
        assertThat(Metrics.relativeRms(deltaNet, MaskedReference.forward(Variant.GDN, ungated, options)))
                .isLessThanOrEqualTo(TOLERANCE);
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"EMULATOR", "OPENCL"})
    void zeroBetaGivesZeroOutput(Backend backend) {
        Device device = KernelTestDevices.get(backend);
        Shape shape = Shape.of(1, 130, 2, 1, 8, 8);
        Inputs random = RandomForwardInputs.of(shape, Variant.LOGLINEAR_GDN, 41);
        Inputs inputs = new Inputs(shape, random.q(), random.k(), random.v(), random.g(),
                new float[random.beta().length], random.lambda());
        float[] actual = GpuForward.forward(device, Variant.LOGLINEAR_GDN, inputs, new Options(1.0, true));
        assertThat(actual).containsOnly(0f);
    }

    @Test
    void planReusesBuffersAcrossRunsAndReportsBytes() {
        Device device = KernelTestDevices.get(Backend.EMULATOR);
        Shape shape = Shape.of(1, 130, 2, 1, 8, 8);
        Options options = new Options(1.0, true);
        try (ForwardPlan plan = GpuForward.plan(device, Variant.LOGLINEAR_GDN, shape, options)) {
            assertThat(plan).isInstanceOf(GdnForwardPlan.class);
            PlanTestSupport.assertReusesBuffersAndReportsBytes(plan, Variant.LOGLINEAR_GDN, options, true,
                    "chunk-sweep");
        }
    }

    @Test
    void badShapesAreRejectedNamingTheArgument() {
        Device device = KernelTestDevices.get(Backend.EMULATOR);
        Options options = Options.defaults();
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.LOGLINEAR_GDN, Shape.of(1, 10, 1, 1, 257, 8),
                options)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("K (keyDim) = 257");
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.GDN, Shape.of(1, 10, 1, 1, 8, 300),
                options)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V (valueDim) = 300");
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.GDN, Shape.of(1, 0, 1, 1, 8, 8),
                options)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T (length)");
        assertThatThrownBy(() -> new GdnForwardPlan(device, Variant.MAMBA2, Shape.of(1, 10, 1, 1, 8, 8), options,
                PlanConfig.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mamba2");
        // More work-groups along y or z than a launch takes (65,535).
        assertThatThrownBy(() -> GpuForward.plan(device, Variant.LOGLINEAR_GDN, Shape.of(1, 64, 65_536, 1, 4, 4),
                options)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B*H = 65536");
        PlanTestSupport.assertRunRejectsWrongShape(device, Variant.LOGLINEAR_GDN, options);
    }

    private static Inputs withGate(Inputs inputs, float value) {
        float[] g = new float[inputs.g().length];
        Arrays.fill(g, value);
        return new Inputs(inputs.shape(), inputs.q(), inputs.k(), inputs.v(), g, inputs.beta(), inputs.lambda());
    }
}
