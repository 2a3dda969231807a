package loglinear.jit.translate;

import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.LineNumber;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import loglinear.jit.KernelCompileException;

/**
 * Translates the bytecode of one method into one C function. First an abstract interpretation over the control-flow
 * graph finds the type of every operand-stack entry and local at each instruction; then the instructions are emitted
 * in order as C statements on typed variables ({@code s<depth>_<type>} for the stack, {@code l<slot>_<type>} for
 * locals), with basic blocks as labels and gotos. The per-opcode rules live in {@link InstructionEmitter}.
 */
final class MethodTranslator {
    final TranslationSession session;
    final Dialect dialect;
    final Class<?> ownerClass;
    final ClassModel ownerModel;
    final String methodName;
    final boolean kernel;
    final String functionName;
    final ValueType returnType;
    final List<ValueType> parameterTypes;

    final List<Instruction> instructions = new ArrayList<>();
    final int[] lines;
    final Map<Label, Integer> labelIndex = new HashMap<>();
    final BitSet jumpTargets = new BitSet();
    private final String sourceFile;
    private final int maxLocals;

    /** Declared C variables: name to C type, in first-use order. */
    final Map<String, String> declarations = new LinkedHashMap<>();
    /** Names that are function parameters (not declared again in the body). */
    final java.util.Set<String> parameterNames = new java.util.HashSet<>();
    /** Kernel-top declarations: local and private arrays. */
    final List<String> arrayDeclarations = new ArrayList<>();
    long localMemoryBytes;
    boolean usesPrivateArrayZeroing;
    private final StringBuilder body = new StringBuilder(4096);
    private boolean emitting;

