package loglinear.jit;

/** Where kernels run. {@link #AUTO} picks the first available of CUDA, OpenCL, emulator and says which. */
public enum Backend {
    EMULATOR("emulator"),
    OPENCL("opencl"),
    CUDA("cuda"),
    AUTO("auto");

    private final String cliName;

    Backend(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Backend fromCliName(String name) {
        for (Backend b : values()) {
            if (b.cliName.equalsIgnoreCase(name)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown backend '" + name + "', expected one of emulator, opencl, cuda, auto");
    }
}
