package loglinear.jit.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import loglinear.jit.KernelCompileException;
import loglinear.jit.KernelContext;
import loglinear.jit.LaunchBounds;

/** {@code @LaunchBounds} becomes CUDA's {@code __launch_bounds__}; OpenCL ignores it; bad values are refused. */
class LaunchBoundsTest {
    @LaunchBounds(maxThreads = 256, minGroupsPerMultiprocessor = 2)
    public static void bounded(KernelContext ctx, float[] x) {
        x[ctx.globalIdx] = 1f;
    }

    @LaunchBounds(maxThreads = 0)
    public static void badBounds(KernelContext ctx, float[] x) {
        x[ctx.globalIdx] = 1f;
    }

    private static Method method(String name) {
        return Arrays.stream(LaunchBoundsTest.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void cudaSourceCarriesTheBounds() {
        assertThat(Translator.translate(method("bounded"), Dialect.CUDA).source())
                .contains("__global__ void __launch_bounds__(256, 2) ");
    }

    @Test
    void openClSourceIgnoresThem() {
        assertThat(Translator.translate(method("bounded"), Dialect.OPENCL).source()).doesNotContain("launch_bounds");
    }

    @Test
    void nonPositiveBoundsAreRefused() {
        assertThatThrownBy(() -> Translator.translate(method("badBounds"), Dialect.CUDA))
                .isInstanceOf(KernelCompileException.class)
                .hasMessageContaining("badBounds")
                .hasMessageContaining("maxThreads >= 1");
    }
}
