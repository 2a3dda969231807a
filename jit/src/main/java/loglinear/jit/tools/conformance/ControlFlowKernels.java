package loglinear.jit.tools.conformance;

import static loglinear.jit.tools.conformance.Elementwise.SLOTS;

import java.util.List;

import loglinear.jit.KernelContext;
import loglinear.jit.tools.conformance.Elementwise.Wide;

/**
 * Elementwise kernels over control flow: loops of every form, break/continue, nested branches, ternaries whose
 * values stay on the operand stack across blocks, dense and sparse switches, thread-private arrays. All exact.
 */
public final class ControlFlowKernels {
    private ControlFlowKernels() {
    }

    public static List<ConformanceCase> cases() {
        Class<?> k = ControlFlowKernels.class;
        return List.of(
                Elementwise.exact("control.forLoops", k, "forLoops", Wide.LONG),
                Elementwise.exact("control.whileDoWhile", k, "whileDoWhile", Wide.LONG),
                Elementwise.exact("control.breakContinue", k, "breakContinue", Wide.LONG),
                Elementwise.exact("control.nestedBranches", k, "nestedBranches", Wide.DOUBLE),
                Elementwise.exact("control.ternaries", k, "ternaries", Wide.DOUBLE),
                Elementwise.exact("control.tableSwitch", k, "tableSwitch", Wide.LONG),
                Elementwise.exact("control.lookupSwitch", k, "lookupSwitch", Wide.LONG),
                Elementwise.exact("control.privateArrays", k, "privateArrays", Wide.DOUBLE));
    }

    /** Counted loops with data-dependent trip counts, int/float/long accumulators, a nested loop. */
    public static void forLoops(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        int o = i * SLOTS;
        int n = a & 15;
        int hash = 17;
        float sum = 0f;
        long product = 1;
        for (int k = 0; k < n; k++) {
            hash = hash * 31 + (b >>> k);
            sum += fa[i] * k;
            product *= (b | 1);
        }
        outI[o] = hash;
        outF[o] = sum;
        KernelIo.putLong(outI, o + 1, product);
        int triangle = 0;
        for (int r = 0; r < (b & 7); r++) {
            for (int q = 0; q <= r; q++) {
                triangle += q ^ r;
            }
        }
        outI[o + 3] = triangle;
        int down = 0;
        for (int k = 10; k > n; k -= 3) {
            down += k;
        }
        outI[o + 4] = down;
    }

    /** while and do-while loops with bounded data-dependent trip counts. */
    public static void whileDoWhile(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                    int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int o = i * SLOTS;
        int x = ia[i];
        int steps = 0;
        while (x != 1 && steps < 64) {
            x = (x & 1) == 0 ? x >>> 1 : 3 * x + 1;
            steps++;
        }
        outI[o] = steps;
        outI[o + 1] = x;
        int y = ib[i];
        int digits = 0;
        do {
            y /= 10;
            digits++;
        } while (y != 0);
        outI[o + 2] = digits;
        long w = KernelIo.wide(wa, i);
        int bits = 0;
        while (w != 0) {
            w &= w - 1;
            bits++;
        }
        outI[o + 3] = bits;
    }

    /** break and continue in single and nested (labelled) loops. */
    public static void breakContinue(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                     int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        int o = i * SLOTS;
        int firstSet = -1;
        for (int k = 0; k < 32; k++) {
            if (((a >>> k) & 1) != 0) {
                firstSet = k;
                break;
            }
        }
        outI[o] = firstSet;
        int oddSum = 0;
        for (int k = 0; k < 20; k++) {
            if ((k & 1) == 0) {
                continue;
            }
            oddSum += k * (b & 3);
        }
        outI[o + 1] = oddSum;
        int found = 0;
        outer:
        for (int r = 0; r < 8; r++) {
            for (int q = 0; q < 8; q++) {
                if (q > r) {
                    continue outer;
                }
                if (((a ^ b) >>> (r * 4 + q) & 1) != 0 && r + q > 6) {
                    found = r * 8 + q;
                    break outer;
                }
                found += 100;
            }
        }
        outI[o + 2] = found;
    }

