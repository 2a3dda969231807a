package loglinear.jit.translate;

import java.lang.reflect.Method;
import java.util.List;

/**
 * The output of translating one kernel method: the entry point's name in {@code source}, and the parameter list
 * after the context (in order: an array parameter is a device pointer; a scalar is passed by value).
 *
 * @param method     the Java kernel method
 * @param dialect    CUDA or OpenCL
 * @param entryName  the generated function's name (a valid C identifier)
 * @param source     the complete translation unit
 * @param parameters the kernel's parameter types after the {@code KernelContext}, e.g. {@code float[].class, int.class}
 * @param localMemoryBytes bytes of work-group local memory the kernel allocates. On CUDA the local arrays are carved
 *                   out of one {@code extern __shared__} block, so the runtime passes this as the launch's dynamic
 *                   shared memory (raising the function's limit past 48 KiB when needed); on OpenCL they are
 *                   {@code __local} arrays declared in the kernel and this is informational.
 */
public record TranslatedKernel(Method method, Dialect dialect, String entryName, String source,
                               List<Class<?>> parameters, long localMemoryBytes) {
}
