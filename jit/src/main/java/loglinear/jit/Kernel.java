package loglinear.jit;

import java.lang.reflect.Method;

/** A kernel compiled for one device (compiled once per method, backend and device, then cached). */
public interface Kernel {
    /** The Java method this kernel was compiled from. */
    Method method();

    /** The generated source (CUDA C or OpenCL C); empty for the emulator. */
    String source();

    /** Milliseconds spent translating and compiling (0 when it came from the cache). */
    double compileMillis();
}
