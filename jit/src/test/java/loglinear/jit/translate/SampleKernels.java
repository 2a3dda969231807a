package loglinear.jit.translate;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;

/** Kernels covering the supported subset; the translator must accept each and vendor compilers must build it. */
public final class SampleKernels {
    static final int TILE = 16;
    static final float NOT_FOLDED = computeScale();

    private SampleKernels() {
    }

    private static float computeScale() {
        return 0.125f;
    }

    public static void vectorAdd(KernelContext ctx, float[] a, float[] b, float[] c, int n) {
        int i = ctx.globalIdx;
        if (i < n) {
            c[i] = a[i] + b[i];
        }
    }

    public static void integerSemantics(KernelContext ctx, int[] in, long[] longs, int[] out) {
        int i = ctx.globalIdx;
        int a = in[2 * i];
        int b = in[2 * i + 1];
        long x = longs[i];
        int r = a + b * 31 - (a / (b | 1)) + a % 7;
        r ^= (a << b) | (a >> (b & 7)) | (a >>> 3);
        long y = x * 0x9E3779B97F4A7C15L + (x >>> 17) - (x >> b) + (x << 5) + x / 3 - x % 5;
        r += (int) y + (int) (y >>> 32);
        r += (byte) a + (short) b + (char) a;
        r += a < b ? 1 : -1;
        r += x < 0 ? 2 : 0;
        switch (a & 7) {
            case 0 -> r += 11;
            case 1 -> r -= 3;
            case 5 -> r *= 2;
            default -> r = ~r;
        }
        switch (b) {
            case -100 -> r += 1;
            case 1000 -> r += 2;
            case 123456 -> r += 3;
            default -> { }
        }
        r += Math.abs(a) + Math.min(a, b) + Math.max(a, b) + Integer.numberOfLeadingZeros(a)
                + Integer.numberOfTrailingZeros(b) + Integer.bitCount(a) + Long.numberOfLeadingZeros(x)
                + Long.numberOfTrailingZeros(x) + Long.bitCount(x);
        out[i] = r + Integer.MIN_VALUE / (b == 0 ? -1 : b);
    }

    public static void floatSemantics(KernelContext ctx, float[] in, int[] out, float[] fout) {
        int i = ctx.globalIdx;
        float a = in[2 * i];
        float b = in[2 * i + 1];
        int flags = 0;
        if (a < b) {
            flags |= 1;
        }
        if (a <= b) {
            flags |= 2;
        }
        if (a > b) {
            flags |= 4;
        }
        if (a >= b) {
            flags |= 8;
        }
        if (a == b) {
            flags |= 16;
        }
        if (a != b) {
            flags |= 32;
        }
        if (Float.isNaN(a)) {
            flags |= 64;
        }
        flags += (int) a * 128 + (int) (long) b;
        out[i] = flags + Float.floatToRawIntBits(a) + Float.floatToIntBits(b) + Math.round(a);
        float nan = Float.NaN;
        float inf = Float.POSITIVE_INFINITY;
        float m = Math.max(a, b) + Math.min(a, -0.0f) + Math.abs(b) + a % b + Float.intBitsToFloat(0x3f800000)
                + Float.MIN_VALUE + (a > 0 ? nan : inf) + 1.0e-3f;
        fout[i] = m + Math.signum(b) + Math.fma(a, b, m);
    }

    public static void floatMath(KernelContext ctx, float[] x, float[] y) {
        int i = ctx.globalIdx;
        float v = x[i];
        float r = (float) Math.exp(v) + (float) Math.log(v + 1f) + (float) Math.sqrt(v * v) + (float) Math.tanh(v)
                + (float) Math.pow(v, 1.5f) + (float) Math.sin(v) + (float) Math.cos(v) + (float) Math.abs(v);
        r += KernelMath.exp(v) + KernelMath.rsqrt(v) + KernelMath.fma(v, v, r) + KernelMath.max(v, 0f)
                + KernelMath.min(v, 1f) + KernelMath.log1p(v) + KernelMath.expm1(v) + KernelMath.pow(v, 2f);
        y[i] = r;
    }

    public static void doubleMath(KernelContext ctx, double[] x, double[] y, long[] bits) {
        int i = ctx.globalIdx;
        double v = x[i];
        double r = Math.exp(v) + Math.log(v) * Math.sqrt(v) + Math.max(v, 0.5) + Math.min(v, -0.0) + v % 3.0;
        if (r > v || Double.isNaN(r)) {
            r = -r;
        }
        y[i] = r + (float) v;
        bits[i] = Double.doubleToRawLongBits(r) + (long) r + (int) v + Math.round(v);
    }

    public static void localReduction(KernelContext ctx, float[] in, float[] out, int n) {
        float[] tile = ctx.allocateFloatLocalArray(256);
        int[] counts = ctx.allocateIntLocalArray(TILE);
        int lid = ctx.localIdx;
        int gid = ctx.globalIdx;
        tile[lid] = gid < n ? in[gid] : 0f;
        if (lid < TILE) {
            counts[lid] = 0;
        }
        ctx.localBarrier();
        for (int stride = ctx.localGroupSizeX / 2; stride > 0; stride >>= 1) {
            if (lid < stride) {
                tile[lid] += tile[lid + stride];
            }
            ctx.localBarrier();
        }
        ctx.atomicAdd(counts, lid % TILE, 1);
        ctx.localBarrier();
        if (lid == 0) {
            out[ctx.groupIdx] = tile[0] + counts[0] + tile.length;
        }
    }