    /** Nested if/else on ranges and on float classes (NaN, infinities, signed zero). */
    public static void nestedBranches(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                      int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        float f = fa[i];
        double d = KernelIo.wideDouble(wa, i);
        int o = i * SLOTS;
        int category;
        if (a > 0) {
            if (b > 0) {
                category = a > b ? 1 : 2;
            } else if (b == 0) {
                category = 3;
            } else {
                category = (a & 1) == 0 ? 4 : 5;
            }
        } else {
            if (a == Integer.MIN_VALUE) {
                category = 6;
            } else if (b < a) {
                category = 7;
            } else {
                category = 8;
            }
        }
        outI[o] = category;
        int floatClass;
        if (f != f) {
            floatClass = 0;
        } else if (f == Float.POSITIVE_INFINITY || f == Float.NEGATIVE_INFINITY) {
            floatClass = f > 0 ? 1 : 2;
        } else if (f == 0f) {
            floatClass = 1f / f > 0 ? 3 : 4;
        } else if (Math.abs(f) < Float.MIN_NORMAL) {
            floatClass = 5;
        } else {
            floatClass = 6;
        }
        outI[o + 1] = floatClass;
        int doubleClass = d != d ? 0 : d > 1e300 ? 1 : d < -1e300 ? 2 : d == 0 ? 3 : 4;
        outI[o + 2] = doubleClass;
    }

    /** Ternaries of every type, nested and inside expressions (values live on the stack across branches). */
    public static void ternaries(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                 int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        float f = fa[i];
        float g = fb[i];
        double x = KernelIo.wideDouble(wa, i);
        int o = i * SLOTS;
        outI[o] = a + (b > 0 ? a : b) * (a < b ? 3 : 5);
        outI[o + 1] = (a > 0 ? (b > 0 ? 1 : 2) : (b > 0 ? 3 : 4)) + (a == b ? 10 : 20);
        outF[o] = f > g ? f : g * 2f;
        outF[o + 1] = (f != f ? 1f : f) + (g < 0 ? -g : g);
        long l = a > b ? (long) a << 20 : (long) b * -7;
        KernelIo.putLong(outI, o + 2, l + (a < 0 ? 1L : 2L));
        KernelIo.putDouble(outD, 2 * o, x > 0 ? x * 2 : (x < 0 ? -x : 0.5));
        outI[o + 4] = Math.max(a > 0 ? a : -a, b < 0 ? b : a - b);
        boolean p = a > 0 && b < 0 || a == b;
        boolean q = f < g || !(g == g);
        outI[o + 5] = (p ? 1 : 0) | (q ? 2 : 0) | (p ^ q ? 4 : 0);
    }

    /** A dense switch (tableswitch) with fall-through and default. */
    public static void tableSwitch(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                   int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        int o = i * SLOTS;
        int r = 0;
        switch (a & 15) {
            case 0:
                r = 100;
                break;
            case 1:
                r = b;
                break;
            case 2:
                r += 5;
            case 3:
                r += 7;
                break;
            case 4:
            case 5:
                r = b * 3;
                break;
            case 6:
                r = -b;
                break;
            case 7:
                r = b >>> 3;
                break;
            case 8:
                r = a ^ b;
                break;
            case 9:
                r = 9;
                break;
            default:
                r = -1;
        }
        outI[o] = r;
        outI[o + 1] = switch (b % 5) {
            case -4, 4 -> 1;
            case -3, 3 -> 2;
            case -2 -> 3;
            case 0 -> 4;
            default -> 5;
        };
    }

    /** A sparse switch (lookupswitch) over edge values. */
    public static void lookupSwitch(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                    int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int o = i * SLOTS;
        int r;
        switch (a) {
            case Integer.MIN_VALUE -> r = 1;
            case -1_000_000_007 -> r = 2;
            case -33 -> r = 3;
            case 0 -> r = 4;
            case 32 -> r = 5;
            case 0x8000 -> r = 6;
            case 1_000_000_007 -> r = 7;
            case Integer.MAX_VALUE -> r = 8;
            default -> r = a > 0 ? 9 : 10;
        }
        outI[o] = r;
    }

    /** Thread-private constant-size arrays of every type, zero-initialised, filled and read in loops. */
    public static void privateArrays(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                     int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        float f = fa[i];
        double x = KernelIo.wideDouble(wa, i);
        int o = i * SLOTS;
        float[] acc = new float[16];
        int[] hist = new int[8];
        long[] powers = new long[4];
        double[] ds = new double[4];
        for (int k = 0; k < 16; k++) {
            acc[k] = f * k + acc[(k + 15) & 15];
            hist[(a >>> (2 * k)) & 7]++;
        }
        powers[0] = a;
        for (int k = 1; k < 4; k++) {
            powers[k] = powers[k - 1] * a;
        }
        for (int k = 0; k < 4; k++) {
            ds[k] = x * k + ds[(k + 3) & 3];
        }
        outF[o] = acc[15];
        outF[o + 1] = acc[7];
        for (int k = 0; k < 8; k++) {
            outI[o + k] = hist[k];
        }
        KernelIo.putLong(outI, o + 8, powers[3]);
        KernelIo.putDouble(outD, 2 * o, ds[3]);
        KernelIo.putDouble(outD, 2 * o + 2, ds[1]);
    }
}
