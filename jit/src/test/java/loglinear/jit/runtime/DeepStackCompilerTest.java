package loglinear.jit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import loglinear.jit.KernelCompileException;

/** Compiler calls run on large-stack threads: deep recursion that overflows a small caller stack completes. */
class DeepStackCompilerTest {
    /** Recursion depth that needs far more than the 512 KiB caller stack below (a few hundred bytes a frame). */
    private static final int DEPTH = 200_000;

    private static long depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void deepRecursionCompletesWhereTheCallersStackWouldOverflow() throws InterruptedException {
        AtomicReference<Object> direct = new AtomicReference<>();
        AtomicReference<Object> viaCompiler = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                direct.set(depth(DEPTH));
            } catch (StackOverflowError e) {
                direct.set(e);
            }
            viaCompiler.set(DeepStackCompiler.call(() -> depth(DEPTH)));
        }, "small-stack", 512L << 10);
        small.start();
        small.join();

        assertThat(direct.get()).as("the small stack alone overflows").isInstanceOf(StackOverflowError.class);
        assertThat(viaCompiler.get()).isEqualTo((long) DEPTH);
    }

    @Test
    void exceptionsReachTheCallerUnchanged() {
        KernelCompileException failure = new KernelCompileException("build failed: log");

        assertThatThrownBy(() -> DeepStackCompiler.call(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void callsFromACompilingThreadRunInPlace() {
        String outer = DeepStackCompiler.call(() -> DeepStackCompiler.call(() -> Thread.currentThread().getName()));

        assertThat(outer).startsWith("vendor-compile-");
    }
}