    public static void subGroups(KernelContext ctx, float[] x, int[] ix, float[] out, int[] iout) {
        int i = ctx.globalIdx;
        float v = x[i];
        int w = ix[i];
        float s = ctx.subGroupReduceAdd(v);
        int t = ctx.subGroupReduceAdd(w);
        float p = ctx.shuffleXor(v, 1) + ctx.shuffleDown(v, 2);
        int q = ctx.shuffleXor(w, 3) + ctx.shuffleDown(w, 1);
        out[i] = s + p + ctx.laneId() + ctx.localLinearId();
        iout[i] = t + q;
    }

    public static void atomics(KernelContext ctx, int[] counters, float[] sums, float[] x) {
        float[] localSums = ctx.allocateFloatLocalArray(32);
        int lid = ctx.localIdx;
        if (lid < 32) {
            localSums[lid] = 0f;
        }
        ctx.localBarrier();
        int old = ctx.atomicAdd(counters, 0, 1);
        float prev = ctx.atomicAdd(sums, lid % 4, x[ctx.globalIdx]);
        ctx.atomicAdd(localSums, lid % 32, 1.5f);
        ctx.localBarrier();
        if (lid < 32) {
            sums[4 + lid] = localSums[lid] + old + prev;
        }
    }

    /** A register-blocked 8x8 micro-tile: the private accumulator should live in registers. */
    public static void privateTile(KernelContext ctx, float[] a, float[] b, float[] c, int n) {
        float[] acc = new float[64];
        float[] aCol = new float[8];
        float[] bRow = new float[8];
        int row0 = ctx.globalIdy * 8;
        int col0 = ctx.globalIdx * 8;
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < 8; i++) {
                aCol[i] = a[(row0 + i) * n + k];
                bRow[i] = b[k * n + col0 + i];
            }
            for (int i = 0; i < 8; i++) {
                for (int j = 0; j < 8; j++) {
                    acc[i * 8 + j] += aCol[i] * bRow[j];
                }
            }
        }
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                c[(row0 + i) * n + col0 + j] = acc[i * 8 + j];
            }
        }
    }

    public static void helpers(KernelContext ctx, float[] x, float[] out) {
        float[] tile = ctx.allocateFloatLocalArray(64);
        int lid = ctx.localIdx;
        tile[lid % 64] = x[ctx.globalIdx];
        ctx.localBarrier();
        float g = sumRange(x, ctx.globalIdx, 4);
        float l = sumRange(tile, 0, 8);
        out[ctx.globalIdx] = g + l + Helpers.scaled(g, NOT_FOLDED) + laneSum(ctx, g) + twice(lid);
    }

    private static float sumRange(float[] v, int start, int count) {
        float s = 0f;
        for (int i = 0; i < count; i++) {
            s += v[start + i];
        }
        return s;
    }

    private static float laneSum(KernelContext ctx, float v) {
        return ctx.subGroupReduceAdd(v) + ctx.localIdx;
    }

    private static int twice(int v) {
        return Helpers.add(v, v);
    }

    public static void shortsAndTernaries(KernelContext ctx, short[] s, float[] f, int[] out) {
        int i = ctx.globalIdx;
        int v = s[i];
        s[i] = (short) (v * 3);
        float x = f[i];
        float y = x > 0 ? x * 2 : (x < -1 ? -x : 0.5f);
        long z = i > 3 ? (long) v << 33 : -1L;
        double d = y > 1 ? 2.0 : 3.0;
        out[i] = (int) (y + z + d) + (v > 0 && x < 0 || v < -3 ? 1 : 0);
    }

    /** Values duplicated across the stack: array compound assignments and chained assignments. */
    public static void stackShapes(KernelContext ctx, long[] l, double[] d, int[] a) {
        int i = ctx.globalIdx;
        l[i] += 5;
        d[i] *= 2;
        a[i]++;
        int x;
        int y = x = a[i] * 2;
        long p;
        long q = p = l[i] + 1;
        a[i] = x + y + (int) (p + q);
        l[i] = l[i]++ + --l[i];
    }

    /** Helper functions in another class. */
    static final class Helpers {
        private Helpers() {
        }

        static float scaled(float v, float s) {
            return v * s;
        }

        static int add(int a, int b) {
            return a + b;
        }
    }

    public static void threeDimensions(KernelContext ctx, int[] out) {
        int i = ctx.globalIdx + ctx.globalIdy * ctx.globalGroupSizeX
                + ctx.globalIdz * ctx.globalGroupSizeX * ctx.globalGroupSizeY;
        out[i] = ctx.localIdx + ctx.localIdy + ctx.localIdz + ctx.groupIdx + ctx.groupIdy + ctx.groupIdz
                + ctx.localGroupSizeX + ctx.localGroupSizeY + ctx.localGroupSizeZ + ctx.globalGroupSizeZ
                + tileSize() + localIndexOf(ctx);
    }

    private static int tileSize() {
        return TILE;
    }

    /** A helper that takes the context but uses no sub-group operations. */
    private static int localIndexOf(KernelContext ctx) {
        return ctx.localIdx + ctx.localGroupSizeX * ctx.localIdy;
    }
}
