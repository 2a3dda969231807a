package loglinear.jit.tools.conformance;

import java.util.List;

/**
 * An expectation computed on the host from the launch's inputs (for kernels whose meaning depends on barriers,
 * atomics or shuffles, where running the same Java method on the emulator is not an independent oracle).
 */
@FunctionalInterface
public interface HostCheck {
    /**
     * @param args    the launch's arguments (inputs with their initial contents)
     * @param outputs per argument, the read-back int[] or float[] of a buffer argument, or null
     * @return null when the outputs are right, else a message naming the first wrong element
     */
    String check(List<KernelArg> args, List<Object> outputs);

    HostCheck NONE = (args, outputs) -> null;
}
