package loglinear.jit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import loglinear.jit.cuda.CudaDevice;
import loglinear.jit.emulator.EmulatorDevice;
import loglinear.jit.opencl.OpenClDevice;

/**
 * Opens devices by backend or by a command-line spec, and says what {@link Backend#AUTO} chose and why.
 *
 * <p>Specs: {@code cuda} (device 0), {@code cuda:<ordinal>}, {@code opencl} (the first GPU of any platform, else the
 * first device of any type), {@code opencl:<platform or device name substring>}, {@code emulator},
 * {@code emulator:<threads>}, {@code auto}. Backend names are case-insensitive.
 *
 * <p>{@code auto} tries CUDA, then OpenCL (GPUs first), then the emulator, and records why each skipped backend was
 * skipped in the {@link Selection}. An explicit backend never falls back: when it cannot be opened, a
 * {@link DeviceException} says why.
 */
public final class Devices {
    private Devices() {
    }

    /**
     * The device a spec or backend led to, and one line per backend considered (for {@code auto}: the chosen one and
     * why each earlier one was skipped).
     */
    public record Selection(Device device, List<String> reasons) {
        public Selection {
            reasons = List.copyOf(reasons);
        }

        /** "using <backend>: <device name>" followed by the reasons, one per line, for the caller to print. */
        public String report() {
            StringBuilder out = new StringBuilder("using " + device.backend().cliName() + ": " + device.name());
            for (String reason : reasons) {
                out.append(System.lineSeparator()).append("  ").append(reason);
            }
            return out.toString();
        }
    }

    /** Opens the first device of {@code backend} ({@link Backend#AUTO}: see {@link #select(Backend)}). */
    public static Device open(Backend backend) {
        return select(backend).device();
    }

    /** Opens the device a spec names (see the class documentation for the syntax). */
    public static Device open(String spec) {
        return select(spec).device();
    }

    /** Like {@link #open(Backend)}, with the reasons for the choice. */
    public static Selection select(Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend must not be null, expected one of emulator, opencl, cuda,"
                    + " auto");
        }
        return select(backend.cliName());
    }

    /**
     * Like {@link #open(String)}, with the reasons for the choice.
     *
     * @throws IllegalArgumentException for a malformed spec
     * @throws DeviceException          when the named backend (never {@code auto}) cannot be opened
     */
    public static Selection select(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("device spec must not be empty, expected e.g. auto, cuda, cuda:1,"
                    + " opencl, opencl:NVIDIA, emulator");
        }
        String trimmed = spec.trim();
        int colon = trimmed.indexOf(':');
        String name = colon < 0 ? trimmed : trimmed.substring(0, colon);
        String argument = colon < 0 ? null : trimmed.substring(colon + 1).trim();
        Backend backend = Backend.fromCliName(name.trim());
        return switch (backend) {
            case CUDA -> {
                int ordinal = argument == null ? 0 : parseAtLeast(spec, argument, 0, "CUDA device ordinal");
                yield new Selection(openCuda(ordinal), List.of("cuda: requested explicitly (device " + ordinal + ")"));
            }
            case OPENCL -> {
                String filter = argument == null || argument.isEmpty() ? null : argument;
                yield new Selection(openOpenCl(filter), List.of("opencl: requested explicitly"
                        + (filter == null ? " (first GPU, else first device)" : " (name contains '" + filter + "')")));
            }
            case EMULATOR -> {
                EmulatorDevice device = argument == null ? EmulatorDevice.open()
                        : EmulatorDevice.open(parseAtLeast(spec, argument, 1, "emulator thread count"));
                yield new Selection(device, List.of("emulator: requested explicitly"));
            }
            case AUTO -> {
                if (argument != null) {
                    throw new IllegalArgumentException("device spec '" + spec + "': auto takes no argument");
                }
                yield selectAutomatically();
            }
        };
    }

    /** CUDA, else OpenCL (GPUs first), else the emulator; each skipped backend with its reason. */
    private static Selection selectAutomatically() {
        List<String> reasons = new ArrayList<>();
        if (CudaDevice.isAvailable()) {
            try {
                Device cuda = CudaDevice.open(0);
                reasons.add("cuda: chosen (first of CUDA, OpenCL, emulator that opened)");
                return new Selection(cuda, reasons);
            } catch (RuntimeException | LinkageError e) {
                reasons.add("cuda: skipped, device 0 failed to open: " + e.getMessage());
            }
        } else {
            reasons.add("cuda: skipped, " + cudaUnavailableReason());
        }
        if (OpenClDevice.isAvailable()) {
            try {
                Device openCl = OpenClDevice.open(null);
                reasons.add("opencl: chosen (devices found: " + OpenClDevice.listDevices() + ")");
                return new Selection(openCl, reasons);
            } catch (RuntimeException | LinkageError e) {
                reasons.add("opencl: skipped, failed to open: " + e.getMessage());
            }
        } else {
            reasons.add("opencl: skipped, not available: no OpenCL loader or no platform with a device");
        }
        reasons.add("emulator: chosen (always available; runs kernels on the JVM)");
        return new Selection(EmulatorDevice.open(), reasons);
    }

    /** One line per backend: whether it is available here and what it would open. Opens nothing. */
    public static String describeAvailable() {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("cuda: ").append(CudaDevice.isAvailable() ? CudaDevice.availability() : cudaUnavailableReason())
                .append(nl);
        List<String> openClDevices = OpenClDevice.listDevices();
        out.append("opencl: ").append(openClDevices.isEmpty()
                ? "not available: no OpenCL loader or no platform with a device"
                : "available, devices " + openClDevices).append(nl);
        out.append("emulator: available (").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version()).append(")");
        return out.toString();
    }

    private static Device openCuda(int ordinal) {
        if (!CudaDevice.isAvailable()) {
            throw new DeviceException("cuda was requested but is " + cudaUnavailableReason());
        }
        try {
            return CudaDevice.open(ordinal);
        } catch (DeviceException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new DeviceException("cuda device " + ordinal + " could not be opened: " + e, e);
        }
    }

    private static Device openOpenCl(String nameFilter) {
        if (!OpenClDevice.isAvailable()) {
            throw new DeviceException("opencl was requested but is not available: no OpenCL loader or no platform"
                    + " with a device");
        }
        try {
            return OpenClDevice.open(nameFilter);
        } catch (DeviceException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new DeviceException("opencl device could not be opened: " + e, e);
        }
    }

    private static String cudaUnavailableReason() {
        return "not available: " + CudaDevice.availability();
    }

    private static int parseAtLeast(String spec, String text, int minimum, String what) {
        try {
            int value = Integer.parseInt(text);
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("device spec '" + spec + "': " + what + " must be an integer >= "
                + minimum + ", got '" + text + "'");
    }
}
