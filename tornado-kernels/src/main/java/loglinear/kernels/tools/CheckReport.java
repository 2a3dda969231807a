package loglinear.kernels.tools;

import java.util.List;
import java.util.function.Consumer;

import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.kernels.ForwardPlan;
import loglinear.kernels.GpuForward;
import loglinear.reference.Fixture;
import loglinear.reference.Inputs;
import loglinear.reference.Metrics;

/**
 * The PASS/FAIL bookkeeping of a GPU self-check tool: one line per check with its relative RMS error and seconds,
 * one SKIP line per backend that does not open, and the closing {@code N passed, N failed} with the exit code
 * (0 when every check passed, 1 when one failed, 2 when no backend could be opened).
 */
final class CheckReport {
    /** Something that returns a relative RMS error. */
    interface ErrorMeasure {
        double measure();
    }

    private final double tolerance;
    private int passed;
    private int failed;
    private int opened;

    /** A report whose checks pass when their error is at most {@code tolerance}. */
    CheckReport(double tolerance) {
        this.tolerance = tolerance;
    }

    /**
     * Opens each backend by its CLI name and hands the device to {@code checks}, printing a header line with the
     * device, driver and free memory first; a backend that does not open gets a SKIP line.
     */
    void forEachBackend(List<String> backends, Consumer<Device> checks) {
        for (String name : backends) {
            Device device;
            try {
                device = Devices.open(name);
            } catch (RuntimeException | LinkageError e) {
                System.out.println("SKIP backend " + name + ": " + e.getMessage());
                continue;
            }
            opened++;
            try (device) {
                System.out.println("== " + name + ": " + device.name() + " (driver " + device.driverVersion() + ", "
                        + device.freeMemoryBytes() / (1 << 20) + " MiB free)");
                checks.accept(device);
            }
        }
    }

    /** Runs one check: PASS when {@code measure} returns at most the tolerance, FAIL when larger or when it throws. */
    void check(String name, ErrorMeasure measure) {
        long start = System.nanoTime();
        try {
            double error = measure.measure();
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean ok = error <= tolerance;
            System.out.printf("%s %s: rel RMS %.3e (%.1f s)%n", ok ? "PASS" : "FAIL", name, error, seconds);
            if (ok) {
                passed++;
            } else {
                failed++;
            }
        } catch (RuntimeException | LinkageError e) {
            failed++;
            System.out.println("FAIL " + name + ": " + e);
            e.printStackTrace(System.out);
        }
    }

    /** Checks {@link GpuForward#forward} on every shared fixture whose name starts with {@code prefix}. */
    void checkFixtures(Device device, String prefix) {
        for (String name : Fixture.caseNames()) {
            if (!name.startsWith(prefix)) {
                continue;
            }
            check(device.backend().cliName() + " fixture " + name, () -> {
                Fixture fixture = Fixture.load(name);
                float[] actual = GpuForward.forward(device, fixture.variant(), fixture.inputs(), fixture.options());
                return Metrics.relativeRms(actual, fixture.expectedOutput());
            });
        }
    }

    /**
     * Runs {@code plan} on {@code inputs}, then once more resident with stage timing on, and prints the timed run's
     * stages and the plan's allocation; returns the first run's output.
     */
    static float[] runAndTime(ForwardPlan plan, Inputs inputs) {
        float[] actual = plan.run(inputs);
        plan.setTiming(true);
        plan.runResident();
        System.out.println("   timed run: " + plan.lastTimings() + "; allocated " + plan.allocatedBytes() / (1 << 20)
                + " MiB of which intermediates " + plan.intermediateBytes() / (1 << 20) + " MiB");
        return actual;
    }

    /** Prints {@code N passed, N failed} and exits with 0, 1 (a check failed) or 2 (no backend opened). */
    void finishAndExit() {
        System.out.println(passed + " passed, " + failed + " failed");
        if (opened == 0) {
            System.out.println("no backend could be opened");
            System.exit(2);
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
