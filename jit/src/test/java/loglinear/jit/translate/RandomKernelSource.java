package loglinear.jit.translate;

import java.util.Random;

/**
 * Generates Java source for random kernels over ints, longs and floats: arithmetic, shifts, casts, comparisons,
 * ternaries, short-circuit conditions and small loops. Every operation is exact in IEEE arithmetic so device and
 * JVM results must agree bit for bit. Each kernel {@code kN} calls a helper {@code bodyN} the test also runs in Java.
 */
final class RandomKernelSource {
    private final Random rnd;
    private int depthBudget;

    RandomKernelSource(long seed) {
        this.rnd = new Random(seed);
    }

    /** A class {@code className} in package {@code generated} with {@code count} kernels. */
    String generate(String className, int count) {
        StringBuilder b = new StringBuilder();
        b.append("package generated;\nimport loglinear.jit.KernelContext;\npublic final class ").append(className)
                .append(" {\n");
        for (int k = 0; k < count; k++) {
            b.append("  public static void k").append(k).append("(KernelContext ctx, int[] xs, long[] us, float[] fs,")
                    .append(" int[] oi, long[] ol, float[] of) {\n")
                    .append("    int i = ctx.globalIdx;\n")
                    .append("    body").append(k).append("(xs[i], xs[i + 64], us[i], fs[i], fs[i + 64], oi, ol, of, i);\n")
                    .append("  }\n");
            b.append("  public static void body").append(k).append("(int x, int y, long u, float f, float g,")
                    .append(" int[] oi, long[] ol, float[] of, int i) {\n");
            b.append("    int acc = ").append(intExpr(3)).append(";\n");
            b.append("    float facc = ").append(floatExpr(3)).append(";\n");
            b.append("    for (int k = 0; k < (x & 3) + 1; k++) {\n");
            b.append("      acc += ").append(intExpr(2)).append(" ^ k;\n");
            b.append("      facc = facc * 0.5f + ").append(floatExpr(2)).append(";\n");
            b.append("      if (").append(cond(2)).append(") { acc -= k; } else { facc -= k; }\n");
            b.append("    }\n");
            b.append("    oi[i] = acc + ").append(intExpr(3)).append(";\n");
            b.append("    ol[i] = ").append(longExpr(3)).append(";\n");
            b.append("    of[i] = facc + ").append(floatExpr(3)).append(";\n");
            b.append("  }\n");
        }
        return b.append("}\n").toString();
    }

    private boolean leaf(int depth) {
        return depth <= 0 || rnd.nextInt(4) == 0;
    }

    String intExpr(int depth) {
        if (leaf(depth)) {
            return switch (rnd.nextInt(6)) {
                case 0 -> "x";
                case 1 -> "y";
                case 2 -> "(int) f";
                case 3 -> "(int) u";
                case 4 -> "(" + (rnd.nextInt(200) - 100) + ")";
                default -> rnd.nextBoolean() ? "Integer.MIN_VALUE" : "Integer.MAX_VALUE";
            };
        }
        String a = intExpr(depth - 1);
        String b = intExpr(depth - 1);
        return switch (rnd.nextInt(16)) {
            case 0 -> "(" + a + " + " + b + ")";
            case 1 -> "(" + a + " - " + b + ")";
            case 2 -> "(" + a + " * " + b + ")";
            case 3 -> "(" + a + " / (" + b + " | 1))";
            case 4 -> "(" + a + " % (" + b + " | 1))";
            case 5 -> "(" + a + " << " + b + ")";
            case 6 -> "(" + a + " >> " + b + ")";
            case 7 -> "(" + a + " >>> " + b + ")";
            case 8 -> "(" + a + " & " + b + " | " + a + " ^ " + b + ")";
            case 9 -> "(-(" + a + "))";
            case 10 -> "(" + cond(depth - 1) + " ? " + a + " : " + b + ")";
            case 11 -> "Math.min(" + a + ", " + b + ")";
            case 12 -> "(byte) " + a;
            case 13 -> "(short) (" + a + ")";
            case 14 -> "(char) (" + a + ")";
            default -> "(int) (" + floatExpr(depth - 1) + ")";
        };
    }

    String longExpr(int depth) {
        if (leaf(depth)) {
            return switch (rnd.nextInt(4)) {
                case 0 -> "u";
                case 1 -> "(long) x";
                case 2 -> "(long) f";
                default -> "(" + rnd.nextLong() + "L)";
            };
        }
        String a = longExpr(depth - 1);
        String b = longExpr(depth - 1);
        return switch (rnd.nextInt(9)) {
            case 0 -> "(" + a + " + " + b + ")";
            case 1 -> "(" + a + " * " + b + ")";
            case 2 -> "(" + a + " / (" + b + " | 1L))";
            case 3 -> "(" + a + " % (" + b + " | 1L))";
            case 4 -> "(" + a + " << " + intExpr(depth - 1) + ")";
            case 5 -> "(" + a + " >>> " + intExpr(depth - 1) + ")";
            case 6 -> "(" + cond(depth - 1) + " ? " + a + " : " + b + ")";
            case 7 -> "Math.max(" + a + ", " + b + ")";
            default -> "(long) (" + intExpr(depth - 1) + ")";
        };
    }

    String floatExpr(int depth) {
        if (leaf(depth)) {
            return switch (rnd.nextInt(6)) {
                case 0 -> "f";
                case 1 -> "g";
                case 2 -> "(float) x";
                case 3 -> "(float) u";
                case 4 -> "(" + (rnd.nextInt(2000) / 16f - 60f) + "f)";
                default -> rnd.nextBoolean() ? "Float.NaN" : "-0.0f";
            };
        }
        String a = floatExpr(depth - 1);
        String b = floatExpr(depth - 1);
        return switch (rnd.nextInt(10)) {
            case 0 -> "(" + a + " + " + b + ")";
            case 1 -> "(" + a + " - " + b + ")";
            case 2 -> "(" + a + " * " + b + ")";
            case 3 -> "(" + a + " / " + b + ")";
            case 4 -> "(" + a + " % " + b + ")";
            case 5 -> "(-(" + a + "))";
            case 6 -> "(" + cond(depth - 1) + " ? " + a + " : " + b + ")";
            case 7 -> "Math.max(" + a + ", " + b + ")";
            case 8 -> "Math.abs(" + a + ")";
            default -> "(float) (" + intExpr(depth - 1) + ")";
        };
    }

    String cond(int depth) {
        if (leaf(depth)) {
            return switch (rnd.nextInt(6)) {
                case 0 -> "x < y";
                case 1 -> "f < g";
                case 2 -> "f >= g";
                case 3 -> "u > (long) x";
                case 4 -> "f != f";
                default -> "x == (int) g";
            };
        }
        return switch (rnd.nextInt(6)) {
            case 0 -> "(" + cond(depth - 1) + " && " + cond(depth - 1) + ")";
            case 1 -> "(" + cond(depth - 1) + " || " + cond(depth - 1) + ")";
            case 2 -> "!(" + cond(depth - 1) + ")";
            case 3 -> "(" + floatExpr(depth - 1) + " <= " + floatExpr(depth - 1) + ")";
            case 4 -> "(" + intExpr(depth - 1) + " > " + intExpr(depth - 1) + ")";
            default -> "(" + floatExpr(depth - 1) + " > " + floatExpr(depth - 1) + ")";
        };
    }
}
