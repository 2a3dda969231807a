package loglinear.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import loglinear.jit.Backend;
import loglinear.jit.Device;
import loglinear.kernels.tools.RandomForwardInputs;
import loglinear.reference.Fixture;
import loglinear.reference.Inputs;
import loglinear.reference.MaskedReference;
import loglinear.reference.Metrics;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/** Case lists and checks the forward-plan tests of every variant family share. */
final class PlanTestSupport {
    /** Largest relative RMS error of a GPU forward against the masked reference. */
    static final double TOLERANCE = 1e-4;

    private PlanTestSupport() {
    }

    /**
     * (backend, case) arguments: every case on OpenCL, and the first {@code emulatorCases} also on the emulator
     * (slow per work-item), the emulator run listed before the OpenCL run of the same case.
     */
    static Stream<Arguments> onBackends(List<?> cases, int emulatorCases) {
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (i < emulatorCases) {
                out.add(Arguments.of(Backend.EMULATOR, cases.get(i)));
            }
            out.add(Arguments.of(Backend.OPENCL, cases.get(i)));
        }
        return out.stream();
    }

    /** (backend, fixture name) arguments: each named fixture on the emulator, then each on OpenCL. */
    static Stream<Arguments> fixtureCases(String... names) {
        List<Arguments> out = new ArrayList<>();
        for (Backend backend : new Backend[] {Backend.EMULATOR, Backend.OPENCL}) {
            for (String name : names) {
                out.add(Arguments.of(backend, name));
            }
        }
        return out.stream();
    }

    /** Relative RMS error of {@link GpuForward#forward} on {@code backend} against the fixture's expected output. */
    static double fixtureError(Backend backend, String name) {
        Device device = KernelTestDevices.get(backend);
        Fixture fixture = Fixture.load(name);
        float[] actual = GpuForward.forward(device, fixture.variant(), fixture.inputs(), fixture.options());
        return Metrics.relativeRms(actual, fixture.expectedOutput());
    }

    /**
     * Runs {@code plan} (built for B = 1, T = 130, H = 2, G = 1, K = V = 8) on two random inputs of {@code variant}
     * and checks: the second run matches the masked reference; the plan reports more bytes than its inputs (with
     * beta when {@code withBeta}) and some intermediates; a timed resident run names {@code stages} and reproduces
     * the second output exactly.
     */
    static void assertReusesBuffersAndReportsBytes(ForwardPlan plan, Variant variant, Options options,
                                                   boolean withBeta, String... stages) {
        Shape shape = plan.shape();
        Inputs first = RandomForwardInputs.of(shape, variant, 51);
        Inputs second = RandomForwardInputs.of(shape, variant, 52);
        plan.run(first);
        float[] again = plan.run(second);
        assertThat(Metrics.relativeRms(again,
                MaskedReference.forward(variant, second, options))).isLessThanOrEqualTo(TOLERANCE);
        assertThat(plan.allocatedBytes()).isGreaterThan(DeviceInputs.bytesFor(shape, withBeta));
        assertThat(plan.intermediateBytes()).isPositive();
        plan.setTiming(true);
        plan.inputs().write(second);
        plan.runResident();
        assertThat(plan.lastTimings().stageNames()).contains(stages);
        assertThat(plan.inputs().readOutput()).containsExactly(again);
    }

    /** A plan for T = 10 refuses inputs of T = 11, naming both shapes. */
    static void assertRunRejectsWrongShape(Device device, Variant variant, Options options) {
        Shape shape = Shape.of(1, 10, 1, 1, 8, 8);
        try (ForwardPlan plan = GpuForward.plan(device, variant, shape, options)) {
            Inputs wrong = RandomForwardInputs.of(Shape.of(1, 11, 1, 1, 8, 8), variant, 1);
            assertThatThrownBy(() -> plan.run(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("T=11").hasMessageContaining("T=10");
        }
    }
}
