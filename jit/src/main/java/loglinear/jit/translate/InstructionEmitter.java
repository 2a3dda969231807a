package loglinear.jit.translate;

import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.ArrayLoadInstruction;
import java.lang.classfile.instruction.ArrayStoreInstruction;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.IncrementInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.classfile.instruction.NewPrimitiveArrayInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import loglinear.jit.KernelCompileException;

/**
 * The per-opcode rules: how one instruction changes the abstract frame and, while emitting, which C statement it
 * becomes. Java semantics are kept exactly: int and long arithmetic wraps (computed on unsigned types), shift counts
 * are masked, comparisons follow fcmpl/fcmpg NaN rules, float-to-integer conversions saturate with NaN giving 0.
 */
final class InstructionEmitter {
    private static final String CONTEXT_OWNER = "loglinear/jit/KernelContext";

    private final MethodTranslator m;
    private final Dialect dialect;
    private final boolean cuda;
    private final CallEmitter calls;
    private final StackShuffler shuffler;

    InstructionEmitter(MethodTranslator m) {
        this.m = m;
        this.dialect = m.dialect;
        this.cuda = dialect == Dialect.CUDA;
        this.calls = new CallEmitter(m, this);
        this.shuffler = new StackShuffler(m, dialect);
    }

    // ---- stack helpers ----

    /** The C name of the entry {@code fromTop} below the top of the stack. */
    String name(Frame f, int fromTop) {
        int depth = f.depth() - 1 - fromTop;
        return m.stackVar(depth, f.stack.get(depth).type());
    }

    /** Pushes {@code v} and returns the C variable that holds it. */
    String push(Frame f, Value v) {
        String n = m.stackVar(f.depth(), v.type());
        f.push(v);
        return n;
    }

    private Value popExpect(Frame f, int index, ValueType.Kind kind) {
        if (f.depth() == 0) {
            throw m.fail(index, "operand stack underflow");
        }
        Value v = f.pop();
        if (v.type().kind() != kind) {
            throw m.fail(index, "expected a " + kind.name().toLowerCase() + " on the operand stack but found "
                    + v.type());
        }
        return v;
    }

    /**
     * Executes instruction {@code index} on {@code f}; while emitting, writes its C statements. Returns how many
     * instructions were consumed (2 when a comparison is fused with the branch after it).
     */
    int step(int index, Frame f) {
        Instruction ins = m.instructions.get(index);
        Opcode op = ins.opcode();
        switch (ins) {
            case ConstantInstruction c -> constant(index, f, c);
            case LoadInstruction l -> load(index, f, l);
            case StoreInstruction s -> store(index, f, s);
            case IncrementInstruction inc -> {
                String l = m.localVar(inc.slot(), ValueType.INT);
                m.emit(l + " = (int)((j_u32)" + l + " + (j_u32)" + CLiterals.intLiteral(inc.constant()) + ");");
                Value old = f.locals[inc.slot()];
                Integer c = old != null && old.type().equals(ValueType.INT) && old.intConstant() != null
                        ? old.intConstant() + inc.constant() : null;
                f.store(inc.slot(), c == null ? Value.of(ValueType.INT) : Value.intConstant(c));
            }
            case ArrayLoadInstruction a -> arrayLoad(index, f, a.typeKind());
            case ArrayStoreInstruction a -> arrayStore(index, f, a.typeKind());
            case BranchInstruction b -> {
                return branch(index, f, b);
            }
            case TableSwitchInstruction t -> switchTo(index, f, t.defaultTarget(), t.cases());
            case LookupSwitchInstruction t -> switchTo(index, f, t.defaultTarget(), t.cases());
            case FieldInstruction fi -> field(index, f, fi);
            case InvokeInstruction inv -> calls.invoke(index, f, inv);
            case NewPrimitiveArrayInstruction na -> calls.newPrivateArray(index, f, na.typeKind());
            case NewObjectInstruction no -> throw m.fail(index, "object allocation (new "
                    + no.className().asInternalName().replace('/', '.') + ") is not supported in kernels");
            case TypeCheckInstruction tc -> throw m.fail(index, "type checks and casts on objects are not supported");
            case InvokeDynamicInstruction d -> throw m.fail(index,
                    "invokedynamic (lambdas, method references, string concatenation) is not supported in kernels");
            default -> {
                return plain(index, f, op);
            }
        }
        return 1;
    }

