package loglinear.experiments;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where {@code forward} computes: the CPU forms, or the GPU kernels through one of the JIT's backends. */
public enum ComputeBackend {
    /** The reference module's CPU forms (any form). */
    CPU("cpu"),
    /** The GPU kernels run by the JIT's CPU emulator (slow; for debugging). */
    EMULATOR("emulator"),
    /** The GPU kernels on the first OpenCL device (GPUs first). */
    OPENCL("opencl"),
    /** The GPU kernels on CUDA device 0. */
    CUDA("cuda"),
    /** CUDA, else OpenCL, else the CPU; says which it chose and why the others were skipped. */
    AUTO("auto");

    private final String cliName;

    ComputeBackend(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static ComputeBackend fromCliName(String name) {
        for (ComputeBackend b : values()) {
            if (b.cliName.equalsIgnoreCase(name)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown --backend '" + name + "', expected one of "
                + Arrays.stream(values()).map(ComputeBackend::cliName).collect(Collectors.joining(", ")));
    }
}
