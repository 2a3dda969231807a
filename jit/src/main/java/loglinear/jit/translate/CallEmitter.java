package loglinear.jit.translate;

import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

import loglinear.jit.MmaLayout;

/**
 * Method calls and array allocation: KernelContext methods become built-ins, JDK and KernelMath methods become C
 * math, other static methods become calls to translated helper functions; {@code new T[N]} becomes a private array.
 */
final class CallEmitter {
    private static final String CONTEXT_OWNER = "loglinear/jit/KernelContext";

    private final MethodTranslator m;
    private final InstructionEmitter e;
    private final Dialect dialect;
    private final boolean cuda;
    private int localArrays;
    private int privateArrays;

    CallEmitter(MethodTranslator m, InstructionEmitter e) {
        this.m = m;
        this.e = e;
        this.dialect = m.dialect;
        this.cuda = dialect == Dialect.CUDA;
    }

    void invoke(int index, Frame f, InvokeInstruction inv) {
        String owner = inv.owner().asInternalName();
        String name = inv.name().stringValue();
        String descriptor = inv.type().stringValue();
        switch (inv.opcode()) {
            case INVOKEVIRTUAL -> {
                if (!owner.equals(CONTEXT_OWNER)) {
                    throw m.fail(index, "virtual calls are not supported in kernels (only KernelContext methods)");
                }
                contextCall(index, f, name, descriptor);
            }
            case INVOKESTATIC -> staticCall(index, f, inv, owner, name, descriptor);
            case INVOKEINTERFACE -> throw m.fail(index, "interface calls are not supported in kernels");
            case INVOKESPECIAL -> throw m.fail(index,
                    "constructor and private instance calls are not supported in kernels");
            default -> throw m.fail(index, "unsupported call");
        }
    }

