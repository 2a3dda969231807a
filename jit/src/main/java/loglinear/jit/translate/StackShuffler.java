package loglinear.jit.translate;

import java.lang.classfile.Opcode;
import java.util.ArrayList;
import java.util.List;

/**
 * pop, pop2, dup, dup_x1, dup_x2, dup2, dup2_x1, dup2_x2 and swap: they move values between stack depths, so they
 * become copies between the depth-indexed C variables (through temporaries, so that no source is overwritten before
 * it is read). Long and double values count as two JVM slots when the forms are chosen.
 */
final class StackShuffler {
    private final MethodTranslator m;
    private final Dialect dialect;

    StackShuffler(MethodTranslator m, Dialect dialect) {
        this.m = m;
        this.dialect = dialect;
    }

    /** Values from the top of the stack that together take {@code slots} JVM slots. */
    private int valuesForSlots(int index, Frame f, int fromTop, int slots) {
        int count = 0;
        int taken = 0;
        while (taken < slots) {
            if (fromTop + count >= f.depth()) {
                throw m.fail(index, "operand stack underflow");
            }
            taken += f.peek(fromTop + count).type().isWide() ? 2 : 1;
            count++;
        }
        if (taken != slots) {
            throw m.fail(index, "stack instruction splits a long or double value");
        }
        return count;
    }

    void apply(int index, Frame f, Opcode op) {
        for (int i = 0; i < f.stack.size(); i++) {
            f.stack.set(i, f.stack.get(i).withoutMarks());
        }
        if (op == Opcode.POP || op == Opcode.POP2) {
            int count = valuesForSlots(index, f, 0, op == Opcode.POP ? 1 : 2);
            for (int i = 0; i < count; i++) {
                f.pop();
            }
            return;
        }
        int topSlots = switch (op) {
            case DUP, DUP_X1, DUP_X2, SWAP -> 1;
            default -> 2;
        };
        int underSlots = switch (op) {
            case DUP, DUP2 -> 0;
            case DUP_X1, DUP2_X1, SWAP -> 1;
            default -> 2;
        };
        int top = valuesForSlots(index, f, 0, topSlots);
        int under = underSlots == 0 ? 0 : valuesForSlots(index, f, top, underSlots);
        int n = f.depth();
        int base = n - top - under;
        List<Value> a = new ArrayList<>(f.stack.subList(n - top, n));
        List<Value> b = new ArrayList<>(f.stack.subList(base, n - top));
        List<Integer> sources = new ArrayList<>();
        List<Value> result = new ArrayList<>();
        if (op == Opcode.SWAP) {
            result.addAll(a);
            result.addAll(b);
            sources.add(n - 1);
            sources.add(n - 2);
        } else {
            result.addAll(a);
            result.addAll(b);
            result.addAll(a);
            for (int i = 0; i < top; i++) {
                sources.add(n - top + i);
            }
            for (int i = 0; i < under; i++) {
                sources.add(base + i);
            }
            for (int i = 0; i < top; i++) {
                sources.add(n - top + i);
            }
        }
        // Copy through temporaries so that no source is overwritten before it is read.
        StringBuilder reads = new StringBuilder();
        StringBuilder writes = new StringBuilder();
        for (int i = 0; i < result.size(); i++) {
            int target = base + i;
            int source = sources.get(i);
            Value v = result.get(i);
            if (target == source || v.type().kind() == ValueType.Kind.CONTEXT) {
                continue;
            }
            String temp = "t" + i;
            reads.append(v.type().cType(dialect)).append(' ').append(temp).append(" = ")
                    .append(m.stackVar(source, v.type())).append("; ");
            writes.append(m.stackVar(target, v.type())).append(" = ").append(temp).append("; ");
        }
        while (f.depth() > base) {
            f.pop();
        }
        for (Value v : result) {
            f.push(v);
        }
        if (!reads.isEmpty()) {
            m.emit("{ " + reads + writes + "}");
        }
    }
}