    private int plain(int index, Frame f, Opcode op) {
        switch (op) {
            case NOP -> { }
            case POP, POP2, DUP, DUP_X1, DUP_X2, DUP2, DUP2_X1, DUP2_X2, SWAP -> shuffler.apply(index, f, op);
            case IADD, ISUB, IMUL, IDIV, IREM, ISHL, ISHR, IUSHR, IAND, IOR, IXOR -> intBinary(index, f, op);
            case LADD, LSUB, LMUL, LDIV, LREM, LSHL, LSHR, LUSHR, LAND, LOR, LXOR -> longBinary(index, f, op);
            case FADD, FSUB, FMUL, FDIV, FREM -> floatBinary(index, f, op, ValueType.FLOAT);
            case DADD, DSUB, DMUL, DDIV, DREM -> floatBinary(index, f, op, ValueType.DOUBLE);
            case INEG -> unary(index, f, ValueType.INT, ValueType.INT, "(int)(0u - (j_u32)%s)");
            case LNEG -> unary(index, f, ValueType.LONG, ValueType.LONG, "(j_i64)((j_u64)0 - (j_u64)%s)");
            case FNEG -> unary(index, f, ValueType.FLOAT, ValueType.FLOAT, "(-%s)");
            case DNEG -> unary(index, f, ValueType.DOUBLE, ValueType.DOUBLE, "(-%s)");
            case LCMP, FCMPL, FCMPG, DCMPL, DCMPG -> {
                return compare(index, f, op);
            }
            case I2L -> unary(index, f, ValueType.INT, ValueType.LONG, "(j_i64)%s");
            case I2F -> unary(index, f, ValueType.INT, ValueType.FLOAT, "(float)%s");
            case I2D -> unary(index, f, ValueType.INT, ValueType.DOUBLE, "(double)%s");
            case L2I -> unary(index, f, ValueType.LONG, ValueType.INT, "j_l2i(%s)");
            case L2F -> unary(index, f, ValueType.LONG, ValueType.FLOAT, "(float)%s");
            case L2D -> unary(index, f, ValueType.LONG, ValueType.DOUBLE, "(double)%s");
            case F2I -> unary(index, f, ValueType.FLOAT, ValueType.INT, "j_f2i(%s)");
            case F2L -> unary(index, f, ValueType.FLOAT, ValueType.LONG, "j_f2l(%s)");
            case F2D -> {
                String source = name(f, 0);
                unary(index, f, ValueType.FLOAT, ValueType.DOUBLE, "(double)%s");
                Value widened = f.pop();
                f.push(new Value(widened.type(), null, null, source, null));
            }
            case D2I -> unary(index, f, ValueType.DOUBLE, ValueType.INT, "j_d2i(%s)");
            case D2L -> unary(index, f, ValueType.DOUBLE, ValueType.LONG, "j_d2l(%s)");
            case D2F -> {
                Value top = f.peek(0);
                if (top.type().kind() == ValueType.Kind.DOUBLE && top.floatResult() != null) {
                    // (float) Math.f((double) x): the float built-in already computed it.
                    String result = top.floatResult();
                    f.pop();
                    String target = push(f, Value.of(ValueType.FLOAT));
                    if (!target.equals(result)) {
                        m.emit(target + " = " + result + ";");
                    }
                } else {
                    unary(index, f, ValueType.DOUBLE, ValueType.FLOAT, "(float)%s");
                }
            }
            case I2B -> unary(index, f, ValueType.INT, ValueType.INT, "j_i2b(%s)");
            case I2C -> unary(index, f, ValueType.INT, ValueType.INT, "(%s & 0xFFFF)");
            case I2S -> unary(index, f, ValueType.INT, ValueType.INT, "j_i2s(%s)");
            case ARRAYLENGTH -> {
                Value a = popExpect(f, index, ValueType.Kind.ARRAY);
                if (a.type().space() == ValueType.Space.GLOBAL) {
                    throw m.fail(index, "arraylength of a kernel parameter array is not available on the device;"
                            + " pass the length as an int parameter");
                }
                if (a.arrayLength() == null) {
                    throw m.fail(index, "the length of this local array is not known at translation time");
                }
                m.emit(push(f, Value.intConstant(a.arrayLength())) + " = " + a.arrayLength() + ";");
            }
            case RETURN -> {
                if (m.returnType != null) {
                    throw m.fail(index, "return without a value in a method returning a value");
                }
                m.emit("return;");
            }
            case IRETURN, LRETURN, FRETURN, DRETURN -> {
                String v = name(f, 0);
                m.emit("return " + v + ";");
                f.pop();
            }
            case ARETURN -> throw m.fail(index, "methods returning arrays or objects are not supported");
            case ATHROW -> throw m.fail(index, "throwing exceptions is not supported on GPUs");
            case MONITORENTER, MONITOREXIT -> throw m.fail(index, "synchronized blocks (monitors) are not supported");
            case ACONST_NULL -> throw m.fail(index, "null references are not supported in kernels");
            case ANEWARRAY, MULTIANEWARRAY -> throw m.fail(index,
                    "arrays of references and multi-dimensional arrays are not supported");
            case JSR, JSR_W, RET -> throw m.fail(index, "jsr/ret subroutines are not supported");
            default -> throw m.fail(index, "unsupported instruction");
        }
        return 1;
    }

