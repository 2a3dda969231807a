package loglinear.jit.translate;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;

/**
 * Kernels whose per-item work is a static method the test can also call on the JVM, so device results can be
 * compared bit for bit with Java's.
 */
public final class SemanticsKernels {
    static final int INT_RESULTS = 24;
    static final int LONG_RESULTS = 16;
    static final int FLOAT_RESULTS = 16;
    static final int FLOAT_INT_RESULTS = 16;
    static final int DOUBLE_RESULTS = 8;

    private SemanticsKernels() {
    }

    public static void ints(KernelContext ctx, int[] a, int[] b, int[] out, int n) {
        int i = ctx.globalIdx;
        if (i < n) {
            intResults(a[i], b[i], out, i * INT_RESULTS);
        }
    }

    static void intResults(int x, int y, int[] out, int o) {
        out[o] = x + y;
        out[o + 1] = x - y;
        out[o + 2] = x * y;
        out[o + 3] = y == 0 ? 0 : x / y;
        out[o + 4] = y == 0 ? 0 : x % y;
        out[o + 5] = x << y;
        out[o + 6] = x >> y;
        out[o + 7] = x >>> y;
        out[o + 8] = (byte) x;
        out[o + 9] = (short) x;
        out[o + 10] = (char) x;
        out[o + 11] = Math.abs(x);
        out[o + 12] = Integer.numberOfLeadingZeros(x);
        out[o + 13] = Integer.numberOfTrailingZeros(x);
        out[o + 14] = Integer.bitCount(x);
        out[o + 15] = Math.min(x, y) ^ Math.max(x, y) * 3;
        out[o + 16] = (x < y ? 1 : 0) | (x <= y ? 2 : 0) | (x > y ? 4 : 0) | (x >= y ? 8 : 0) | (x == y ? 16 : 0);
        out[o + 17] = -x;
        out[o + 18] = (int) (float) x == x ? 1 : 0;
        out[o + 19] = (int) ((long) x * y >>> 16);
        out[o + 20] = (x & y | ~x ^ y) + (y == 0 ? 0 : Math.floorDiv(x, y) * 7 + Math.floorMod(x, y));
        int s = 0;
        switch (x & 3) {
            case 0 -> s = 10;
            case 1 -> s = 20;
            case 2 -> s = 30;
            default -> s = 40;
        }
        out[o + 21] = s;
        out[o + 22] = Float.floatToRawIntBits((float) x);
        out[o + 23] = Float.floatToRawIntBits((float) (x * 0.5));
    }

    public static void longs(KernelContext ctx, long[] a, long[] b, long[] out, int n) {
        int i = ctx.globalIdx;
        if (i < n) {
            longResults(a[i], b[i], out, i * LONG_RESULTS);
        }
    }

    static void longResults(long x, long y, long[] out, int o) {
        out[o] = x + y;
        out[o + 1] = x - y;
        out[o + 2] = x * y;
        out[o + 3] = y == 0 ? 0 : x / y;
        out[o + 4] = y == 0 ? 0 : x % y;
        out[o + 5] = x << y;
        out[o + 6] = x >> y;
        out[o + 7] = x >>> y;
        out[o + 8] = (int) x;
        out[o + 9] = Math.abs(x);
        out[o + 10] = Long.numberOfLeadingZeros(x) + 100L * Long.numberOfTrailingZeros(x) + 10000L * Long.bitCount(x);
        out[o + 11] = Long.compare(x, y) + (x < y ? 10 : 0) + (x > y ? 100 : 0);
        out[o + 12] = (Math.min(x, y) ^ Math.max(x, y)) + (y == 0 ? 0 : Math.floorDiv(x, y) * 7 + Math.floorMod(x, y));
        out[o + 13] = -x;
        out[o + 14] = Double.doubleToRawLongBits((double) x);
        out[o + 15] = Float.floatToRawIntBits((float) x);
    }

    public static void floats(KernelContext ctx, float[] a, float[] b, float[] out, int[] iout, long[] lout,
                              int n) {
        int i = ctx.globalIdx;
        if (i < n) {
            floatResults(a[i], b[i], out, i * FLOAT_RESULTS, iout, lout, i * FLOAT_INT_RESULTS);
        }
    }

