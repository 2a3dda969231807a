package loglinear.jit.pairs;

import java.lang.reflect.Method;
import java.util.Arrays;

import loglinear.jit.KernelContext;

/** Kernels that use {@code loadFloatPair}/{@code storeFloatPair} in ways the translator or the emulator must refuse. */
public final class FloatPairMisuseKernels {
    private FloatPairMisuseKernels() {
    }

    static Method method(String name) {
        return Arrays.stream(FloatPairMisuseKernels.class.getMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow();
    }

    public static void oddStore(KernelContext ctx, float[] src, float[] dst) {
        ctx.storeFloatPair(dst, 2 * ctx.localIdx + 1, 1f, 2f);
    }

    public static void oddLoad(KernelContext ctx, float[] src, float[] dst) {
        float[] pair = new float[2];
        ctx.loadFloatPair(src, 2 * ctx.localIdx + 1, pair, 0);
        dst[ctx.localIdx] = pair[0];
    }

    public static void privateStore(KernelContext ctx, float[] src, float[] dst) {
        float[] pair = new float[2];
        ctx.storeFloatPair(pair, 0, 1f, 2f);
        dst[ctx.localIdx] = pair[1];
    }

    public static void privateLoad(KernelContext ctx, float[] src, float[] dst) {
        float[] pair = new float[2];
        float[] copy = new float[2];
        pair[0] = src[ctx.localIdx];
        ctx.loadFloatPair(pair, 0, copy, 0);
        dst[ctx.localIdx] = copy[0];
    }
}
