package loglinear.jit.tools.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random kernel bodies as Java source: random expression trees over int/long/float/double locals and inputs
 * (arithmetic, bit operations, shifts, comparisons, conversions, ternaries, Math.min/max/abs, sqrt), nested if/else,
 * bounded for/while loops with accumulators, small switches and a thread-private array indexed by masked data.
 * Every body is a static method {@code (int g, int[] ii, float[] ff, int[] out, int base)} that a kernel entry calls with its work-item id
 * {@code g}: it reads {@value #INT_INPUTS} ints and {@value #FLOAT_INPUTS} floats at {@code g * width} and writes
 * {@value #OUTPUTS} ints at {@code base + g * OUTPUTS}. {@link #entry} writes the kernel that calls several bodies,
 * each with its own output region, so one device compilation covers several random bodies.
 *
 * <p>Only operations that are exact in Java and on the devices are used, so results are compared bit for bit:
 * integer division and remainder divide by {@code (d | 1)} (never zero), float and double results leave the
 * kernel as their raw bits with every NaN canonicalised inside the kernel (NaN payloads are not portable), and no
 * function with a loose ulp bound (exp, log, pow, tanh) appears.
 */
public final class KernelGenerator {
    public static final int INT_INPUTS = 8;
    public static final int FLOAT_INPUTS = 8;
    public static final int OUTPUTS = 8;

    private static final int MAX_DEPTH = 4;
    private static final int MAX_BLOCK_DEPTH = 3;

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private final List<List<Variable>> scopes = new ArrayList<>();
    private int indent;
    private int nextName;
    private int blockDepth;

    private record Variable(String name, FuzzType type) {
    }

    /** Thread-private arrays of {@value #PRIVATE_LENGTH} elements declared at the top of the body. */
    private final List<Variable> privateArrays = new ArrayList<>();
    private static final int PRIVATE_LENGTH = 8;

    /** A generated method (a random body or a kernel entry): its name and its complete source. */
    public record GeneratedKernel(String methodName, String source) {
    }

    public KernelGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The kernel entry {@code (KernelContext c, int[] ii, float[] ff, int[] out)} calling {@code bodies} in order, the
     * k-th writing at {@code k * regionInts}.
     */
    public static GeneratedKernel entry(String entryName, List<String> bodies, int regionInts) {
        StringBuilder text = new StringBuilder();
        text.append("    public static void ").append(entryName)
                .append("(KernelContext c, int[] ii, float[] ff, int[] out) {\n");
        text.append("        int g = c.globalIdx;\n");
        for (int k = 0; k < bodies.size(); k++) {
            text.append("        ").append(bodies.get(k)).append("(g, ii, ff, out, ").append(k * regionInts)
                    .append(");\n");
        }
        text.append("    }\n");
        return new GeneratedKernel(entryName, text.toString());
    }

    /** One random kernel body method named {@code methodName}. */
    public GeneratedKernel kernel(String methodName) {
        out.setLength(0);
        scopes.clear();
        nextName = 0;
        blockDepth = 0;
        indent = 1;
        line("static void " + methodName + "(int g, int[] ii, float[] ff, int[] out, int base) {");
        indent++;
        pushScope();
        line("int ib = g * " + INT_INPUTS + ";");
        line("int fb = g * " + FLOAT_INPUTS + ";");
        line("int ob = base + g * " + OUTPUTS + ";");
        // Step: seed locals of every type from the inputs.
        for (FuzzType type : FuzzType.values()) {
            int count = 1 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
                declare(type, inputRead(type));
            }
        }
        // Step: sometimes a zero-initialised thread-private array, indexed by masked data.
        privateArrays.clear();
        if (random.nextBoolean()) {
            FuzzType type = randomType();
            String name = "p" + nextName++;
            line(type.javaName + "[] " + name + " = new " + type.javaName + "[" + PRIVATE_LENGTH + "];");
            privateArrays.add(new Variable(name, type));
        }
        int statements = 3 + random.nextInt(8);
        for (int s = 0; s < statements; s++) {
            statement();
        }
        for (Variable array : privateArrays) {
            declare(array.type(), array.name() + "[" + random.nextInt(PRIVATE_LENGTH) + "]");
        }
        // Step: write OUTPUTS ints from the live locals (64-bit values take two slots).
        List<Variable> live = visible();
        int slot = 0;
        for (int k = 0; slot < OUTPUTS && k < 2 * OUTPUTS; k++) {
            Variable v = live.get(random.nextInt(live.size()));
            slot = writeOutput(v, slot);
        }
        popScope();
        indent--;
        line("}");
        return new GeneratedKernel(methodName, out.toString());
    }

    private int writeOutput(Variable v, int slot) {
        switch (v.type()) {
            case INT -> line("out[ob + " + slot++ + "] = " + v.name() + ";");
            case FLOAT -> line("out[ob + " + slot++ + "] = " + v.name() + " != " + v.name() + " ? 0x7fc00000 : "
                    + "Float.floatToRawIntBits(" + v.name() + ");");
            case LONG, DOUBLE -> {
                if (slot + 1 >= OUTPUTS) {
                    line("out[ob + " + slot++ + "] = (int) (" + bitsOf(v) + " >>> 17);");
                } else {
                    String bits = "w" + nextName++;
                    line("long " + bits + " = " + bitsOf(v) + ";");
                    line("out[ob + " + slot++ + "] = (int) " + bits + ";");
                    line("out[ob + " + slot++ + "] = (int) (" + bits + " >>> 32);");
                }
            }
        }
        return slot;
    }

    private static String bitsOf(Variable v) {
        return v.type() == FuzzType.LONG ? v.name()
                : "(" + v.name() + " != " + v.name() + " ? 0x7ff8000000000000L : Double.doubleToRawLongBits("
                + v.name() + "))";
    }

    // ---- statements

    private void statement() {
        if (!privateArrays.isEmpty() && random.nextInt(6) == 0) {
            Variable array = privateArrays.get(random.nextInt(privateArrays.size()));
            line(array.name() + "[" + intOperand() + " & " + (PRIVATE_LENGTH - 1) + "] = "
                    + expression(array.type(), 1) + ";");
            return;
        }
        int choice = random.nextInt(blockDepth >= MAX_BLOCK_DEPTH ? 4 : 9);
        switch (choice) {
            case 0, 1 -> {
                FuzzType type = randomType();
                declare(type, expression(type, 0));
            }
            case 2 -> assign();
            case 3 -> compoundAssign();
            case 4, 5 -> ifElse();
            case 6 -> forLoop();
            case 7 -> whileLoop();
            default -> switchStatement();
        }
    }

    private void declare(FuzzType type, String init) {
        String name = "v" + nextName++;
        line(type.javaName + " " + name + " = " + init + ";");
        scopes.getLast().add(new Variable(name, type));
    }

    private void assign() {
        Variable v = pickAssignable(randomType());
        if (v == null) {
            return;
        }
        line(v.name() + " = " + expression(v.type(), 0) + ";");
    }

    private void compoundAssign() {
        Variable v = pickAssignable(randomType());
        if (v == null) {
            return;
        }
        String[] ops = v.type().integral() ? new String[] {"+=", "-=", "*=", "^=", "|=", "&="}
                : new String[] {"+=", "-=", "*="};
        line(v.name() + " " + ops[random.nextInt(ops.length)] + " " + expression(v.type(), 1) + ";");
    }

    private void ifElse() {
        line("if (" + condition(0) + ") {");
        block(1 + random.nextInt(3));
        if (random.nextBoolean()) {
            line("} else {");
            block(1 + random.nextInt(3));
        }
        line("}");
    }

    private void forLoop() {
        Variable acc = pickAssignable(randomType());
        if (acc == null) {
            return;
        }
        String j = "j" + nextName++;
        String bound = random.nextBoolean() ? Integer.toString(1 + random.nextInt(8))
                : "(" + intOperand() + " & 7)";
        line("for (int " + j + " = 0; " + j + " < " + bound + "; " + j + "++) {");
        blockDepth++;
        indent++;
        pushScope();
        scopes.getLast().add(new Variable(j, FuzzType.INT));
        String op = acc.type().integral() ? (random.nextBoolean() ? "+=" : "^=") : "+=";
        line(acc.name() + " " + op + " " + expression(acc.type(), 1) + ";");
        if (random.nextInt(3) == 0) {
            line("if (" + condition(2) + ") {");
            indent++;
            line(random.nextBoolean() ? "break;" : "continue;");
            indent--;
            line("}");
        }
        for (int s = random.nextInt(2); s > 0; s--) {
            statement();
        }
        popScope();
        indent--;
        blockDepth--;
        line("}");
    }

    private void whileLoop() {
        String counter = "w" + nextName++;
        line("int " + counter + " = 0;");
        line("while (" + counter + " < (" + intOperand() + " & 3)) {");
        blockDepth++;
        indent++;
        pushScope();
        line(counter + "++;");
        for (int s = 1 + random.nextInt(2); s > 0; s--) {
            statement();
        }
        popScope();
        indent--;
        blockDepth--;
        line("}");
    }

    private void switchStatement() {
        Variable target = pickAssignable(randomType());
        if (target == null) {
            return;
        }
        boolean dense = random.nextBoolean();
        line("switch (" + (dense ? "(" + intOperand() + " & 7)" : intOperand()) + ") {");
        indent++;
        int cases = 1 + random.nextInt(4);
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int k = 0; k < cases; k++) {
            int label = dense ? random.nextInt(8) : intConstantValue();
            if (!used.add(label)) {
                continue;
            }
            line("case " + intLiteral(label) + ":");
            indent++;
            line(target.name() + " = " + expression(target.type(), 2) + ";");
            if (random.nextInt(4) != 0) {
                line("break;");
            }
            indent--;
        }
        line("default:");
        indent++;
        line(target.name() + " = " + expression(target.type(), 2) + ";");
        indent--;
        indent--;
        line("}");
    }

    private void block(int statements) {
        blockDepth++;
        indent++;
        pushScope();
        for (int s = 0; s < statements; s++) {
            statement();
        }
        popScope();
        indent--;
        blockDepth--;
    }

    // ---- expressions

    private String expression(FuzzType type, int depth) {
        if (depth >= MAX_DEPTH || random.nextInt(4) == 0) {
            return leaf(type);
        }
        int d = depth + 1;
        return switch (type) {
            case INT -> intExpression(d);
            case LONG -> longExpression(d);
            case FLOAT -> floatExpression(d);
            case DOUBLE -> doubleExpression(d);
        };
    }

    private String intExpression(int d) {
        return switch (random.nextInt(13)) {
            case 0 -> binary(FuzzType.INT, d, "+", "-", "*");
            case 1 -> binary(FuzzType.INT, d, "&", "|", "^");
            case 2 -> "(" + expression(FuzzType.INT, d) + " " + pickOf("/", "%") + " (" + expression(FuzzType.INT, d)
                    + " | 1))";
            case 3 -> "(" + expression(FuzzType.INT, d) + " " + pickOf("<<", ">>", ">>>") + " "
                    + expression(FuzzType.INT, d) + ")";
            case 4 -> "(" + pickOf("-", "~") + expression(FuzzType.INT, d) + ")";
            case 5 -> "((int) " + expression(pickOf(FuzzType.LONG, FuzzType.FLOAT, FuzzType.DOUBLE), d) + ")";
            case 6 -> "(" + pickOf("(short) ", "(byte) ", "(char) ") + expression(FuzzType.INT, d) + ")";
            case 7 -> "Math." + pickOf("min", "max") + "(" + expression(FuzzType.INT, d) + ", "
                    + expression(FuzzType.INT, d) + ")";
            case 8 -> "Math.abs(" + expression(FuzzType.INT, d) + ")";
            case 9 -> ternary(FuzzType.INT, d);
            case 10 -> "(" + condition(d) + " ? 1 : 0)";
            case 11 -> "Integer." + pickOf("bitCount", "numberOfLeadingZeros", "numberOfTrailingZeros") + "("
                    + expression(FuzzType.INT, d) + ")";
            default -> binary(FuzzType.INT, d, "+", "*");
        };
    }

    private String longExpression(int d) {
        return switch (random.nextInt(10)) {
            case 0 -> binary(FuzzType.LONG, d, "+", "-", "*");
            case 1 -> binary(FuzzType.LONG, d, "&", "|", "^");
            case 2 -> "(" + expression(FuzzType.LONG, d) + " " + pickOf("/", "%") + " ("
                    + expression(FuzzType.LONG, d) + " | 1L))";
            case 3 -> "(" + expression(FuzzType.LONG, d) + " " + pickOf("<<", ">>", ">>>") + " "
                    + expression(FuzzType.INT, d) + ")";
            case 4 -> "(" + pickOf("-", "~") + expression(FuzzType.LONG, d) + ")";
            case 5 -> "((long) " + expression(pickOf(FuzzType.INT, FuzzType.FLOAT, FuzzType.DOUBLE), d) + ")";
            case 6 -> "Math." + pickOf("min", "max") + "(" + expression(FuzzType.LONG, d) + ", "
                    + expression(FuzzType.LONG, d) + ")";
            case 7 -> "Math.abs(" + expression(FuzzType.LONG, d) + ")";
            case 8 -> ternary(FuzzType.LONG, d);
            default -> "((long) " + expression(FuzzType.INT, d) + " * " + expression(FuzzType.INT, d) + ")";
        };
    }

    private String floatExpression(int d) {
        return switch (random.nextInt(9)) {
            case 0, 1 -> binary(FuzzType.FLOAT, d, "+", "-", "*", "/");
            case 2 -> "(" + expression(FuzzType.FLOAT, d) + " % " + expression(FuzzType.FLOAT, d) + ")";
            case 3 -> "(-" + expression(FuzzType.FLOAT, d) + ")";
            case 4 -> "((float) " + expression(pickOf(FuzzType.INT, FuzzType.LONG, FuzzType.DOUBLE), d) + ")";
            case 5 -> "Math." + pickOf("min", "max") + "(" + expression(FuzzType.FLOAT, d) + ", "
                    + expression(FuzzType.FLOAT, d) + ")";
            case 6 -> "Math.abs(" + expression(FuzzType.FLOAT, d) + ")";
            case 7 -> "((float) Math.sqrt(" + expression(FuzzType.FLOAT, d) + "))";
            default -> ternary(FuzzType.FLOAT, d);
        };
    }

    private String doubleExpression(int d) {
        return switch (random.nextInt(9)) {
            case 0, 1 -> binary(FuzzType.DOUBLE, d, "+", "-", "*", "/");
            case 2 -> "(" + expression(FuzzType.DOUBLE, d) + " % " + expression(FuzzType.DOUBLE, d) + ")";
            case 3 -> "(-" + expression(FuzzType.DOUBLE, d) + ")";
            case 4 -> "((double) " + expression(pickOf(FuzzType.INT, FuzzType.LONG, FuzzType.FLOAT), d) + ")";
            case 5 -> "Math." + pickOf("min", "max") + "(" + expression(FuzzType.DOUBLE, d) + ", "
                    + expression(FuzzType.DOUBLE, d) + ")";
            case 6 -> "Math.abs(" + expression(FuzzType.DOUBLE, d) + ")";
            case 7 -> "Math.sqrt(" + expression(FuzzType.DOUBLE, d) + ")";
            default -> ternary(FuzzType.DOUBLE, d);
        };
    }

    private String binary(FuzzType type, int d, String... ops) {
        return "(" + expression(type, d) + " " + ops[random.nextInt(ops.length)] + " " + expression(type, d) + ")";
    }

    private String ternary(FuzzType type, int d) {
        return "(" + condition(d) + " ? " + expression(type, d) + " : " + expression(type, d) + ")";
    }

    private String condition(int depth) {
        int d = depth + 1;
        if (depth < MAX_DEPTH && random.nextInt(4) == 0) {
            return "(" + condition(d) + " " + pickOf("&&", "||", "^") + " " + condition(d) + ")";
        }
        if (depth < MAX_DEPTH && random.nextInt(8) == 0) {
            return "!" + condition(d);
        }
        FuzzType type = randomType();
        return "(" + expression(type, Math.max(d, MAX_DEPTH - 1)) + " "
                + pickOf("<", "<=", ">", ">=", "==", "!=") + " " + expression(type, Math.max(d, MAX_DEPTH - 1)) + ")";
    }

    private String leaf(FuzzType type) {
        for (Variable array : privateArrays) {
            if (array.type() == type && random.nextInt(4) == 0) {
                return array.name() + "[" + intOperand() + " & " + (PRIVATE_LENGTH - 1) + "]";
            }
        }
        int choice = random.nextInt(6);
        if (choice < 3) {
            Variable v = pick(type);
            if (v != null) {
                return v.name();
            }
        }
        return choice == 3 ? inputRead(type) : constant(type);
    }

    private String intOperand() {
        Variable v = pick(FuzzType.INT);
        return v != null && random.nextBoolean() ? v.name() : inputRead(FuzzType.INT);
    }

    private String inputRead(FuzzType type) {
        String i1 = "ii[ib + " + random.nextInt(INT_INPUTS) + "]";
        String i2 = "ii[ib + " + random.nextInt(INT_INPUTS) + "]";
        String f1 = "ff[fb + " + random.nextInt(FLOAT_INPUTS) + "]";
        String f2 = "ff[fb + " + random.nextInt(FLOAT_INPUTS) + "]";
        return switch (type) {
            case INT -> i1;
            case LONG -> random.nextBoolean() ? "(((long) " + i1 + " << 32) | (" + i2 + " & 0xffffffffL))"
                    : "((long) " + i1 + ")";
            case FLOAT -> f1;
            case DOUBLE -> random.nextBoolean() ? "((double) " + f1 + " * " + f2 + ")"
                    : "(" + i1 + " * 1.25e-3)";
        };
    }

    // ---- constants: edge values written so javac reads back exactly the same value

    private String constant(FuzzType type) {
        return switch (type) {
            case INT -> intLiteral(intConstantValue());
            case LONG -> {
                long[] edges = {0L, 1L, -1L, 63L, 64L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, 0xffffffffL};
                long v = random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong() >> random.nextInt(64);
                yield v == Long.MIN_VALUE ? "Long.MIN_VALUE" : "(" + v + "L)";
            }
            case FLOAT -> {
                float[] edges = {0f, -0f, 1f, -1f, 0.5f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                    Float.MIN_VALUE, Float.MAX_VALUE, 1e-40f, 2147483648f, 3f};
                float v = random.nextBoolean() ? edges[random.nextInt(edges.length)]
                        : (float) (random.nextGaussian() * Math.pow(10, random.nextInt(10) - 5));
                yield floatLiteral(v);
            }
            case DOUBLE -> {
                double[] edges = {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE,
                    Double.MAX_VALUE, 1e-310, 9.223372036854775807e18, 0.1};
                double v = random.nextBoolean() ? edges[random.nextInt(edges.length)]
                        : random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10);
                yield doubleLiteral(v);
            }
        };
    }

    private int intConstantValue() {
        int[] edges = {0, 1, -1, 2, 31, 32, 33, -32, 255, 0xffff, Integer.MIN_VALUE, Integer.MAX_VALUE, 7, 1000};
        return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextInt() >> random.nextInt(32);
    }

    private static String intLiteral(int v) {
        return v == Integer.MIN_VALUE ? "Integer.MIN_VALUE" : v < 0 ? "(" + v + ")" : Integer.toString(v);
    }

    static String floatLiteral(float v) {
        if (Float.isNaN(v)) {
            return "Float.NaN";
        }
        if (Float.isInfinite(v)) {
            return v > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
        }
        return "(" + v + "f)";
    }

    static String doubleLiteral(double v) {
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        return "(" + v + "d)";
    }

    // ---- scopes and helpers

    private FuzzType randomType() {
        return FuzzType.values()[random.nextInt(FuzzType.values().length)];
    }

    @SafeVarargs
    private <T> T pickOf(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** A visible variable of {@code type} to read (loop counters included), or null. */
    private Variable pick(FuzzType type) {
        List<Variable> candidates = new ArrayList<>();
        for (Variable v : visible()) {
            if (v.type() == type) {
                candidates.add(v);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** A visible variable of {@code type} that may be assigned (never a loop counter), or null. */
    private Variable pickAssignable(FuzzType type) {
        List<Variable> candidates = new ArrayList<>();
        for (Variable v : visible()) {
            if (v.type() == type && !v.name().startsWith("j")) {
                candidates.add(v);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private List<Variable> visible() {
        List<Variable> all = new ArrayList<>();
        for (List<Variable> scope : scopes) {
            all.addAll(scope);
        }
        return all;
    }

    private void pushScope() {
        scopes.add(new ArrayList<>());
    }

    private void popScope() {
        scopes.removeLast();
    }

    private void line(String text) {
        out.append("    ".repeat(indent)).append(text).append('\n');
    }
}