    /** Argument C names (bottom first) after checking the stack against {@code type}'s parameters. */
    private List<String> argumentNames(Frame f, int count) {
        List<String> names = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            names.add(e.name(f, i));
        }
        return names;
    }

    private void staticCall(int index, Frame f, InvokeInstruction inv, String owner, String name, String descriptor) {
        MethodTypeDesc type = inv.typeSymbol();
        int count = type.parameterCount();
        if (f.depth() < count) {
            throw m.fail(index, "operand stack underflow");
        }
        List<Value> args = new ArrayList<>(f.stack.subList(f.depth() - count, f.depth()));
        for (int i = 0; i < count; i++) {
            if (!TranslationSession.accepts(type.parameterType(i), args.get(i).type())) {
                throw m.fail(index, "argument " + i + " of type " + args.get(i).type() + " does not match parameter "
                        + type.parameterType(i).displayName());
            }
        }
        List<String> names = argumentNames(f, count);
        Intrinsics.Template intrinsic = Intrinsics.lookup(dialect, owner, name, descriptor);
        ValueType result = type.returnType().descriptorString().equals("V") ? null
                : ValueType.ofScalarDescriptor(type.returnType());
        if (intrinsic != null) {
            for (int i = 0; i < count; i++) {
                f.pop();
            }
            String floatVariant = Intrinsics.floatVariant(dialect, owner, name, descriptor);
            boolean allWidened = floatVariant != null && args.stream().allMatch(a -> a.floatSource() != null);
            String target = e.push(f, Value.of(result));
            m.emit(target + " = " + intrinsic.apply(names) + ";");
            if (allWidened) {
                // (float) Math.f((double) x): also evaluate the float built-in; the double result is dead code
                // for the vendor compiler when a d2f consumes it.
                String floatTarget = m.stackVar(f.depth() - 1, ValueType.FLOAT);
                List<String> sources = args.stream().map(Value::floatSource).toList();
                m.emit(floatTarget + " = " + floatVariant + "(" + String.join(", ", sources) + ");");
                f.pop();
                f.push(new Value(ValueType.DOUBLE, null, null, null, floatTarget));
            }
            return;
        }
        if (owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/")
                || owner.startsWith("sun/") || owner.equals("loglinear/jit/KernelMath")) {
            throw m.fail(index, "call of " + owner.replace('/', '.') + "." + name + descriptor
                    + " is not supported on the device (see Intrinsics for the supported JDK methods)");
        }
        if (result == null && !type.returnType().descriptorString().equals("V")) {
            throw m.fail(index, "helper methods may return only primitives or void");
        }
        List<ValueType> argTypes = new ArrayList<>();
        List<String> cArgs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ValueType t = args.get(i).type();
            argTypes.add(t);
            if (t.kind() == ValueType.Kind.CONTEXT) {
                if (!cuda) {
                    cArgs.add("j_scratch");
                }
            } else {
                cArgs.add(names.get(i));
            }
        }
        for (int i = 0; i < count; i++) {
            f.pop();
        }
        String call;
        if (m.emitting()) {
            String function = m.session.helper(owner, name, descriptor, argTypes, m.where(index),
                    "; instruction: " + InstructionEmitter.describe(m.instructions.get(index)));
            call = function + "(" + String.join(", ", cArgs) + ")";
        } else {
            call = "";
        }
        if (result == null) {
            m.emit(call + ";");
        } else {
            m.emit(e.push(f, Value.of(result)) + " = " + call + ";");
        }
    }

    private void contextCall(int index, Frame f, String name, String descriptor) {
        String key = name + descriptor;
        switch (key) {
            case "localLinearId()I", "laneId()I" -> {
                f.pop();
                String expr = name.equals("laneId") ? ContextBuiltins.laneId(dialect)
                        : ContextBuiltins.localLinearId(dialect);
                m.emit(e.push(f, Value.of(ValueType.INT)) + " = " + expr + ";");
            }
            case "localBarrier()V" -> {
                f.pop();
                m.emit(ContextBuiltins.barrier(dialect));
            }
            case "allocateFloatLocalArray(I)[F", "allocateIntLocalArray(I)[I" -> {
                ValueType.Kind element = name.contains("Float") ? ValueType.Kind.FLOAT : ValueType.Kind.INT;
                int size = constantSize(index, f, "local array");
                f.pop();
                f.pop();
                if (!m.kernel) {
                    throw m.fail(index, "local arrays must be allocated in the kernel method itself, not in helpers");
                }
                String array = declareLocalArray(element, size);
                ValueType t = ValueType.array(element, ValueType.Space.LOCAL);
                m.emit(e.push(f, Value.array(t, size)) + " = " + array + ";");
            }
            case "atomicAdd([III)I", "atomicAdd([FIF)F" -> {
                String value = e.name(f, 0);
                String idx = e.name(f, 1);
                String arr = e.name(f, 2);
                f.pop();
                f.pop();
                Value array = f.pop();
                f.pop();
                if (array.type().space() == ValueType.Space.PRIVATE) {
                    throw m.fail(index, "atomicAdd on a thread-private array is not supported");
                }
                boolean isFloat = descriptor.startsWith("([F");
                String address = "&" + arr + "[" + idx + "]";
                String expr;
                if (cuda) {
                    expr = "atomicAdd(" + address + ", " + value + ")";
                } else if (isFloat) {
                    expr = (array.type().space() == ValueType.Space.GLOBAL ? "j_atomic_add_f_g(" : "j_atomic_add_f_l(")
                            + address + ", " + value + ")";
                } else {
                    expr = "atomic_add(" + address + ", " + value + ")";
                }
                m.emit(e.push(f, Value.of(isFloat ? ValueType.FLOAT : ValueType.INT)) + " = " + expr + ";");
            }
            case "shuffleXor(FI)F", "shuffleXor(II)I", "shuffleDown(FI)F", "shuffleDown(II)I" -> {
                String lane = e.name(f, 0);
                String value = e.name(f, 1);
                boolean isFloat = descriptor.startsWith("(F");
                f.pop();
                f.pop();
                f.pop();
                boolean xor = name.equals("shuffleXor");
                String expr;
                if (cuda) {
                    expr = (xor ? "__shfl_xor_sync(0xffffffffu, " : "__shfl_down_sync(0xffffffffu, ") + value + ", "
                            + (xor ? lane : "(unsigned)" + lane) + ")";
                } else {
                    m.session.usesScratch = true;
                    expr = (xor ? "j_shfl_xor_" : "j_shfl_down_") + (isFloat ? "f" : "i") + "(j_scratch, " + value
                            + ", " + lane + ")";
                }
                m.emit(e.push(f, Value.of(isFloat ? ValueType.FLOAT : ValueType.INT)) + " = " + expr + ";");
            }
            case "subGroupReduceAdd(F)F", "subGroupReduceAdd(I)I" -> {
                String value = e.name(f, 0);
                boolean isFloat = descriptor.startsWith("(F");
                f.pop();
                f.pop();
                String function = isFloat ? "j_reduce_add_f(" : "j_reduce_add_i(";
                if (!cuda) {
                    m.session.usesScratch = true;
                    function += "j_scratch, ";
                }
                m.emit(e.push(f, Value.of(isFloat ? ValueType.FLOAT : ValueType.INT)) + " = " + function + value + ");");
            }
            case "mmaAccumulate([FI[FIII[FIIII)V" -> mmaAccumulate(index, f, false, false);
            case "mmaAccumulate([FI[FIIII[FIIIII)V" -> mmaAccumulate(index, f, true, false);
            case "mmaAccumulateRowScaled([FI[FI[FIII[FIIII)V" -> mmaAccumulate(index, f, false, true);
            case "mmaPairHigh(FF)I", "mmaPairLow(FF)I" -> {
                String second = e.name(f, 0);
                String first = e.name(f, 1);
                f.pop();
                f.pop();
                f.pop();
                boolean high = name.equals("mmaPairHigh");
                String expr;
                if (cuda) {
                    m.session.usesMma = true;
                    expr = "(int)" + (high ? "j_pair_hi(" : "j_pair_lo(") + first + ", " + second + ")";
                } else {
                    expr = "as_int(" + (high ? first : second) + ")";
                }
                m.emit(e.push(f, Value.of(ValueType.INT)) + " = " + expr + ";");
            }
            case "mmaAccumulatePairs([FI[I[IIII[I[IIIII)V" -> mmaAccumulatePairs(index, f);
            case "storeFloatPair([FIFF)V" -> {
                // storeFloatPair(array, index, first, second)
                String[] o = pairOperands(index, f, "storeFloatPair");
                if (cuda) {
                    m.emit("*(float2*)(" + o[0] + " + (" + o[1] + ")) = make_float2(" + o[2] + ", " + o[3] + ");");
                } else {
                    m.emit("vstore2((float2)(" + o[2] + ", " + o[3] + "), 0, " + o[0] + " + (" + o[1] + "));");
                }
            }
            case "loadFloatPair([FI[FI)V" -> {
                // loadFloatPair(array, index, into, intoIndex)
                String[] o = pairOperands(index, f, "loadFloatPair");
                String load = cuda ? "*(const float2*)(" + o[0] + " + (" + o[1] + "))"
                        : "vload2(0, " + o[0] + " + (" + o[1] + "))";
                m.emit("{ const float2 j_pair = " + load + "; " + o[2] + "[" + o[3] + "] = j_pair.x; " + o[2]
                        + "[(" + o[3] + ") + 1] = j_pair.y; }");
            }
            case "asyncCopy([FI[FII)V" -> AsyncCopyEmitter.copy(m, e, f, index, false);
            case "asyncCopy4([FI[FII)V", "asyncCopy4([II[III)V" -> AsyncCopyEmitter.copy(m, e, f, index, true);
            case "asyncCommit()V" -> AsyncCopyEmitter.commit(m, f);
            case "asyncWait(I)V" -> AsyncCopyEmitter.await(m, f, index);
            default -> throw m.fail(index, "KernelContext." + name + descriptor + " is not supported on the device");
        }
    }

    /**
     * {@code ctx.mmaAccumulate(acc, nTiles, a, aOffset, aRowStride, aColStride, [aRows,] b, bOffset, bRowStride,
     * bColStride, [bColumns,] depth)} and {@code ctx.mmaAccumulateRowScaled(acc, nTiles, rowScale, rowScaleOffset,
     * a, ...)}: on CUDA a call of the prelude's {@code j_mma_f32}, {@code j_mma_f32_bounded} or
     * {@code j_mma_f32_scaled} (three TF32 tensor-core products per step, see {@link MmaPrelude}); on OpenCL the
     * emulator's definition inlined, one float fma chain per accumulator element.
     */
    private void mmaAccumulate(int index, Frame f, boolean bounded, boolean scaled) {
        int count = bounded || scaled ? 13 : 11;
        List<String> args = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            args.add(e.name(f, i));
        }
        // The row-scaled form is normalised to the unscaled argument order; its scale is applied to A's loads.
        String rowScale = scaled ? args.remove(2) : null;
        String rowScaleOffset = scaled ? args.remove(2) : null;
        Value acc = f.peek(count - 1);
        Value tiles = f.peek(count - 2);
        Value depth = f.peek(0);
        int nTiles = requireAccumulator(index, "mmaAccumulate", acc, tiles);
        if (depth.intConstant() != null && (depth.intConstant() < 0 || !bounded && depth.intConstant() % 8 != 0)) {
            throw m.fail(index, "mmaAccumulate: depth must be a non-negative multiple of 8, got "
                    + depth.intConstant());
        }
        for (int i = 0; i <= count; i++) {
            f.pop();
        }
        if (cuda) {
            m.session.usesMma = true;
            if (scaled) {
                m.emit("j_mma_f32_scaled(" + String.join(", ", args.subList(0, 2)) + ", " + rowScale + ", "
                        + rowScaleOffset + ", " + String.join(", ", args.subList(2, args.size())) + ");");
            } else {
                m.emit((bounded ? "j_mma_f32_bounded(" : "j_mma_f32(") + String.join(", ", args) + ");");
            }
            return;
        }
        if (!bounded) {
            args.add(6, "16");
            args.add(11, String.valueOf(8 * nTiles));
        }
        // OpenCL: the lane owns rows g and g + 8 and columns 8 n + 2 t + j (j < 2) of every n-tile; per step p it
        // loads its two A values and 2 nTiles B values (0 for rows >= aRows, columns >= bColumns) and updates its
        // 4 nTiles accumulators, each one a float fma chain over p in order (the emulator's definition, so the
        // results agree bit for bit).
        String a = args.get(2);
        String b = args.get(7);
        String acc0 = args.get(0);
        String aRows = args.get(6);
        String bColumns = args.get(11);
        String aAt = args.get(3) + " + %s * " + args.get(4) + " + j_mma_p * " + args.get(5);
        m.emit("{ const int j_mma_lane = " + ContextBuiltins.laneId(dialect) + ";");
        m.emit("  const int j_mma_g = j_mma_lane >> 2;");
        m.emit("  const int j_mma_t2 = (j_mma_lane & 3) << 1;");
        if (scaled) {
            // The lane's two row scales, read once per call rather than once per step.
            m.emit("  const float j_mma_s0 = " + rowScale + "[" + rowScaleOffset + " + j_mma_g];");
            m.emit("  const float j_mma_s1 = " + rowScale + "[" + rowScaleOffset + " + j_mma_g + 8];");
        }
        m.emit("  for (int j_mma_p = 0; j_mma_p < " + args.get(12) + "; ++j_mma_p) {");
        if (bounded) {
            m.emit("    const float j_mma_a0 = j_mma_g < " + aRows + " ? " + a + "[" + aAt.formatted("j_mma_g")
                    + "] : 0.0f;");
            m.emit("    const float j_mma_a1 = j_mma_g + 8 < " + aRows + " ? " + a + "["
                    + aAt.formatted("(j_mma_g + 8)") + "] : 0.0f;");
        } else if (scaled) {
            m.emit("    const float j_mma_a0 = j_mma_s0 * " + a + "[" + aAt.formatted("j_mma_g") + "];");
            m.emit("    const float j_mma_a1 = j_mma_s1 * " + a + "[" + aAt.formatted("(j_mma_g + 8)") + "];");
        } else {
            m.emit("    const float j_mma_a0 = " + a + "[" + aAt.formatted("j_mma_g") + "];");
            m.emit("    const float j_mma_a1 = " + a + "[" + aAt.formatted("(j_mma_g + 8)") + "];");
        }
        for (int n = 0; n < nTiles; n++) {
            for (int j = 0; j < 2; j++) {
                int top = 4 * n + j;
                String column = "(" + (8 * n + j) + " + j_mma_t2)";
                String load = b + "[" + args.get(8) + " + j_mma_p * " + args.get(9) + " + " + column + " * "
                        + args.get(10) + "]";
                m.emit("    { const float j_mma_b = " + (bounded ? column + " < " + bColumns + " ? " + load
                        + " : 0.0f" : load) + ";");
                m.emit("      " + acc0 + "[" + top + "] = fma(j_mma_a0, j_mma_b, " + acc0 + "[" + top + "]);");
                m.emit("      " + acc0 + "[" + (top + 2) + "] = fma(j_mma_a1, j_mma_b, " + acc0 + "[" + (top + 2)
                        + "]); }");
            }
        }
        m.emit("  } }");
    }

    /**
     * {@code ctx.mmaAccumulatePairs(acc, nTiles, aHigh, aLow, aOffset, aStride, aPairsAlongDepth, bHigh, bLow,
     * bOffset, bStride, bPairsAlongDepth, depth)}: on CUDA a call of the prelude's {@code j_mma_pairs} with the
     * layout flags as template arguments (three bfloat16 tensor-core products per 16-deep step, see
     * {@link MmaPrelude}); on OpenCL the emulator's definition inlined, one float fma chain per accumulator element
     * over the exact values (the float bits of a pair's first element in the high array, of its second in the low).
     */
    private void mmaAccumulatePairs(int index, Frame f) {
        int count = 13;
        List<String> args = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            args.add(e.name(f, i));
        }
        Value acc = f.peek(count - 1);
        Value tiles = f.peek(count - 2);
        Value aAlong = f.peek(count - 7);
        Value bAlong = f.peek(1);
        Value depth = f.peek(0);
        int nTiles = requireAccumulator(index, "mmaAccumulatePairs", acc, tiles);
        for (Value flag : List.of(aAlong, bAlong)) {
            if (flag.intConstant() == null || (flag.intConstant() & ~1) != 0) {
                throw m.fail(index, "mmaAccumulatePairs: the pair layout flags must be compile-time constants 0 or 1,"
                        + " got " + (flag.intConstant() == null ? "a run-time value" : flag.intConstant()));
            }
        }
        if (depth.intConstant() != null && (depth.intConstant() < 0 || depth.intConstant() % 16 != 0)) {
            throw m.fail(index, "mmaAccumulatePairs: depth must be a non-negative multiple of 16, got "
                    + depth.intConstant());
        }
        for (int i = 0; i <= count; i++) {
            f.pop();
        }
        boolean aAlongDepth = aAlong.intConstant() == 1;
        boolean bAlongDepth = bAlong.intConstant() == 1;
        if (cuda) {
            m.session.usesMma = true;
            List<String> call = new ArrayList<>(args);
            call.remove(11);
            call.remove(6);
            m.emit("j_mma_pairs<" + aAlongDepth + ", " + bAlongDepth + ">(" + String.join(", ", call) + ");");
            return;
        }
        String acc0 = args.get(0);
        String aHigh = args.get(2);
        String aLow = args.get(3);
        String bHigh = args.get(7);
        String bLow = args.get(8);
        m.emit("{ const int j_mma_lane = " + ContextBuiltins.laneId(dialect) + ";");
        m.emit("  const int j_mma_g = j_mma_lane >> 2;");
        m.emit("  const int j_mma_t2 = (j_mma_lane & 3) << 1;");
        m.emit("  for (int j_mma_p = 0; j_mma_p < " + args.get(12) + "; ++j_mma_p) {");
        for (int half = 0; half < 2; half++) {
            String row = half == 0 ? "j_mma_g" : "(j_mma_g + 8)";
            m.emit("    const float j_mma_a" + half + " = " + pairElement(aHigh, aLow, args.get(4), args.get(5),
                    aAlongDepth, row) + ";");
        }
        for (int n = 0; n < nTiles; n++) {
            for (int j = 0; j < 2; j++) {
                int top = 4 * n + j;
                String column = "(" + (8 * n + j) + " + j_mma_t2)";
                m.emit("    { const float j_mma_b = " + pairElement(bHigh, bLow, args.get(9), args.get(10),
                        bAlongDepth, column) + ";");
                m.emit("      " + acc0 + "[" + top + "] = fma(j_mma_a0, j_mma_b, " + acc0 + "[" + top + "]);");
                m.emit("      " + acc0 + "[" + (top + 2) + "] = fma(j_mma_a1, j_mma_b, " + acc0 + "[" + (top + 2)
                        + "]); }");
            }
        }
        m.emit("  } }");
    }

    /**
     * OpenCL expression of one operand element of {@code mmaAccumulatePairs} at step {@code j_mma_p} and other
     * index {@code other} (A's row, B's column): the word offset + other * stride + p / 2 with half p % 2 when the
     * pairs run along depth, else offset + p * stride + other / 2 with half other % 2; half 0 is the high array.
     */
    private static String pairElement(String high, String low, String offset, String stride, boolean alongDepth,
                                      String other) {
        String word = alongDepth ? offset + " + " + other + " * " + stride + " + (j_mma_p >> 1)"
                : offset + " + j_mma_p * " + stride + " + (" + other + " >> 1)";
        String parity = alongDepth ? "(j_mma_p & 1)" : "(" + other + " & 1)";
        return "as_float(" + parity + " != 0 ? " + low + "[" + word + "] : " + high + "[" + word + "])";
    }

    /**
     * The checks every tensor-core product makes of its accumulator: a thread-private array, nTiles a compile-time
     * constant in 1 .. {@link MmaLayout#MAX_N_TILES}, at least 4 nTiles elements. Returns nTiles.
     */
    private int requireAccumulator(int index, String call, Value acc, Value tiles) {
        if (acc.type().space() != ValueType.Space.PRIVATE) {
            throw m.fail(index, call + ": acc must be a thread-private array (new float[4 * nTiles])");
        }
        if (tiles.intConstant() == null || tiles.intConstant() < 1 || tiles.intConstant() > MmaLayout.MAX_N_TILES) {
            throw m.fail(index, call + ": nTiles must be a compile-time constant in 1.." + MmaLayout.MAX_N_TILES
                    + ", got "
                    + (tiles.intConstant() == null ? "a run-time value" : tiles.intConstant()));
        }
        int nTiles = tiles.intConstant();
        if (acc.arrayLength() != null && acc.arrayLength() < 4 * nTiles) {
            throw m.fail(index, call + ": acc has " + acc.arrayLength() + " elements, expected at least "
                    + 4 * nTiles + " for nTiles = " + nTiles);
        }
        return nTiles;
    }

    private int constantSize(int index, Frame f, String what) {
        Value size = f.peek(0);
        if (size.type().kind() != ValueType.Kind.INT || size.intConstant() == null) {
            throw m.fail(index, "the size of a " + what + " must be a compile-time constant (a literal or a static"
                    + " final int pushed right before the allocation)");
        }
        if (size.intConstant() < 0) {
            throw m.fail(index, "negative " + what + " size " + size.intConstant());
        }
        return size.intConstant();
    }

    /**
     * The four operands of {@code storeFloatPair}/{@code loadFloatPair} (the pair's array and index first), popped
     * with the context; the pair's array must be global or local.
     */
    private String[] pairOperands(int index, Frame f, String method) {
        String[] operands = {e.name(f, 3), e.name(f, 2), e.name(f, 1), e.name(f, 0)};
        if (f.peek(3).type().space() == ValueType.Space.PRIVATE) {
            throw m.fail(index, method + ": the array must be a global array (a kernel parameter) or a local array,"
                    + " got a private array");
        }
        for (int i = 0; i < 5; i++) {
            f.pop();
        }
        return operands;
    }

    private String declareLocalArray(ValueType.Kind element, int size) {
        String name = "j_local" + localArrays++;
        if (!m.emitting()) {
            return name;
        }
        String cType = new ValueType(element, null, null).cType(dialect);
        if (cuda) {
            if (m.localMemoryBytes == 0 && m.arrayDeclarations.stream().noneMatch(d -> d.contains("j_smem"))) {
                m.arrayDeclarations.add("extern __shared__ __align__(16) unsigned char j_smem[];");
            }
            long offset = (m.localMemoryBytes + 15) & ~15L;
            m.arrayDeclarations.add(cType + "* " + name + " = (" + cType + "*)(j_smem + " + offset + ");");
            m.localMemoryBytes = offset + (long) size * ValueType.elementBytes(element);
        } else {
            m.arrayDeclarations.add("__local " + cType + " " + name + "[" + Math.max(size, 1) + "];");
            m.localMemoryBytes += (long) size * ValueType.elementBytes(element);
        }
        return name;
    }

    void newPrivateArray(int index, Frame f, TypeKind kind) {
        ValueType.Kind element = switch (kind) {
            case INT -> ValueType.Kind.INT;
            case LONG -> ValueType.Kind.LONG;
            case FLOAT -> ValueType.Kind.FLOAT;
            case DOUBLE -> ValueType.Kind.DOUBLE;
            case SHORT -> ValueType.Kind.SHORT;
            default -> throw m.fail(index, kind.name().toLowerCase()
                    + " arrays are not supported (use float[], int[], long[], double[] or short[])");
        };
        int size = constantSize(index, f, "private array");
        f.pop();
        String name = "j_priv" + privateArrays++;
        ValueType t = ValueType.array(element, ValueType.Space.PRIVATE);
        if (m.emitting()) {
            String cType = new ValueType(element, null, null).cType(dialect);
            m.arrayDeclarations.add(cType + " " + name + "[" + Math.max(size, 1) + "];");
            m.usesPrivateArrayZeroing = true;
            // Java zero-fills every new array.
            m.emit("for (j_zi = 0; j_zi < " + size + "; ++j_zi) " + name + "[j_zi] = 0;");
        }
        m.emit(e.push(f, Value.array(t, size)) + " = " + name + ";");
    }
}