    // ---- constants, locals, arrays ----

    private void constant(int index, Frame f, ConstantInstruction c) {
        ConstantDesc value = c.constantValue();
        switch (value) {
            case Integer i -> m.emit(push(f, Value.intConstant(i)) + " = " + CLiterals.intLiteral(i) + ";");
            case Long l -> m.emit(push(f, Value.of(ValueType.LONG)) + " = " + CLiterals.longLiteral(l, dialect) + ";");
            case Float x -> m.emit(push(f, Value.of(ValueType.FLOAT)) + " = "
                    + CLiterals.floatLiteral(x, dialect) + ";");
            case Double x -> {
                m.emit(push(f, Value.of(ValueType.DOUBLE)) + " = " + CLiterals.doubleLiteral(x, dialect) + ";");
                if ((double) (float) x.doubleValue() == x || Double.isNaN(x)) {
                    // javac widens float constants passed to Math (e.g. Math.pow(v, 1.5f)): keep the float form.
                    Value constant = f.pop();
                    f.push(new Value(constant.type(), null, null,
                            CLiterals.floatLiteral((float) x.doubleValue(), dialect), null));
                }
            }
            case null -> throw m.fail(index, "null references are not supported in kernels");
            default -> throw m.fail(index, "constants of type " + value.getClass().getSimpleName()
                    + " (strings, classes, method handles) are not supported in kernels");
        }
    }

    private static ValueType scalarOf(TypeKind kind) {
        return switch (kind) {
            case INT, BOOLEAN, BYTE, CHAR, SHORT -> ValueType.INT;
            case LONG -> ValueType.LONG;
            case FLOAT -> ValueType.FLOAT;
            case DOUBLE -> ValueType.DOUBLE;
            default -> null;
        };
    }

    private void load(int index, Frame f, LoadInstruction l) {
        int slot = l.slot();
        Value local = slot < f.locals.length ? f.locals[slot] : null;
        ValueType scalar = scalarOf(l.typeKind());
        Value v;
        if (scalar != null) {
            v = local != null && local.type().equals(scalar) ? local.withoutMarks() : Value.of(scalar);
        } else {
            if (local == null) {
                throw m.fail(index, "local variable " + slot + " holds arrays of different types or address spaces"
                        + " on different paths (or is not initialised)");
            }
            v = local.withoutMarks();
        }
        if (v.type().kind() == ValueType.Kind.CONTEXT) {
            f.push(v);
            return;
        }
        String source = m.localVar(slot, v.type());
        m.emit(push(f, v) + " = " + source + ";");
    }

