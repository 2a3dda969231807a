package loglinear.jit.fuzz;

import org.junit.jupiter.api.Assumptions;

import loglinear.jit.Device;
import loglinear.jit.Devices;

/** Opens a fuzzing candidate or skips the test with the reason. */
final class FuzzDevices {
    private FuzzDevices() {
    }

    static Device openOrSkip(String spec) {
        try {
            return Devices.open(spec);
        } catch (RuntimeException | LinkageError e) {
            Assumptions.abort(spec + " not available here: " + e.getMessage());
            throw new AssertionError("unreachable");
        }
    }
}
