package loglinear.jit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.jit.opencl.OpenClDevice;
import loglinear.jit.tools.fuzz.FuzzRunner;

/**
 * Differential fuzzing in CI: {@code -Dloglinear.fuzz.count} random kernels (default 500) from
 * {@code -Dloglinear.fuzz.seed} (default fixed) on the emulator and on OpenCL, outputs compared bit for bit. Skips
 * the OpenCL half when no OpenCL platform is present; the generator and the emulator are exercised either way.
 */
class FuzzTest {
    static final long SEED = Long.getLong("loglinear.fuzz.seed", 0x10c11ea5L);
    static final int COUNT = Integer.getInteger("loglinear.fuzz.count", 500);
    /** Random bodies per device program: PoCL spends about half a second per program on 2 cores. */
    static final int PER_KERNEL = Integer.getInteger("loglinear.fuzz.perKernel", 10);

    @Test
    void randomKernelsAgreeBetweenEmulatorAndOpenCl() {
        Device candidate = FuzzDevices.openOrSkip("opencl");
        try (Device reference = Devices.open("emulator")) {
            FuzzRunner.Summary summary = new FuzzRunner(reference, candidate, 50, PER_KERNEL).run(SEED, COUNT, line -> { });
            System.out.println("fuzz seed " + SEED + ": " + summary.line());

            assertThat(summary.kernels()).isEqualTo(COUNT);
            assertThat(summary.failures()).as("seed %d: %s%n%s", SEED, summary.line(), describe(summary.failures()))
                    .isEmpty();
        } finally {
            candidate.close();
        }
    }

    @Test
    void everyCandidateProgramIsReleasedWhenItsEntryIsDone() {
        Device candidate = FuzzDevices.openOrSkip("opencl");
        try (Device reference = Devices.open("emulator")) {
            OpenClDevice openCl = (OpenClDevice) candidate;
            List<String> progress = new ArrayList<>();
            FuzzRunner.Summary summary = new FuzzRunner(reference, candidate, 10, 10).run(SEED + 2, 20,
                    progress::add);

            assertThat(summary.failures()).as(describe(summary.failures())).isEmpty();
            assertThat(openCl.loadedKernelCount()).isZero();
            assertThat(progress).hasSize(2).allSatisfy(line -> assertThat(line).contains("0 loaded on the candidate"));
        } finally {
            candidate.close();
        }
    }

    @Test
    void generatedKernelsCompileAndRunOnTheEmulator() {
        try (Device reference = Devices.open("emulator")) {
            FuzzRunner.Summary summary = new FuzzRunner(reference, null, 25, 5).run(SEED + 1, 50, line -> { });

            assertThat(summary.failures()).as(describe(summary.failures())).isEmpty();
            assertThat(summary.passed()).isEqualTo(50);
        }
    }

    private static String describe(List<FuzzRunner.Failure> failures) {
        return failures.stream().limit(3)
                .map(f -> f.kind() + " " + f.kernel() + ": " + f.message() + "\n" + f.source())
                .collect(Collectors.joining("\n"));
    }
}