    private void store(int index, Frame f, StoreInstruction s) {
        if (f.depth() == 0) {
            throw m.fail(index, "operand stack underflow");
        }
        Value v = f.peek(0);
        if (v.type().kind() != ValueType.Kind.CONTEXT) {
            String source = name(f, 0);
            m.emit(m.localVar(s.slot(), v.type()) + " = " + source + ";");
        }
        f.pop();
        f.store(s.slot(), v.withoutMarks());
    }

    private static ValueType.Kind elementOf(TypeKind kind) {
        return switch (kind) {
            case INT -> ValueType.Kind.INT;
            case LONG -> ValueType.Kind.LONG;
            case FLOAT -> ValueType.Kind.FLOAT;
            case DOUBLE -> ValueType.Kind.DOUBLE;
            case SHORT -> ValueType.Kind.SHORT;
            default -> null;
        };
    }

    private Value checkArray(int index, Value array, TypeKind kind) {
        ValueType.Kind element = elementOf(kind);
        if (element == null) {
            throw m.fail(index, kind.name().toLowerCase()
                    + " arrays are not supported (use float[], int[], long[], double[] or short[])");
        }
        if (!array.type().isArray() || array.type().element() != element) {
            throw m.fail(index, "expected a " + element.name().toLowerCase() + " array but found " + array.type());
        }
        return array;
    }

    private void arrayLoad(int index, Frame f, TypeKind kind) {
        String idx = name(f, 0);
        String arr = name(f, 1);
        popExpect(f, index, ValueType.Kind.INT);
        checkArray(index, f.pop(), kind);
        ValueType result = kind == TypeKind.SHORT ? ValueType.INT : scalarOf(kind);
        String cast = kind == TypeKind.SHORT ? "(int)" : "";
        m.emit(push(f, Value.of(result)) + " = " + cast + arr + "[" + idx + "];");
    }

    private void arrayStore(int index, Frame f, TypeKind kind) {
        String val = name(f, 0);
        String idx = name(f, 1);
        String arr = name(f, 2);
        f.pop();
        popExpect(f, index, ValueType.Kind.INT);
        checkArray(index, f.pop(), kind);
        String cast = kind == TypeKind.SHORT ? "(short)" : "";
        m.emit(arr + "[" + idx + "] = " + cast + val + ";");
    }

    // ---- arithmetic ----

    private void unary(int index, Frame f, ValueType in, ValueType out, String format) {
        String a = name(f, 0);
        popExpect(f, index, in.kind());
        m.emit(push(f, Value.of(out)) + " = " + format.formatted(a) + ";");
    }

    private void intBinary(int index, Frame f, Opcode op) {
        String b = name(f, 0);
        String a = name(f, 1);
        popExpect(f, index, ValueType.Kind.INT);
        popExpect(f, index, ValueType.Kind.INT);
        String expr = switch (op) {
            case IADD -> "(int)((j_u32)" + a + " + (j_u32)" + b + ")";
            case ISUB -> "(int)((j_u32)" + a + " - (j_u32)" + b + ")";
            case IMUL -> "(int)((j_u32)" + a + " * (j_u32)" + b + ")";
            case IDIV -> "j_idiv(" + a + ", " + b + ")";
            case IREM -> "j_irem(" + a + ", " + b + ")";
            case ISHL -> "(int)((j_u32)" + a + " << (" + b + " & 31))";
            case ISHR -> "(" + a + " >> (" + b + " & 31))";
            case IUSHR -> "(int)((j_u32)" + a + " >> (" + b + " & 31))";
            case IAND -> "(" + a + " & " + b + ")";
            case IOR -> "(" + a + " | " + b + ")";
            case IXOR -> "(" + a + " ^ " + b + ")";
            default -> throw new IllegalStateException(op.name());
        };
        m.emit(push(f, Value.of(ValueType.INT)) + " = " + expr + ";");
    }

