package loglinear.jit.translate;

/** The C dialects the translator emits. */
public enum Dialect {
    /** CUDA C for NVRTC: one {@code extern "C" __global__} function. */
    CUDA,
    /** OpenCL C 1.2+: one {@code __kernel} function, {@code __global} parameters, {@code __local} arrays. */
    OPENCL
}
