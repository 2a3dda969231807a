package loglinear.jit.async;

import java.lang.reflect.Method;
import java.util.Arrays;

import loglinear.jit.KernelContext;

/** Kernels that use the asynchronous copies in ways the translator or the emulator must refuse. */
public final class AsyncCopyMisuseKernels {
    private AsyncCopyMisuseKernels() {
    }

    static Method method(String name) {
        return Arrays.stream(AsyncCopyMisuseKernels.class.getMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow();
    }

    public static void globalDestination(KernelContext ctx, float[] src, float[] dst) {
        ctx.asyncCopy(dst, ctx.localIdx, src, ctx.localIdx, 1);
        ctx.asyncCommit();
        ctx.asyncWait(0);
    }

    public static void localSource(KernelContext ctx, float[] src, float[] dst) {
        float[] a = ctx.allocateFloatLocalArray(64);
        float[] b = ctx.allocateFloatLocalArray(64);
        ctx.asyncCopy(a, ctx.localIdx, b, ctx.localIdx, 1);
        ctx.asyncCommit();
        ctx.asyncWait(0);
        dst[ctx.localIdx] = a[ctx.localIdx];
    }

    public static void variableWait(KernelContext ctx, float[] src, float[] dst, int pending) {
        float[] a = ctx.allocateFloatLocalArray(64);
        ctx.asyncCopy(a, ctx.localIdx, src, ctx.localIdx, 1);
        ctx.asyncCommit();
        ctx.asyncWait(pending);
        dst[ctx.localIdx] = a[ctx.localIdx];
    }

    public static void unalignedCopy(KernelContext ctx, float[] src, float[] dst) {
        float[] a = ctx.allocateFloatLocalArray(64);
        ctx.asyncCopy4(a, 4, src, 2, 4);
        ctx.asyncCommit();
        ctx.asyncWait(0);
        dst[ctx.localIdx] = a[ctx.localIdx];
    }

    public static void countTooLarge(KernelContext ctx, float[] src, float[] dst) {
        float[] a = ctx.allocateFloatLocalArray(64);
        ctx.asyncCopy4(a, 0, src, 0, 5);
        ctx.asyncCommit();
        ctx.asyncWait(0);
        dst[ctx.localIdx] = a[ctx.localIdx];
    }
}