    private void longBinary(int index, Frame f, Opcode op) {
        boolean shift = op == Opcode.LSHL || op == Opcode.LSHR || op == Opcode.LUSHR;
        String b = name(f, 0);
        String a = name(f, 1);
        popExpect(f, index, shift ? ValueType.Kind.INT : ValueType.Kind.LONG);
        popExpect(f, index, ValueType.Kind.LONG);
        String expr = switch (op) {
            case LADD -> "(j_i64)((j_u64)" + a + " + (j_u64)" + b + ")";
            case LSUB -> "(j_i64)((j_u64)" + a + " - (j_u64)" + b + ")";
            case LMUL -> "(j_i64)((j_u64)" + a + " * (j_u64)" + b + ")";
            case LDIV -> "j_ldiv(" + a + ", " + b + ")";
            case LREM -> "j_lrem(" + a + ", " + b + ")";
            case LSHL -> "(j_i64)((j_u64)" + a + " << (" + b + " & 63))";
            case LSHR -> "(" + a + " >> (" + b + " & 63))";
            case LUSHR -> "(j_i64)((j_u64)" + a + " >> (" + b + " & 63))";
            case LAND -> "(" + a + " & " + b + ")";
            case LOR -> "(" + a + " | " + b + ")";
            case LXOR -> "(" + a + " ^ " + b + ")";
            default -> throw new IllegalStateException(op.name());
        };
        m.emit(push(f, Value.of(ValueType.LONG)) + " = " + expr + ";");
    }

    private void floatBinary(int index, Frame f, Opcode op, ValueType type) {
        String b = name(f, 0);
        String a = name(f, 1);
        popExpect(f, index, type.kind());
        popExpect(f, index, type.kind());
        String expr = switch (op) {
            case FADD, DADD -> "(" + a + " + " + b + ")";
            case FSUB, DSUB -> "(" + a + " - " + b + ")";
            // CUDA has no FP_CONTRACT pragma and NVRTC fuses a * b + c by default (--fmad=true): the prelude's
            // J_FMUL/J_DMUL are __fmul_rn/__dmul_rn, never contracted, so Java's two roundings hold under any flags.
            case FMUL -> cuda ? "J_FMUL(" + a + ", " + b + ")" : "(" + a + " * " + b + ")";
            case DMUL -> cuda ? "J_DMUL(" + a + ", " + b + ")" : "(" + a + " * " + b + ")";
            case FDIV, DDIV -> "(" + a + " / " + b + ")";
            case FREM -> (cuda ? "fmodf(" : "fmod(") + a + ", " + b + ")";
            case DREM -> "fmod(" + a + ", " + b + ")";
            default -> throw new IllegalStateException(op.name());
        };
        m.emit(push(f, Value.of(type)) + " = " + expr + ";");
    }

    /** lcmp/fcmpl/fcmpg/dcmpl/dcmpg, fused with an immediately following if{eq,ne,lt,ge,gt,le} when possible. */
    private int compare(int index, Frame f, Opcode op) {
        ValueType.Kind kind = switch (op) {
            case LCMP -> ValueType.Kind.LONG;
            case FCMPL, FCMPG -> ValueType.Kind.FLOAT;
            default -> ValueType.Kind.DOUBLE;
        };
        String b = name(f, 0);
        String a = name(f, 1);
        popExpect(f, index, kind);
        popExpect(f, index, kind);
        int next = index + 1;
        if (m.emitting() && next < m.instructions.size() && !m.jumpTargets.get(next)
                && m.instructions.get(next) instanceof BranchInstruction branch && isIfZero(branch.opcode())) {
            String cond = fusedCondition(op, branch.opcode(), a, b);
            m.emit("if (" + cond + ") goto L" + m.index(branch.target()) + ";");
            return 2;
        }
        String function = switch (op) {
            case LCMP -> "j_lcmp";
            case FCMPL -> "j_fcmpl";
            case FCMPG -> "j_fcmpg";
            case DCMPL -> "j_dcmpl";
            default -> "j_dcmpg";
        };
        m.emit(push(f, Value.of(ValueType.INT)) + " = " + function + "(" + a + ", " + b + ");");
        return 1;
    }

