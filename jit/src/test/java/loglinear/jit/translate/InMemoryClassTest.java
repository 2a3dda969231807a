package loglinear.jit.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import loglinear.jit.KernelContext;
import org.junit.jupiter.api.Test;

/** Kernels compiled at run time and served by their own class loader translate (helpers resolve through it). */
class InMemoryClassTest {
    private static final String SOURCE = """
            package generated;
            import loglinear.jit.KernelContext;
            public final class RandomKernel {
                public static void run(KernelContext ctx, float[] x, int n) {
                    int i = ctx.globalIdx;
                    if (i < n) {
                        x[i] = Helper.twice(x[i]) + (float) Math.exp(x[i]);
                    }
                }
            }
            final class Helper {
                static float twice(float v) {
                    return v * 2f;
                }
            }
            """;

    @Test
    void translatesKernelsFromARuntimeClassLoader() throws Exception {
        ClassLoader loader = InMemoryCompiler.compile("generated.RandomKernel", SOURCE);
        Class<?> kernelClass = loader.loadClass("generated.RandomKernel");
        Method run = kernelClass.getMethod("run", KernelContext.class, float[].class, int.class);
        for (Dialect dialect : Dialect.values()) {
            TranslatedKernel k = Translator.translate(run, dialect);
            assertThat(k.entryName()).isEqualTo("RandomKernel_run");
            assertThat(k.source()).contains("h_Helper_twice(", "/* RandomKernel.java:");
        }
    }

    @Test
    void concurrentCallsShareOneTranslation() throws Exception {
        Method m = TranslatorAcceptsTest.kernel("privateTile");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TranslatedKernel>> results = pool.invokeAll(java.util.Collections.nCopies(8,
                    () -> Translator.translate(m, Dialect.CUDA)));
            TranslatedKernel first = results.getFirst().get();
            for (Future<TranslatedKernel> r : results) {
                assertThat(r.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
