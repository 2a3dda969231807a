package loglinear.jit.runtime;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Kernels compiled by one device, one per Java method; the first request compiles, later ones are served. */
public final class KernelCache<H> {
    private final Map<Method, CompiledKernel<H>> compiled = new HashMap<>();

    /** The cached kernel for {@code method} (compileMillis 0), or the result of {@code compile} stored for later. */
    public CompiledKernel<H> get(Method method, Function<Method, CompiledKernel<H>> compile) {
        CompiledKernel<H> cached = compiled.get(method);
        if (cached != null) {
            return cached.fromCache();
        }
        CompiledKernel<H> fresh = compile.apply(method);
        compiled.put(method, fresh);
        return fresh;
    }

    /**
     * Removes the cached kernel for {@code method} if its native state is {@code handle} (a kernel handed out earlier
     * and now released by its device). Returns whether it was cached.
     */
    public boolean remove(Method method, H handle) {
        CompiledKernel<H> cached = compiled.get(method);
        if (cached != null && cached.handle() == handle) {
            compiled.remove(method);
            return true;
        }
        return false;
    }

    /** Number of cached kernels. */
    public int size() {
        return compiled.size();
    }

    /** Every cached kernel's native state (for release when the device closes); empties the cache. */
    public List<H> drain() {
        List<H> handles = new ArrayList<>();
        for (CompiledKernel<H> k : compiled.values()) {
            handles.add(k.handle());
        }
        compiled.clear();
        return handles;
    }
}