    private static boolean isIfZero(Opcode op) {
        return switch (op) {
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> true;
            default -> false;
        };
    }

    /**
     * The C condition equal to {@code cmp(a, b) OP 0}: with fcmpl a NaN operand makes the comparison -1, with fcmpg
     * +1, so the ordered C comparison (false on NaN) is negated where the bytecode's branch must then be taken.
     */
    static String fusedCondition(Opcode cmp, Opcode branch, String a, String b) {
        boolean nanIsLess = cmp == Opcode.FCMPL || cmp == Opcode.DCMPL;
        boolean nanIsGreater = cmp == Opcode.FCMPG || cmp == Opcode.DCMPG;
        return switch (branch) {
            case IFEQ -> a + " == " + b;
            case IFNE -> a + " != " + b;
            case IFLT -> nanIsLess ? "!(" + a + " >= " + b + ")" : a + " < " + b;
            case IFGE -> nanIsGreater ? "!(" + a + " < " + b + ")" : a + " >= " + b;
            case IFGT -> nanIsGreater ? "!(" + a + " <= " + b + ")" : a + " > " + b;
            case IFLE -> nanIsLess ? "!(" + a + " > " + b + ")" : a + " <= " + b;
            default -> throw new IllegalStateException(branch.name());
        };
    }

    // ---- control flow ----

    private int branch(int index, Frame f, BranchInstruction b) {
        String target = "L" + m.index(b.target());
        Opcode op = b.opcode();
        String cond = switch (op) {
            case GOTO, GOTO_W -> null;
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> {
                String a = name(f, 0);
                popExpect(f, index, ValueType.Kind.INT);
                yield a + " " + relation(op) + " 0";
            }
            case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE -> {
                String y = name(f, 0);
                String x = name(f, 1);
                popExpect(f, index, ValueType.Kind.INT);
                popExpect(f, index, ValueType.Kind.INT);
                yield x + " " + relation(op) + " " + y;
            }
            case IF_ACMPEQ, IF_ACMPNE -> {
                String y = name(f, 0);
                String x = name(f, 1);
                Value vy = popExpect(f, index, ValueType.Kind.ARRAY);
                Value vx = popExpect(f, index, ValueType.Kind.ARRAY);
                if (!vx.type().equals(vy.type())) {
                    throw m.fail(index, "comparing references to arrays of different types or address spaces");
                }
                yield x + (op == Opcode.IF_ACMPEQ ? " == " : " != ") + y;
            }
            case IFNULL, IFNONNULL -> throw m.fail(index, "null checks are not supported (kernel arrays are never"
                    + " null)");
            default -> throw m.fail(index, "unsupported branch");
        };
        m.emit(cond == null ? "goto " + target + ";" : "if (" + cond + ") goto " + target + ";");
        return 1;
    }

    private static String relation(Opcode op) {
        return switch (op) {
            case IFEQ, IF_ICMPEQ -> "==";
            case IFNE, IF_ICMPNE -> "!=";
            case IFLT, IF_ICMPLT -> "<";
            case IFGE, IF_ICMPGE -> ">=";
            case IFGT, IF_ICMPGT -> ">";
            case IFLE, IF_ICMPLE -> "<=";
            default -> throw new IllegalStateException(op.name());
        };
    }

    private void switchTo(int index, Frame f, Label defaultTarget, List<SwitchCase> cases) {
        String key = name(f, 0);
        popExpect(f, index, ValueType.Kind.INT);
        if (!m.emitting()) {
            return;
        }
        StringBuilder s = new StringBuilder("switch (" + key + ") {");
        for (SwitchCase c : cases) {
            s.append(" case ").append(CLiterals.intLiteral(c.caseValue())).append(": goto L")
                    .append(m.index(c.target())).append(';');
        }
        s.append(" default: goto L").append(m.index(defaultTarget)).append("; }");
        m.emit(s.toString());
    }

