package loglinear.jit;

/**
 * A kernel method uses something outside the supported subset (or a vendor compiler rejected the generated code).
 * The message names the class, method, source line and bytecode instruction.
 */
public class KernelCompileException extends RuntimeException {
    public KernelCompileException(String message) {
        super(message);
    }

    public KernelCompileException(String message, Throwable cause) {
        super(message, cause);
    }
}
