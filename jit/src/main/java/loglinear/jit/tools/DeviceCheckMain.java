package loglinear.jit.tools;

import java.util.List;
import java.util.function.Function;

import loglinear.jit.Device;
import loglinear.jit.Devices;

/**
 * The command line shared by the device checks ({@code MmaCheck}, {@code AsyncCopyCheck}): {@code [--backend SPEC]}
 * (default {@code auto}), prints the device and one line per case, exits with 1 when a case failed and 2 on a bad
 * argument.
 */
public final class DeviceCheckMain {
    /** One case of a check. */
    public interface Case {
        boolean passed();
    }

    private DeviceCheckMain() {
    }

    /** Parses {@code args}, opens the device, runs {@code check} on it and exits. */
    public static void run(String tool, String[] args, Function<Device, List<? extends Case>> check) {
        String spec = "auto";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--backend") && i + 1 < args.length) {
                spec = args[++i];
            } else {
                System.err.println("usage: " + tool + " [--backend emulator|opencl[:name]|cuda[:n]|auto]");
                System.exit(2);
            }
        }
        int failed = 0;
        try (Device device = Devices.open(spec)) {
            System.out.println("device: " + device.name() + " (" + device.backend() + ", " + device.driverVersion()
                    + ")");
            for (Case c : check.apply(device)) {
                System.out.println(c);
                failed += c.passed() ? 0 : 1;
            }
        }
        System.out.println(failed == 0 ? "all passed" : failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