    // ---- fields ----

    private void field(int index, Frame f, FieldInstruction fi) {
        String owner = fi.owner().asInternalName();
        String fieldName = fi.name().stringValue();
        switch (fi.opcode()) {
            case GETFIELD -> {
                Value receiver = f.pop();
                if (!owner.equals(CONTEXT_OWNER) || receiver.type().kind() != ValueType.Kind.CONTEXT) {
                    throw m.fail(index, "reading object fields is not supported (only KernelContext's)");
                }
                m.emit(push(f, Value.of(ValueType.INT)) + " = " + ContextBuiltins.field(dialect, fieldName, () ->
                        m.fail(index, "unknown KernelContext field " + fieldName)) + ";");
            }
            case GETSTATIC -> staticConstant(index, f, owner, fieldName, fi.typeSymbol());
            case PUTFIELD -> throw m.fail(index, "writing object fields is not supported");
            default -> throw m.fail(index, "writing static fields is not supported");
        }
    }

    private void staticConstant(int index, Frame f, String owner, String fieldName, ClassDesc type) {
        ValueType scalar = ValueType.ofScalarDescriptor(type);
        if (scalar == null) {
            throw m.fail(index, "static field " + owner.replace('/', '.') + "." + fieldName
                    + " is not a primitive constant; pass arrays as kernel parameters");
        }
        Object value;
        try {
            Class<?> c = Class.forName(owner.replace('/', '.'), true, m.session.loader);
            Field field = c.getDeclaredField(fieldName);
            int mods = field.getModifiers();
            if (!Modifier.isStatic(mods) || !Modifier.isFinal(mods)) {
                throw m.fail(index, "static field " + owner.replace('/', '.') + "." + fieldName
                        + " is not final; only static final primitive constants can be read in kernels");
            }
            field.setAccessible(true);
            value = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof KernelCompileException k) {
                throw k;
            }
            throw m.fail(index, "cannot read static constant " + owner.replace('/', '.') + "." + fieldName
                    + ": " + e);
        }
        String literal = switch (value) {
            case Integer i -> CLiterals.intLiteral(i);
            case Short s -> CLiterals.intLiteral(s);
            case Byte b -> CLiterals.intLiteral(b);
            case Character c -> CLiterals.intLiteral(c);
            case Boolean z -> z ? "1" : "0";
            case Long l -> CLiterals.longLiteral(l, dialect);
            case Float x -> CLiterals.floatLiteral(x, dialect);
            case Double x -> CLiterals.doubleLiteral(x, dialect);
            default -> throw m.fail(index, "unsupported constant " + value);
        };
        Value v = value instanceof Integer i ? Value.intConstant(i) : Value.of(scalar);
        m.emit(push(f, v) + " = " + literal + ";");
    }

    /** A readable form of an instruction for error messages, e.g. {@code invokevirtual java/lang/Object.hashCode()I}. */
    static String describe(Instruction ins) {
        String op = ins.opcode().name().toLowerCase();
        return switch (ins) {
            case InvokeInstruction inv -> op + " " + inv.owner().asInternalName() + "." + inv.name().stringValue()
                    + inv.type().stringValue();
            case FieldInstruction fi -> op + " " + fi.owner().asInternalName() + "." + fi.name().stringValue()
                    + ":" + fi.type().stringValue();
            case NewObjectInstruction no -> op + " " + no.className().asInternalName();
            case TypeCheckInstruction tc -> op + " " + tc.type().asInternalName();
            case NewPrimitiveArrayInstruction na -> op + " " + na.typeKind().name().toLowerCase();
            case ConstantInstruction c -> op + " " + c.constantValue();
            case LoadInstruction l -> op + " " + l.slot();
            case StoreInstruction s -> op + " " + s.slot();
            case InvokeDynamicInstruction d -> op + " " + d.name().stringValue()
                    + d.type().stringValue();
            default -> op;
        };
    }
}
