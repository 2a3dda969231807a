package loglinear.jit.tools.conformance;

import static loglinear.jit.tools.conformance.Elementwise.SLOTS;

import java.util.List;

import loglinear.jit.KernelContext;
import loglinear.jit.tools.conformance.Elementwise.Wide;

/**
 * Elementwise kernels over int, long, float and double arithmetic, bit operations, shifts and comparisons (see
 * {@link Elementwise} for the shared signature). Every result must match Java bit for bit.
 */
public final class ArithmeticKernels {
    private ArithmeticKernels() {
    }

    public static List<ConformanceCase> cases() {
        Class<?> k = ArithmeticKernels.class;
        return List.of(
                Elementwise.exact("int.addSubMulNeg", k, "intAddSubMulNeg", Wide.LONG),
                Elementwise.exact("int.divRem", k, "intDivRem", Wide.LONG),
                Elementwise.exact("int.bitOps", k, "intBitOps", Wide.LONG),
                Elementwise.exact("int.shifts", k, "intShifts", Wide.LONG),
                Elementwise.exact("int.compares", k, "intCompares", Wide.LONG),
                Elementwise.exact("int.overflow", k, "intOverflow", Wide.LONG),
                Elementwise.exact("long.arith", k, "longArith", Wide.LONG),
                Elementwise.exact("long.bitsShifts", k, "longBitsShifts", Wide.LONG),
                Elementwise.exact("long.compares", k, "longCompares", Wide.LONG),
                Elementwise.exact("float.arith", k, "floatArith", Wide.DOUBLE),
                Elementwise.exact("float.noContraction", k, "floatNoContraction", Wide.DOUBLE),
                Elementwise.exact("float.compares", k, "floatCompares", Wide.DOUBLE),
                Elementwise.exact("double.arith", k, "doubleArith", Wide.DOUBLE),
                Elementwise.exact("double.compares", k, "doubleCompares", Wide.DOUBLE));
    }

    /** a + b, a - b, a * b, -a and additions that wrap past MAX/MIN. */
    public static void intAddSubMulNeg(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                       int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        int o = i * SLOTS;
        outI[o] = a + b;
        outI[o + 1] = a - b;
        outI[o + 2] = a * b;
        outI[o + 3] = -a;
        outI[o + 4] = a + Integer.MAX_VALUE;
        outI[o + 5] = b - Integer.MIN_VALUE;
        outI[o + 6] = a * 65537 + b * -3;
        outI[o + 7] = -(a - b) * (a + b);
    }

    /** Truncating division and remainder; divisors made non-zero by construction; MIN_VALUE / -1 wraps. */
    public static void intDivRem(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                 int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        int o = i * SLOTS;
        int d = b == 0 ? 1 : b;
        int minusOne = (a & 0) - 1;
        outI[o] = a / d;
        outI[o + 1] = a % d;
        outI[o + 2] = Integer.MIN_VALUE / minusOne;
        outI[o + 3] = Integer.MIN_VALUE % minusOne;
        outI[o + 4] = a / 7;
        outI[o + 5] = a % -7;
        outI[o + 6] = a / (b | 1);
        outI[o + 7] = b % (a | 1);
        outI[o + 8] = a / minusOne;
        outI[o + 9] = a / 16;
        outI[o + 10] = a % 16;
    }

    /** and, or, xor, not and their mixtures. */
    public static void intBitOps(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                 int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        int o = i * SLOTS;
        outI[o] = a & b;
        outI[o + 1] = a | b;
        outI[o + 2] = a ^ b;
        outI[o + 3] = ~a;
        outI[o + 4] = a & ~b;
        outI[o + 5] = (a | b) ^ (a & b);
        outI[o + 6] = ~(a ^ 0x5a5a5a5a);
    }

    /** Shifts by any count (negative and past 31 are masked to the low 5 bits), arithmetic vs logical right. */
    public static void intShifts(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                 int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        int o = i * SLOTS;
        outI[o] = a << b;
        outI[o + 1] = a >> b;
        outI[o + 2] = a >>> b;
        outI[o + 3] = a << 33;
        outI[o + 4] = a >> -1;
        outI[o + 5] = a >>> 32;
        outI[o + 6] = 1 << b;
        outI[o + 7] = -1 >>> b;
        outI[o + 8] = Integer.MIN_VALUE >> b;
        outI[o + 9] = a << (b & 7) >>> (b >> 3);
    }