    MethodTranslator(TranslationSession session, Class<?> ownerClass, ClassModel ownerModel, MethodModel method,
                     List<ValueType> parameterTypes, ValueType returnType, boolean kernel, String functionName) {
        this.session = session;
        this.dialect = session.dialect;
        this.ownerClass = ownerClass;
        this.ownerModel = ownerModel;
        this.methodName = method.methodName().stringValue();
        this.kernel = kernel;
        this.functionName = functionName;
        this.returnType = returnType;
        this.parameterTypes = parameterTypes;
        this.sourceFile = ClassFiles.sourceFile(ownerModel, ownerClass);
        CodeModel code = method.code().orElseThrow();
        this.maxLocals = Math.max(((java.lang.classfile.attribute.CodeAttribute) code).maxLocals(), slotsOf(parameterTypes));
        List<Integer> lineList = new ArrayList<>();
        int line = -1;
        for (CodeElement e : code) {
            if (e instanceof LabelTarget t) {
                labelIndex.put(t.label(), instructions.size());
            } else if (e instanceof LineNumber ln) {
                line = ln.line();
            } else if (e instanceof Instruction ins) {
                instructions.add(ins);
                lineList.add(line);
            }
        }
        this.lines = lineList.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).opcode() == Opcode.MONITORENTER) {
                throw fail(i, "synchronized blocks (monitors) are not supported");
            }
        }
        if (!code.exceptionHandlers().isEmpty()) {
            int handler = labelIndex.getOrDefault(code.exceptionHandlers().getFirst().handler(), 0);
            throw fail(handler, "exception handling (try/catch/finally) is not supported on GPUs");
        }
        markParameters();
    }

    private static int slotsOf(List<ValueType> types) {
        int n = 0;
        for (ValueType t : types) {
            n += t.isWide() ? 2 : 1;
        }
        return n;
    }

    /** The whole C function definition. */
    String translate() {
        for (int i = 0; i < instructions.size(); i++) {
            for (Label target : targets(instructions.get(i))) {
                jumpTargets.set(index(target));
            }
        }
        Frame[] entry = analyse();
        emitting = true;
        InstructionEmitter emitter = new InstructionEmitter(this);
        Frame current = null;
        int lastLine = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (entry[i] == null) {
                current = null;
                continue;
            }
            if (current == null || jumpTargets.get(i)) {
                current = entry[i].copy();
            }
            if (jumpTargets.get(i)) {
                body.append("L").append(i).append(": ;\n");
            }
            if (lines[i] >= 0 && lines[i] != lastLine) {
                lastLine = lines[i];
                body.append("    /* ").append(sourceFile).append(':').append(lastLine).append(" */\n");
            }
            int consumed = emitter.step(i, current);
            i += consumed - 1;
            if (!fallsThrough(instructions.get(i))) {
                current = null;
            }
        }
        return assemble();
    }

    /** Abstract interpretation to a fixed point: the frame before every reachable instruction. */
    private Frame[] analyse() {
        int n = instructions.size();
        Frame[] entry = new Frame[n];
        entry[0] = initialFrame();
        Deque<Integer> work = new ArrayDeque<>();
        work.add(0);
        InstructionEmitter interpreter = new InstructionEmitter(this);
        while (!work.isEmpty()) {
            int i = work.poll();
            Frame f = entry[i].copy();
            interpreter.step(i, f);
            Instruction ins = instructions.get(i);
            List<Integer> successors = new ArrayList<>();
            for (Label target : targets(ins)) {
                successors.add(index(target));
            }
            if (fallsThrough(ins)) {
                if (i + 1 >= n) {
                    throw fail(i, "control falls off the end of the method");
                }
                successors.add(i + 1);
            }
            Frame out = f.stripped();
            for (int s : successors) {
                if (entry[s] == null) {
                    entry[s] = out.copy();
                    work.add(s);
                } else {
                    String mismatch = entry[s].stackMismatch(out);
                    if (mismatch != null) {
                        throw fail(s, mismatch);
                    }
                    if (entry[s].mergeFrom(out)) {
                        work.add(s);
                    }
                }
            }
        }
        return entry;
    }

    private Frame initialFrame() {
        Frame f = new Frame(maxLocals);
        int slot = 0;
        for (ValueType t : parameterTypes) {
            f.store(slot, Value.of(t));
            slot += t.isWide() ? 2 : 1;
        }
        return f;
    }

    static boolean fallsThrough(Instruction ins) {
        return switch (ins.opcode()) {
            case GOTO, GOTO_W, TABLESWITCH, LOOKUPSWITCH, RETURN, IRETURN, LRETURN, FRETURN, DRETURN, ARETURN,
                 ATHROW, JSR, JSR_W, RET -> false;
            default -> true;
        };
    }

    static List<Label> targets(Instruction ins) {
        if (ins instanceof BranchInstruction b) {
            return List.of(b.target());
        }
        if (ins instanceof TableSwitchInstruction t) {
            List<Label> l = new ArrayList<>();
            l.add(t.defaultTarget());
            for (SwitchCase c : t.cases()) {
                l.add(c.target());
            }
            return l;
        }
        if (ins instanceof LookupSwitchInstruction t) {
            List<Label> l = new ArrayList<>();
            l.add(t.defaultTarget());
            for (SwitchCase c : t.cases()) {
                l.add(c.target());
            }
            return l;
        }
        return List.of();
    }

    int index(Label label) {
        Integer i = labelIndex.get(label);
        if (i == null) {
            throw new KernelCompileException(where(-1) + ": branch to an unknown label");
        }
        return i;
    }

    boolean emitting() {
        return emitting;
    }

    void emit(String statement) {
        if (emitting) {
            body.append("    ").append(statement).append('\n');
        }
    }

    /** The C variable for stack depth {@code depth} holding {@code type}, declared on first use. */
    String stackVar(int depth, ValueType type) {
        String name = "s" + depth + "_" + type.suffix();
        declare(name, type);
        return name;
    }

    /** The C variable for local slot {@code slot} holding {@code type}, declared on first use. */
    String localVar(int slot, ValueType type) {
        String name = "l" + slot + "_" + type.suffix();
        declare(name, type);
        return name;
    }

    private void declare(String name, ValueType type) {
        if (!emitting || type.kind() == ValueType.Kind.CONTEXT || parameterNames.contains(name)) {
            return;
        }
        if (type.kind() == ValueType.Kind.DOUBLE || type.isArray() && type.element() == ValueType.Kind.DOUBLE) {
            session.usesDouble = true;
        }
        declarations.putIfAbsent(name, type.cType(dialect));
    }

    /** "Class.method (File.java:line)" for messages. */
    String where(int index) {
        int line = index >= 0 && index < lines.length ? lines[index] : -1;
        return ownerClass.getName() + "." + methodName + " (" + sourceFile + ":" + (line >= 0 ? line : "?") + ")";
    }

    KernelCompileException fail(int index, String message) {
        String instruction = index >= 0 && index < instructions.size()
                ? "; instruction: " + InstructionEmitter.describe(instructions.get(index)) : "";
        return new KernelCompileException(where(index) + ": " + message + instruction);
    }

    private String assemble() {
        StringBuilder f = new StringBuilder(body.length() + 1024);
        List<String> params = new ArrayList<>();
        int slot = 0;
        boolean takesContext = false;
        for (ValueType t : parameterTypes) {
            if (t.kind() == ValueType.Kind.CONTEXT) {
                takesContext = true;
                if (!kernel && dialect == Dialect.OPENCL) {
                    params.add("__local int* j_scratch");
                }
            } else {
                params.add(t.cType(dialect) + " l" + slot + "_" + t.suffix());
            }
            slot += t.isWide() ? 2 : 1;
        }
        if (!kernel && takesContext) {
            session.helperTakesContext = true;
        }
        String paramList = params.isEmpty() ? "void" : String.join(", ", params);
        String ret = returnType == null ? "void" : returnType.cType(dialect);
        if (kernel) {
            f.append(dialect == Dialect.CUDA ? "extern \"C\" __global__ void " : "__kernel void ");
        } else {
            // OpenCL helpers are always inlined so that no function but the kernel names a kernel __local array
            // (PoCL shares such arrays between work-groups otherwise: see Prelude).
            f.append(dialect == Dialect.CUDA ? "static __device__ " : Prelude.OPENCL_FUNCTION).append(ret).append(' ');
        }
        f.append(functionName).append('(').append(paramList).append(") {\n");
        if (kernel) {
            f.append("%%KERNEL_PROLOGUE%%");
        }
        for (String a : arrayDeclarations) {
            f.append("    ").append(a).append('\n');
        }
        if (usesPrivateArrayZeroing) {
            f.append("    int j_zi;\n");
        }
        for (Map.Entry<String, String> d : declarations.entrySet()) {
            f.append("    ").append(d.getValue()).append(' ').append(d.getKey()).append(";\n");
        }
        f.append(body);
        f.append("}\n");
        return f.toString();
    }

    /** Registers the kernel parameters' C names so they are not declared again. */
    void markParameters() {
        int slot = 0;
        for (ValueType t : parameterTypes) {
            parameterNames.add("l" + slot + "_" + t.suffix());
            slot += t.isWide() ? 2 : 1;
        }
    }

    Opcode opcode(int index) {
        return instructions.get(index).opcode();
    }
}
