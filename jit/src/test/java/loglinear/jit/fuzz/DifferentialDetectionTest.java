package loglinear.jit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.jit.tools.conformance.CaseResult;
import loglinear.jit.tools.conformance.ConformanceCase;
import loglinear.jit.tools.conformance.ConformanceRunner;
import loglinear.jit.tools.conformance.ConformanceSuite;
import loglinear.jit.tools.fuzz.FuzzRunner;

/** The fuzzer and the conformance runner notice a device that gets one bit wrong, and say where. */
class DifferentialDetectionTest {
    @Test
    void fuzzerReportsEveryBodyWhoseOutputDiffersWithAReproducer() {
        try (Device reference = Devices.open("emulator");
             Device wrong = new BitFlippingDevice(Devices.open("emulator"), 3)) {

            FuzzRunner.Summary summary = new FuzzRunner(reference, wrong, 10, 5).run(11, 10, line -> { });

            // The flipped element belongs to the first body of each kernel entry: 2 entries, 2 failures.
            assertThat(summary.failures()).hasSize(2);
            assertThat(summary.passed()).isEqualTo(8);
            FuzzRunner.Failure failure = summary.failures().getFirst();
            assertThat(failure.kind()).isEqualTo(FuzzRunner.FailureKind.MISMATCH);
            assertThat(failure.message()).contains("out[3]", "item 0", "slot 3");
            assertThat(failure.source()).contains("seed 11", "static void k0(", "public static void run0(");
        }
    }

    @Test
    void conformanceRunnerNamesTheBufferAndElement() {
        ConformanceCase intCase = ConformanceSuite.all().stream().filter(c -> c.name().equals("int.bitOps"))
                .findFirst().orElseThrow();
        try (Device reference = Devices.open("emulator");
             Device wrong = new BitFlippingDevice(Devices.open("emulator"), 5)) {

            CaseResult result = new ConformanceRunner(reference, wrong).run(intCase, 1);

            assertThat(result.passed()).isFalse();
            assertThat(result.message()).contains("param 6 [5]", "1 of");
        }
    }
}
