package loglinear.jit.emulator;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Atomic read-modify-write on Java arrays (global or local memory), as GPU atomics: a volatile get-and-add for ints,
 * a compare-and-set loop on the bit pattern for floats. Out-of-range indices throw
 * {@link ArrayIndexOutOfBoundsException}.
 */
final class GlobalAtomics {
    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    private static final VarHandle FLOATS = MethodHandles.arrayElementVarHandle(float[].class);

    private GlobalAtomics() {
    }

    /** {@code old = array[index]; array[index] = old + value; return old;} atomically. */
    static int add(int[] array, int index, int value) {
        return (int) INTS.getAndAdd(array, index, value);
    }

    /** {@code old = array[index]; array[index] = old + value; return old;} atomically (CAS on the float's bits). */
    static float add(float[] array, int index, float value) {
        while (true) {
            float old = (float) FLOATS.getVolatile(array, index);
            if (FLOATS.weakCompareAndSet(array, index, old, old + value)) {
                return old;
            }
        }
    }
}
