package loglinear.jit.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Random;

import loglinear.jit.KernelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random kernels compiled at run time: every one must translate for both dialects, and on the local OpenCL device
 * (PoCL; skipped without one) produce exactly the JVM's results.
 */
class RandomKernelTest {
    private static final int KERNELS = 6;
    private static final int ITEMS = 64;
    private static Optional<OpenClTestCompiler> openCl = Optional.empty();

    @BeforeAll
    static void open() {
        openCl = OpenClTestCompiler.open();
    }

    @AfterAll
    static void close() {
        openCl.ifPresent(OpenClTestCompiler::close);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11L, 12L, 13L})
    void randomKernelsMatchTheJvm(long seed) throws Throwable {
        String className = "generated.Random" + seed;
        String source = new RandomKernelSource(seed).generate(className.substring(10), KERNELS);
        Class<?> c = InMemoryCompiler.compile(className, source).loadClass(className);
        Random rnd = new Random(seed);
        int[] xs = new int[2 * ITEMS];
        long[] us = new long[ITEMS];
        float[] fs = new float[2 * ITEMS];
        int[] specialInts = {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 31, 32};
        float[] specialFloats = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, -1e10f, 0.5f, 3e9f};
        for (int i = 0; i < 2 * ITEMS; i++) {
            xs[i] = i % 5 == 0 ? specialInts[i % specialInts.length] : rnd.nextInt(2000) - 1000;
            fs[i] = i % 6 == 0 ? specialFloats[i % specialFloats.length] : (float) rnd.nextGaussian() * 50;
        }
        for (int i = 0; i < ITEMS; i++) {
            us[i] = i % 4 == 0 ? rnd.nextLong() : rnd.nextInt(100000);
        }
        for (int k = 0; k < KERNELS; k++) {
            Method kernel = c.getMethod("k" + k, KernelContext.class, int[].class, long[].class, float[].class,
                    int[].class, long[].class, float[].class);
            Method body = c.getMethod("body" + k, int.class, int.class, long.class, float.class, float.class,
                    int[].class, long[].class, float[].class, int.class);
            TranslatedKernel cuda = Translator.translate(kernel, Dialect.CUDA);
            assertThat(cuda.source()).contains("__global__");
            if (openCl.isEmpty()) {
                continue;
            }
            int[] expectedI = new int[ITEMS];
            long[] expectedL = new long[ITEMS];
            float[] expectedF = new float[ITEMS];
            for (int i = 0; i < ITEMS; i++) {
                body.invoke(null, xs[i], xs[i + ITEMS], us[i], fs[i], fs[i + ITEMS], expectedI, expectedL,
                        expectedF, i);
            }
            int[] oi = new int[ITEMS];
            long[] ol = new long[ITEMS];
            float[] of = new float[ITEMS];
            TranslatedKernel cl = Translator.translate(kernel, Dialect.OPENCL);
            openCl.get().run(cl.source(), cl.entryName(), ITEMS, 1, xs, us, fs, oi, ol, of);
            String context = "kernel k" + k + " of seed " + seed + "\n" + source;
            assertThat(oi).as(context).isEqualTo(expectedI);
            assertThat(ol).as(context).isEqualTo(expectedL);
            for (int i = 0; i < ITEMS; i++) {
                assertThat(Float.floatToIntBits(of[i])).as(context + "\nitem " + i)
                        .isEqualTo(Float.floatToIntBits(expectedF[i]));
            }
        }
        assumeTrue(openCl.isPresent(), "no OpenCL runtime: translated only");
    }
}