    static void floatResults(float x, float y, float[] out, int o, int[] iout, long[] lout, int io) {
        out[o] = x + y;
        out[o + 1] = x - y;
        out[o + 2] = x * y;
        out[o + 3] = x / y;
        out[o + 4] = x % y;
        out[o + 5] = -x;
        out[o + 6] = Math.min(x, y);
        out[o + 7] = Math.max(x, y);
        out[o + 8] = Math.abs(x);
        out[o + 9] = Math.signum(x);
        out[o + 10] = Math.fma(x, y, 1.0f);
        out[o + 11] = x > y ? x : y;
        out[o + 12] = (float) (double) x;
        out[o + 13] = (float) ((double) x * y);
        out[o + 14] = KernelMath.min(x, -0.0f) + KernelMath.max(y, 0.0f);
        out[o + 15] = (float) Math.sqrt(Math.abs(x));
        iout[io] = (int) x;
        iout[io + 1] = (x < y ? 1 : 0) | (x <= y ? 2 : 0) | (x > y ? 4 : 0) | (x >= y ? 8 : 0) | (x == y ? 16 : 0)
                | (x != y ? 32 : 0) | (!(x < y) ? 64 : 0) | (!(x >= y) ? 128 : 0);
        iout[io + 2] = Float.floatToIntBits(x);
        iout[io + 3] = Float.floatToRawIntBits(y);
        iout[io + 4] = Math.round(x);
        iout[io + 5] = Float.isNaN(x) ? 1 : 0;
        iout[io + 6] = Float.isInfinite(x) ? 1 : 0;
        iout[io + 7] = (short) (int) y;
        iout[io + 8] = Float.compare(x, y) == 0 ? 0 : 1;
        iout[io + 9] = x < 0 || y < 0 ? 1 : 0;
        lout[io] = (long) x;
        lout[io + 1] = (long) y;
        lout[io + 2] = Double.doubleToLongBits(x);
    }

    public static void doubles(KernelContext ctx, double[] a, double[] b, double[] out, long[] lout, int n) {
        int i = ctx.globalIdx;
        if (i < n) {
            doubleResults(a[i], b[i], out, lout, i * DOUBLE_RESULTS);
        }
    }

    static void doubleResults(double x, double y, double[] out, long[] lout, int o) {
        out[o] = x + y;
        out[o + 1] = x * y - x / y;
        out[o + 2] = x % y;
        out[o + 3] = Math.min(x, y);
        out[o + 4] = Math.max(x, y);
        out[o + 5] = Math.fma(x, y, -x);
        out[o + 6] = Math.sqrt(Math.abs(x));
        out[o + 7] = (float) x;
        lout[o] = (long) x;
        lout[o + 1] = (int) y;
        lout[o + 2] = Math.round(x);
        lout[o + 3] = (x < y ? 1 : 0) | (x <= y ? 2 : 0) | (x > y ? 4 : 0) | (x >= y ? 8 : 0) | (x == y ? 16 : 0);
        lout[o + 4] = Double.doubleToLongBits(y);
        lout[o + 5] = (long) (float) y;
        lout[o + 6] = Double.isNaN(x) ? 1 : 0;
        lout[o + 7] = (char) (long) x;
    }

    /** Division by zero cannot trap on a GPU: the translator defines the result as 0. */
    public static void divideByZero(KernelContext ctx, int[] a, long[] l) {
        int zero = a[1];
        a[0] = a[0] / zero;
        a[2] = a[2] % zero;
        long lzero = l[1];
        l[0] = l[0] / lzero;
        l[2] = l[2] % lzero;
    }

    /** Private arrays are zero-filled on every allocation; local arrays and barriers order a group's writes. */
    public static void arrays(KernelContext ctx, float[] out, short[] shorts) {
        float[] acc = new float[8];
        float[] shared = ctx.allocateFloatLocalArray(64);
        int lid = ctx.localIdx;
        int gid = ctx.globalIdx;
        for (int k = 0; k < 8; k++) {
            acc[k] += gid * k;
        }
        shared[lid] = acc[7];
        ctx.localBarrier();
        out[gid] = shared[(lid + 1) % ctx.localGroupSizeX] + acc.length;
        shorts[gid] = (short) (shorts[gid] * 1000);
    }

    /** Sub-group operations; on OpenCL they run through work-group scratch memory. */
    public static void subGroups(KernelContext ctx, int[] in, float[] fin, int[] out, float[] fout, int[] counter) {
        int gid = ctx.globalIdx;
        int v = in[gid];
        float f = fin[gid];
        out[gid * 4] = ctx.subGroupReduceAdd(v);
        out[gid * 4 + 1] = ctx.shuffleXor(v, 5);
        out[gid * 4 + 2] = ctx.shuffleDown(v, 3);
        out[gid * 4 + 3] = ctx.laneId() + 100 * ctx.localLinearId();
        fout[gid * 3] = ctx.subGroupReduceAdd(f);
        fout[gid * 3 + 1] = ctx.shuffleXor(f, 16);
        fout[gid * 3 + 2] = ctx.shuffleDown(f, 31);
        ctx.atomicAdd(counter, 0, v);
        ctx.atomicAdd(fin, 0, 0.0f);
    }

    /** Operand-stack shuffles (dup_x1, dup2_x2, ...) from compound assignments and increments in expressions. */
    public static void stacks(KernelContext ctx, long[] l, double[] d, int[] a, float[] f) {
        stackResults(l, d, a, f, ctx.globalIdx);
    }

    static void stackResults(long[] l, double[] d, int[] a, float[] f, int i) {
        l[i] += 5;
        d[i] *= 2;
        a[i]++;
        int x;
        int y = x = a[i] * 2;
        long p;
        long q = p = l[i] + 1;
        a[i] = x + y + (int) (p + q);
        l[i] = l[i]++ + --l[i];
        d[i] = d[i]-- * ++d[i] + (d[i] = 3.0);
        f[i] = f[i]++ + (f[i] += 2f) + a[i]--;
        long[] arr = l;
        int j = i;
        arr[j] = (arr[j] = 7L) + arr[j]++;
    }
}