    /** Comparisons turned into ints through branches and ternaries. */
    public static void intCompares(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                   int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        int o = i * SLOTS;
        outI[o] = a < b ? 1 : 0;
        outI[o + 1] = a <= b ? 1 : 0;
        outI[o + 2] = a > b ? 1 : 0;
        outI[o + 3] = a >= b ? 1 : 0;
        outI[o + 4] = a == b ? 1 : 0;
        outI[o + 5] = a != b ? 1 : 0;
        outI[o + 6] = a < 0 ? -1 : a == 0 ? 0 : 1;
        outI[o + 7] = (a ^ Integer.MIN_VALUE) < (b ^ Integer.MIN_VALUE) ? 1 : 0;
        outI[o + 8] = a > 0 && b > 0 || a == b ? 1 : 0;
    }

    /** Overflow wraps: increments, loop accumulation past MAX_VALUE, char arithmetic. */
    public static void intOverflow(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                   int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        int a = ia[i];
        int b = ib[i];
        int o = i * SLOTS;
        int x = a;
        for (int k = 0; k < 5; k++) {
            x += Integer.MAX_VALUE / 2;
        }
        outI[o] = x;
        int y = a;
        y++;
        outI[o + 1] = y;
        y -= 100_000;
        outI[o + 2] = y;
        outI[o + 3] = a * a * a;
        char ch = (char) a;
        ch += (char) b;
        outI[o + 4] = ch;
        short s = (short) a;
        s *= 3;
        outI[o + 5] = s;
        outI[o + 6] = Integer.MAX_VALUE * b;
    }

    /** Long + - * / % and negation; divisors non-zero by construction; MIN_VALUE / -1 wraps. */
    public static void longArith(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                 int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        long a = KernelIo.wide(wa, i);
        long b = KernelIo.wide(wb, i);
        int o = i * SLOTS;
        long d = b == 0 ? 1 : b;
        long minusOne = (a & 0) - 1;
        KernelIo.putLong(outI, o, a + b);
        KernelIo.putLong(outI, o + 2, a - b);
        KernelIo.putLong(outI, o + 4, a * b);
        KernelIo.putLong(outI, o + 6, -a);
        KernelIo.putLong(outI, o + 8, a / d);
        KernelIo.putLong(outI, o + 10, a % d);
        KernelIo.putLong(outI, o + 12, Long.MIN_VALUE / minusOne);
        KernelIo.putLong(outI, o + 14, Long.MIN_VALUE % minusOne + a / 1_000_003L);
    }

    /** Long and/or/xor/not and shifts by int counts (masked to 6 bits). */
    public static void longBitsShifts(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                      int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        long a = KernelIo.wide(wa, i);
        long b = KernelIo.wide(wb, i);
        int s = ib[i];
        int o = i * SLOTS;
        KernelIo.putLong(outI, o, a & b);
        KernelIo.putLong(outI, o + 2, a | b);
        KernelIo.putLong(outI, o + 4, a ^ ~b);
        KernelIo.putLong(outI, o + 6, a << s);
        KernelIo.putLong(outI, o + 8, a >> s);
        KernelIo.putLong(outI, o + 10, a >>> s);
        KernelIo.putLong(outI, o + 12, a << 65);
        KernelIo.putLong(outI, o + 14, (a >>> (int) b) + (1L << s));
    }

    /** lcmp-based comparisons, unsigned comparison by bias, mixing with ints. */
    public static void longCompares(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                    int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        long a = KernelIo.wide(wa, i);
        long b = KernelIo.wide(wb, i);
        int o = i * SLOTS;
        outI[o] = a < b ? 1 : 0;
        outI[o + 1] = a <= b ? 1 : 0;
        outI[o + 2] = a > b ? 1 : 0;
        outI[o + 3] = a >= b ? 1 : 0;
        outI[o + 4] = a == b ? 1 : 0;
        outI[o + 5] = a != b ? 1 : 0;
        outI[o + 6] = a < b ? -1 : a == b ? 0 : 1;
        outI[o + 7] = (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE) ? 1 : 0;
        outI[o + 8] = (int) a;
        outI[o + 9] = (int) (a >> 32);
        KernelIo.putLong(outI, o + 10, a + ia[i]);
        KernelIo.putLong(outI, o + 12, (long) ib[i] * ia[i]);
    }

