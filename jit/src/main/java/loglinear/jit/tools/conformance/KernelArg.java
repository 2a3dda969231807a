package loglinear.jit.tools.conformance;

import loglinear.jit.ElementType;

/** One argument of a conformance kernel launch, in parameter order after the {@code KernelContext}. */
public sealed interface KernelArg {

    /** An int buffer written from {@code initial} before the launch and read back after it. */
    record IntBuffer(int[] initial, Check check) implements KernelArg {
    }

    /** A float buffer written from {@code initial} before the launch and read back after it. */
    record FloatBuffer(float[] initial, Check check) implements KernelArg {
    }

    /**
     * A device-only buffer (any element type, e.g. short[], long[] or double[] storage) that the kernel writes before
     * it reads; never transferred, never compared.
     */
    record Scratch(ElementType type, int length) implements KernelArg {
    }

    /** A scalar passed by value (a boxed primitive of the parameter's exact type). */
    record Scalar(Object value) implements KernelArg {
    }

    static IntBuffer ints(int[] initial, Check check) {
        return new IntBuffer(initial, check);
    }

    static FloatBuffer floats(float[] initial, Check check) {
        return new FloatBuffer(initial, check);
    }

    static IntBuffer intInput(int[] values) {
        return new IntBuffer(values, Check.none());
    }

    static FloatBuffer floatInput(float[] values) {
        return new FloatBuffer(values, Check.none());
    }
}
