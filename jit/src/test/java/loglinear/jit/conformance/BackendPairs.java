package loglinear.jit.conformance;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import loglinear.jit.Device;
import loglinear.jit.Devices;

/**
 * Devices shared by the conformance tests, opened once per spec; a spec that cannot be opened here (no CUDA driver,
 * no NVIDIA OpenCL platform) makes its tests skip with the reason.
 */
final class BackendPairs {
    private static final Map<String, Device> OPEN = new HashMap<>();
    private static final Map<String, String> UNAVAILABLE = new HashMap<>();

    private BackendPairs() {
    }

    /** The device for {@code spec}, or an aborted assumption naming why it is absent. */
    static synchronized Device require(String spec) {
        if (!OPEN.containsKey(spec) && !UNAVAILABLE.containsKey(spec)) {
            try {
                OPEN.put(spec, Devices.open(spec));
            } catch (RuntimeException | LinkageError e) {
                UNAVAILABLE.put(spec, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        Assumptions.assumeTrue(OPEN.containsKey(spec), () -> spec + " not available here: " + UNAVAILABLE.get(spec));
        return OPEN.get(spec);
    }

    /** The candidate spec of a pair name such as {@code emulator-vs-opencl}, or null for {@code emulator}. */
    static String candidateOf(String pair) {
        return pair.startsWith("emulator-vs-") ? pair.substring("emulator-vs-".length()) : null;
    }
}