    /** Float + - * / % and negation: IEEE correctly rounded on every backend, so exact. */
    public static void floatArith(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                  int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        float b = fb[i];
        int o = i * SLOTS;
        outF[o] = a + b;
        outF[o + 1] = a - b;
        outF[o + 2] = a * b;
        outF[o + 3] = a / b;
        outF[o + 4] = -a;
        outF[o + 5] = a % b;
        outF[o + 6] = 1f / a;
        outF[o + 7] = a * 0.1f;
        outF[o + 8] = a + 0f;
        outF[o + 9] = 0f - a;
    }

    /** a * b + c must round twice (Java never fuses); a fused result differs in the last bits. */
    public static void floatNoContraction(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                          int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        float b = fb[i];
        int o = i * SLOTS;
        outF[o] = a * b + a;
        outF[o + 1] = a * a - b * b;
        outF[o + 2] = a * 0.1f + b;
        double x = KernelIo.wideDouble(wa, i);
        double y = KernelIo.wideDouble(wb, i);
        KernelIo.putDouble(outD, 2 * o, x * y + x);
        KernelIo.putDouble(outD, 2 * o + 2, x * x - y * y);
    }

    /** Float comparisons: every ordered comparison with NaN is false, != is true. */
    public static void floatCompares(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                     int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        float a = fa[i];
        float b = fb[i];
        int o = i * SLOTS;
        outI[o] = a < b ? 1 : 0;
        outI[o + 1] = a <= b ? 1 : 0;
        outI[o + 2] = a > b ? 1 : 0;
        outI[o + 3] = a >= b ? 1 : 0;
        outI[o + 4] = a == b ? 1 : 0;
        outI[o + 5] = a != b ? 1 : 0;
        outI[o + 6] = !(a < b) ? 1 : 0;
        outI[o + 7] = a != a ? 1 : 0;
        outI[o + 8] = a < b ? -1 : a > b ? 1 : 0;
        if (a >= 0f) {
            outI[o + 9] = 1;
        } else if (a < 0f) {
            outI[o + 9] = 2;
        } else {
            outI[o + 9] = 3;
        }
    }

    /** Double + - * / % and negation, exact. */
    public static void doubleArith(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa, int[] wb,
                                   int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        double a = KernelIo.wideDouble(wa, i);
        double b = KernelIo.wideDouble(wb, i);
        int o = 2 * i * SLOTS;
        KernelIo.putDouble(outD, o, a + b);
        KernelIo.putDouble(outD, o + 2, a - b);
        KernelIo.putDouble(outD, o + 4, a * b);
        KernelIo.putDouble(outD, o + 6, a / b);
        KernelIo.putDouble(outD, o + 8, -a);
        KernelIo.putDouble(outD, o + 10, a % b);
        KernelIo.putDouble(outD, o + 12, 1.0 / a);
        KernelIo.putDouble(outD, o + 14, a * 0.1);
    }

    /** Double comparisons, NaN rules as for float. */
    public static void doubleCompares(KernelContext c, int[] ia, int[] ib, float[] fa, float[] fb, int[] wa,
                                      int[] wb, int[] outI, float[] outF, int[] outD) {
        int i = c.globalIdx;
        double a = KernelIo.wideDouble(wa, i);
        double b = KernelIo.wideDouble(wb, i);
        int o = i * SLOTS;
        outI[o] = a < b ? 1 : 0;
        outI[o + 1] = a <= b ? 1 : 0;
        outI[o + 2] = a > b ? 1 : 0;
        outI[o + 3] = a >= b ? 1 : 0;
        outI[o + 4] = a == b ? 1 : 0;
        outI[o + 5] = a != b ? 1 : 0;
        outI[o + 6] = !(a > b) ? 1 : 0;
        outI[o + 7] = a != a ? 1 : 0;
        outI[o + 8] = a < b ? -1 : a > b ? 1 : 0;
    }
}
