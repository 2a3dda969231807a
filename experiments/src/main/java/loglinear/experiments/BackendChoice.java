package loglinear.experiments;

import java.util.ArrayList;
import java.util.List;
import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.reference.ChunkConfig;

/**
 * Opens what {@code --backend} names. An explicit GPU backend either opens or fails with the driver's reason; only
 * {@code auto} moves on, and its {@link #report} says what it chose and why the others were skipped.
 *
 * @param runner the forward implementation
 * @param device the open device, or null for the CPU
 * @param report one line: the backend used, and for auto the reasons others were skipped
 */
public record BackendChoice(ForwardRunner runner, Device device, String report) implements AutoCloseable {

    public static BackendChoice open(ComputeBackend backend, Form form, ChunkConfig chunkConfig) {
        if (backend != ComputeBackend.CPU && backend != ComputeBackend.AUTO && form != Form.CHUNKED) {
            throw new IllegalArgumentException("--backend " + backend.cliName() + " runs the chunked form only, got --form "
                    + form.cliName() + " (use --backend cpu for the " + form.cliName() + " form)");
        }
        return switch (backend) {
            case CPU -> cpu(form, chunkConfig, "backend: cpu");
            case EMULATOR, OPENCL, CUDA -> gpu(Devices.open(backend.cliName()), "backend: " + backend.cliName());
            case AUTO -> auto(form, chunkConfig);
        };
    }

    private static BackendChoice auto(Form form, ChunkConfig chunkConfig) {
        List<String> skipped = new ArrayList<>();
        if (form == Form.CHUNKED) {
            for (String spec : new String[] {"cuda", "opencl"}) {
                try {
                    Device device = Devices.open(spec);
                    return gpu(device, "backend: auto chose " + spec + " (" + device.name() + ")"
                            + (skipped.isEmpty() ? "" : "; skipped " + String.join("; ", skipped)));
                } catch (RuntimeException e) {
                    skipped.add(spec + ": " + e.getMessage());
                }
            }
        } else {
            skipped.add("GPU backends: the " + form.cliName() + " form runs on the CPU only");
        }
        return cpu(form, chunkConfig, "backend: auto chose cpu; skipped " + String.join("; ", skipped));
    }

    private static BackendChoice cpu(Form form, ChunkConfig chunkConfig, String report) {
        return new BackendChoice(new CpuForwardRunner(form, chunkConfig), null, report);
    }

    private static BackendChoice gpu(Device device, String report) {
        return new BackendChoice(new GpuForwardRunner(device), device,
                report + " [" + device.name() + ", driver " + device.driverVersion() + "]");
    }

    @Override
    public void close() {
        if (device != null) {
            device.close();
        }
    }
}
