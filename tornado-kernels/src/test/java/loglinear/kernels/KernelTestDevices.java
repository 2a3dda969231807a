package loglinear.kernels;

import org.junit.jupiter.api.Assumptions;

import java.util.EnumMap;
import java.util.Map;

import loglinear.jit.Backend;
import loglinear.jit.Device;
import loglinear.jit.emulator.EmulatorDevice;
import loglinear.jit.opencl.OpenClDevice;

/**
 * Devices shared by the kernel tests (one per backend for the whole test JVM, so kernels compile once). OpenCL is
 * skipped through an assumption when no platform is installed.
 */
final class KernelTestDevices {
    private static final Map<Backend, Device> OPEN = new EnumMap<>(Backend.class);
    private static final Map<Backend, String> UNAVAILABLE = new EnumMap<>(Backend.class);

    private KernelTestDevices() {}

    static synchronized Device get(Backend backend) {
        if (UNAVAILABLE.containsKey(backend)) {
            Assumptions.abort(backend.cliName() + " unavailable: " + UNAVAILABLE.get(backend));
        }
        Device device = OPEN.get(backend);
        if (device == null) {
            try {
                device = switch (backend) {
                    case EMULATOR -> EmulatorDevice.open();
                    case OPENCL -> OpenClDevice.open(null);
                    default -> throw new IllegalArgumentException("kernel tests run on emulator and opencl, not "
                            + backend.cliName());
                };
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                if (backend == Backend.EMULATOR) {
                    throw e;
                }
                UNAVAILABLE.put(backend, String.valueOf(e.getMessage()));
                Assumptions.abort(backend.cliName() + " unavailable: " + e.getMessage());
            }
            OPEN.put(backend, device);
        }
        return device;
    }
}
