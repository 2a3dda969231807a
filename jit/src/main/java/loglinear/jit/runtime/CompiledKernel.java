package loglinear.jit.runtime;

import java.lang.reflect.Method;

import loglinear.jit.Kernel;
import loglinear.jit.translate.TranslatedKernel;

/**
 * A kernel compiled by one device: the translation, the backend's native handle state {@code H} and the time the
 * compilation took. The same native state backs the instance handed out on a cache hit, which reports 0 ms.
 */
public record CompiledKernel<H>(TranslatedKernel translation, KernelParameters parameters, H handle,
                                double compileMillis) implements Kernel {
    @Override
    public Method method() {
        return translation.method();
    }

    @Override
    public String source() {
        return translation.source();
    }

    /** The same kernel as served from the cache: compileMillis 0. */
    public CompiledKernel<H> fromCache() {
        return new CompiledKernel<>(translation, parameters, handle, 0.0);
    }
}
