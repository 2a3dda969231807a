package loglinear.jit.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The abstract state before one instruction: local variables by JVM slot and the operand stack by depth. */
final class Frame {
    final Value[] locals;
    final List<Value> stack;

    Frame(int maxLocals) {
        this.locals = new Value[maxLocals];
        this.stack = new ArrayList<>();
    }

    private Frame(Value[] locals, List<Value> stack) {
        this.locals = locals;
        this.stack = stack;
    }

    Frame copy() {
        return new Frame(locals.clone(), new ArrayList<>(stack));
    }

    /** A copy without per-block marks, as stored at block entries. */
    Frame stripped() {
        Value[] l = new Value[locals.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = locals[i] == null ? null : locals[i].withoutMarks();
        }
        List<Value> s = new ArrayList<>(stack.size());
        for (Value v : stack) {
            s.add(v.withoutMarks());
        }
        return new Frame(l, s);
    }

    int depth() {
        return stack.size();
    }

    Value peek(int fromTop) {
        return stack.get(stack.size() - 1 - fromTop);
    }

    Value pop() {
        return stack.remove(stack.size() - 1);
    }

    void push(Value v) {
        stack.add(v);
    }

    /** Stores into a local slot, invalidating the neighbours a wide value overlaps. */
    void store(int slot, Value v) {
        if (slot > 0 && locals[slot - 1] != null && locals[slot - 1].type().isWide()) {
            locals[slot - 1] = null;
        }
        locals[slot] = v;
        if (v.type().isWide() && slot + 1 < locals.length) {
            locals[slot + 1] = null;
        }
    }

    /**
     * Merges {@code other} into this frame (a local whose types differ becomes unknown); returns whether anything
     * changed. The caller first checks with {@link #stackMismatch} that the stacks have the same shape.
     */
    boolean mergeFrom(Frame other) {
        boolean changed = false;
        for (int i = 0; i < locals.length; i++) {
            Value merged = locals[i] == null ? null : locals[i].merge(other.locals[i]);
            if (!Objects.equals(merged, locals[i])) {
                locals[i] = merged;
                changed = true;
            }
        }
        for (int i = 0; i < stack.size(); i++) {
            Value merged = stack.get(i).merge(other.stack.get(i));
            if (!Objects.equals(merged, stack.get(i))) {
                stack.set(i, merged);
                changed = true;
            }
        }
        return changed;
    }

    /** A description of why two frames cannot merge, or null if their stacks have the same shape and types. */
    String stackMismatch(Frame other) {
        if (stack.size() != other.stack.size()) {
            return "operand stacks of different depths (" + stack.size() + " and " + other.stack.size() + ") meet";
        }
        for (int i = 0; i < stack.size(); i++) {
            ValueType a = stack.get(i).type();
            ValueType b = other.stack.get(i).type();
            if (!a.equals(b)) {
                return "values of types " + a + " and " + b + " meet at stack depth " + i
                        + " (e.g. a conditional choosing between a global and a local array)";
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Frame" + Arrays.toString(locals) + stack;
    }
}
