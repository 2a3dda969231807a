package loglinear.jit.runtime;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs vendor compiler calls (NVRTC, clBuildProgram) on threads with a large stack. The vendor compilers recurse
 * once per nesting level of an expression; a deeply nested kernel overflows the 1 to 8 MiB stack of an ordinary Java
 * thread inside native code, which the JVM cannot turn into an exception: the process dies with SIGSEGV. The caller
 * blocks until the call returns, so a device driven by one thread still sees one call at a time.
 */
public final class DeepStackCompiler {
    /** Stack of each compiling thread; reserved address space, committed only as far as a compile recurses. */
    public static final long STACK_BYTES = 512L << 20;

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(null, task, "vendor-compile-" + THREADS.incrementAndGet(), STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    private DeepStackCompiler() {
    }

    /**
     * The result of {@code compile}, computed on a large-stack thread (directly when the calling thread is one).
     * Runtime exceptions and errors of {@code compile} are rethrown as they are.
     */
    public static <T> T call(Supplier<T> compile) {
        Objects.requireNonNull(compile, "compile");
        if (Thread.currentThread().getName().startsWith("vendor-compile-")) {
            return compile.get();
        }
        Future<T> result = POOL.submit(compile::get);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    // The native call cannot be abandoned half-way: wait for it, then restore the interrupt.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("vendor compile failed", cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
