package loglinear.jit.mma;

import java.lang.reflect.Method;
import java.util.Arrays;

import loglinear.jit.KernelContext;

/** Kernels that call {@code mmaAccumulate} in ways the translator must refuse. */
public final class MmaMisuseKernels {
    private MmaMisuseKernels() {
    }

    static Method method(String name) {
        return Arrays.stream(MmaMisuseKernels.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    public static void variableTiles(KernelContext ctx, float[] a, float[] c, int tiles) {
        float[] acc = new float[16];
        ctx.mmaAccumulate(acc, tiles, a, 0, 8, 1, a, 0, 8, 1, 8);
        c[ctx.globalIdx] = acc[0];
    }

    public static void sharedAccumulator(KernelContext ctx, float[] a, float[] c) {
        float[] acc = ctx.allocateFloatLocalArray(16);
        ctx.mmaAccumulate(acc, 4, a, 0, 8, 1, a, 0, 8, 1, 8);
        c[ctx.globalIdx] = acc[0];
    }

    public static void oddDepth(KernelContext ctx, float[] a, float[] c) {
        float[] acc = new float[16];
        ctx.mmaAccumulate(acc, 4, a, 0, 8, 1, a, 0, 8, 1, 12);
        c[ctx.globalIdx] = acc[0];
    }

    public static void shortAccumulator(KernelContext ctx, float[] a, float[] c) {
        float[] acc = new float[8];
        ctx.mmaAccumulate(acc, 4, a, 0, 8, 1, a, 0, 8, 1, 8);
        c[ctx.globalIdx] = acc[0];
    }

    public static void tooManyTiles(KernelContext ctx, float[] a, float[] c) {
        float[] acc = new float[36];
        ctx.mmaAccumulate(acc, 9, a, 0, 8, 1, a, 0, 1, 1, 8);
        c[ctx.globalIdx] = acc[0];
    }

    public static void negativeBoundedDepth(KernelContext ctx, float[] a, float[] c) {
        float[] acc = new float[16];
        int depth = -3 * (ctx.globalIdx + 1);
        ctx.mmaAccumulate(acc, 4, a, 0, 8, 1, 16, a, 0, 8, 1, 32, depth);
        c[ctx.globalIdx] = acc[0];
    }
}
