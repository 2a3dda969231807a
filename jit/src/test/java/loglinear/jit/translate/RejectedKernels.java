package loglinear.jit.translate;

import loglinear.jit.KernelContext;

/**
 * Kernels using constructs outside the supported subset. The comment {@code // rejected: <method>} marks the line
 * whose number the error message must name.
 */
public final class RejectedKernels {
    static int mutable = 3;
    static final float[] TABLE = {1f, 2f};

    private RejectedKernels() {
    }

    public static void allocatesObject(KernelContext ctx, float[] out) {
        Object o = new Object(); // rejected: allocatesObject
        out[0] = o.hashCode();
    }

    public static void callsVirtual(KernelContext ctx, float[] out) {
        out[0] = out.clone()[0]; // rejected: callsVirtual
    }

    public static void usesLambda(KernelContext ctx, float[] out) {
        Runnable r = () -> { }; // rejected: usesLambda
        out[0] = 1f;
    }

    public static void throwsException(KernelContext ctx, float[] out, int n) {
        if (n < 0) {
            throw new IllegalStateException(); // rejected: throwsException
        }
        out[0] = n;
    }

    public static void catchesException(KernelContext ctx, float[] out, int n) {
        try {
            out[0] = 1f / n;
        } catch (RuntimeException e) { // rejected: catchesException
            out[0] = 0f;
        }
    }

    public static void synchronizes(KernelContext ctx, float[] out) {
        synchronized (out) { // rejected: synchronizes
            out[0] = 1f;
        }
    }

    public static void recursive(KernelContext ctx, int[] out, int n) {
        out[0] = factorial(n);
    }

    private static int factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1); // rejected: recursive
    }

    public static void mutuallyRecursive(KernelContext ctx, int[] out, int n) {
        out[0] = even(n) ? 1 : 0;
    }

    private static boolean even(int n) {
        return n == 0 || odd(n - 1);
    }

    private static boolean odd(int n) {
        return n != 0 && even(n - 1); // rejected: mutuallyRecursive
    }

    public static void variableLocalArray(KernelContext ctx, float[] out, int n) {
        float[] tile = ctx.allocateFloatLocalArray(n); // rejected: variableLocalArray
        out[0] = tile[0];
    }

    public static void variablePrivateArray(KernelContext ctx, float[] out, int n) {
        float[] tmp = new float[n]; // rejected: variablePrivateArray
        out[0] = tmp[0];
    }

    public static void writesStatic(KernelContext ctx, float[] out) {
        mutable = 4; // rejected: writesStatic
        out[0] = 1f;
    }

    public static void readsMutableStatic(KernelContext ctx, int[] out) {
        out[0] = mutable; // rejected: readsMutableStatic
    }

    public static void readsStaticArray(KernelContext ctx, float[] out) {
        out[0] = TABLE[1]; // rejected: readsStaticArray
    }

    public static void parameterLength(KernelContext ctx, float[] out) {
        out[0] = out.length; // rejected: parameterLength
    }

    public static void byteArray(KernelContext ctx, float[] out) {
        byte[] b = new byte[4]; // rejected: byteArray
        out[0] = b[0];
    }

    public static void localArrayInHelper(KernelContext ctx, float[] out) {
        out[0] = allocateInHelper(ctx);
    }

    private static float allocateInHelper(KernelContext ctx) {
        float[] t = ctx.allocateFloatLocalArray(16); // rejected: localArrayInHelper
        return t[0];
    }

    public static void mixedSpaces(KernelContext ctx, float[] out, int n) {
        float[] tile = ctx.allocateFloatLocalArray(32);
        float[] chosen = n > 0 ? tile : out; // rejected: mixedSpaces
        chosen[0] = 1f;
    }

    public static void stringParameter(KernelContext ctx, String s) {
    }

    public static int returnsValue(KernelContext ctx) {
        return 0;
    }

    public void instanceKernel(KernelContext ctx) {
    }

    public static void noContext(float[] out) {
    }
}
