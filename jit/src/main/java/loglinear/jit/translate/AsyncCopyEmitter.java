package loglinear.jit.translate;

/**
 * {@code KernelContext.asyncCopy}, {@code asyncCopy4}, {@code asyncCommit} and {@code asyncWait}. On CUDA they are
 * {@code cp.async} copies from global into shared memory (compute capability 8.0 or newer), with the prelude below;
 * the source size operand of {@code cp.async} zero-fills what lies outside, so a copy at a matrix edge needs no
 * branch. On OpenCL a copy is made at once with plain loads and stores, and commit and wait emit nothing: a copy
 * that has already landed satisfies every wait.
 */
final class AsyncCopyEmitter {
    private AsyncCopyEmitter() {
    }

    static final String CUDA_PRELUDE = """

            static __device__ __forceinline__ void j_async_copy1(float* dst, const float* src, int inside) {
                const unsigned s = (unsigned)__cvta_generic_to_shared(dst);
                asm volatile("cp.async.ca.shared.global [%0], [%1], 4, %2;\\n"
                             :: "r"(s), "l"(src), "r"(inside != 0 ? 4 : 0) : "memory");
            }
            static __device__ __forceinline__ void j_async_copy4(void* dst, const void* src, int count) {
                const unsigned s = (unsigned)__cvta_generic_to_shared(dst);
                const int bytes = count <= 0 ? 0 : (count >= 4 ? 16 : 4 * count);
                asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;\\n"
                             :: "r"(s), "l"(src), "r"(bytes) : "memory");
            }
            """;

    /** Emits {@code asyncCopy(local, localIndex, global, globalIndex, inside)} or {@code asyncCopy4(..., count)}. */
    static void copy(MethodTranslator m, InstructionEmitter e, Frame f, int index, boolean four) {
        String call = four ? "asyncCopy4" : "asyncCopy";
        String count = e.name(f, 0);
        String globalIndex = e.name(f, 1);
        String global = e.name(f, 2);
        String localIndex = e.name(f, 3);
        String local = e.name(f, 4);
        Value globalArray = f.peek(2);
        Value localArray = f.peek(4);
        if (localArray.type().space() != ValueType.Space.LOCAL) {
            throw m.fail(index, call + ": the destination must be a local array (allocateFloatLocalArray or"
                    + " allocateIntLocalArray), got a " + localArray.type().space().name().toLowerCase() + " array");
        }
        if (globalArray.type().space() != ValueType.Space.GLOBAL) {
            throw m.fail(index, call + ": the source must be a global array (a kernel parameter), got a "
                    + globalArray.type().space().name().toLowerCase() + " array");
        }
        for (int i = 0; i < 6; i++) {
            f.pop();
        }
        if (m.dialect == Dialect.CUDA) {
            m.session.usesAsyncCopy = true;
            String source = "(" + count + " != 0 ? " + global + " + " + globalIndex + " : " + global + ")";
            m.emit((four ? "j_async_copy4(" : "j_async_copy1(") + local + " + " + localIndex + ", " + source + ", "
                    + count + ");");
            return;
        }
        if (!four) {
            m.emit(local + "[" + localIndex + "] = " + count + " != 0 ? " + global + "[" + globalIndex
                    + "] : 0.0f;");
            return;
        }
        String zero = localArray.type().element() == ValueType.Kind.INT ? "0" : "0.0f";
        for (int i = 0; i < 4; i++) {
            m.emit(local + "[" + localIndex + " + " + i + "] = " + count + " > " + i + " ? " + global + "["
                    + globalIndex + " + " + i + "] : " + zero + ";");
        }
    }

    /** Emits {@code asyncCommit()}. */
    static void commit(MethodTranslator m, Frame f) {
        f.pop();
        if (m.dialect == Dialect.CUDA) {
            m.session.usesAsyncCopy = true;
            m.emit("asm volatile(\"cp.async.commit_group;\\n\" ::: \"memory\");");
        }
    }

    /** Emits {@code asyncWait(pendingGroups)}; pendingGroups must be a compile-time constant 0 .. 7. */
    static void await(MethodTranslator m, Frame f, int index) {
        Integer pending = f.peek(0).intConstant();
        if (pending == null || pending < 0 || pending > 7) {
            throw m.fail(index, "asyncWait: pendingGroups must be a compile-time constant 0 .. 7, got "
                    + (pending == null ? "a run-time value" : pending));
        }
        f.pop();
        f.pop();
        if (m.dialect == Dialect.CUDA) {
            m.session.usesAsyncCopy = true;
            m.emit("asm volatile(\"cp.async.wait_group " + pending + ";\\n\" ::: \"memory\");");
        }
    }
}
