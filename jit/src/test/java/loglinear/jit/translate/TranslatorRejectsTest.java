package loglinear.jit.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import loglinear.jit.KernelCompileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each unsupported construct fails with a message naming class, method, source line and the instruction. */
class TranslatorRejectsTest {

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("allocatesObject", "object allocation", "new java/lang/Object"),
                Arguments.of("callsVirtual", "virtual calls are not supported", "invokevirtual [F.clone"),
                Arguments.of("usesLambda", "invokedynamic", "invokedynamic run"),
                Arguments.of("throwsException", "object allocation", "new java/lang/IllegalStateException"),
                Arguments.of("catchesException", "exception handling", "astore"),
                Arguments.of("synchronizes", "synchronized blocks", "monitorenter"),
                Arguments.of("recursive", "recursive call", "invokestatic loglinear/jit/translate/RejectedKernels."),
                Arguments.of("mutuallyRecursive", "recursive call", "invokestatic loglinear/jit/translate/RejectedKernels."),
                Arguments.of("variableLocalArray", "compile-time constant", "invokevirtual loglinear/jit/KernelContext.allocateFloatLocalArray"),
                Arguments.of("variablePrivateArray", "compile-time constant", "newarray float"),
                Arguments.of("writesStatic", "writing static fields", "putstatic"),
                Arguments.of("readsMutableStatic", "is not final", "getstatic"),
                Arguments.of("readsStaticArray", "not a primitive constant", "getstatic"),
                Arguments.of("parameterLength", "pass the length as an int parameter", "arraylength"),
                Arguments.of("byteArray", "byte arrays are not supported", "newarray byte"),
                Arguments.of("localArrayInHelper", "allocated in the kernel method itself", "invokevirtual loglinear/jit/KernelContext.allocateFloatLocalArray"),
                Arguments.of("mixedSpaces", "global", "astore"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void namesClassMethodLineAndInstruction(String kernel, String reason, String instruction) throws IOException {
        Method m = method(kernel);
        int line = markedLine(kernel);
        for (Dialect dialect : Dialect.values()) {
            assertThatThrownBy(() -> Translator.translate(m, dialect))
                    .isInstanceOf(KernelCompileException.class)
                    .hasMessageContaining(RejectedKernels.class.getName() + ".")
                    .hasMessageContaining("RejectedKernels.java:" + line + ")")
                    .hasMessageContaining(reason)
                    .hasMessageContaining("instruction: " + instruction);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSignatures")
    void rejectsBadKernelSignatures(String kernel, String reason) {
        Method m = method(kernel);
        assertThatThrownBy(() -> Translator.translate(m, Dialect.CUDA))
                .isInstanceOf(KernelCompileException.class)
                .hasMessageContaining(RejectedKernels.class.getName() + "." + kernel)
                .hasMessageContaining(reason);
    }

    static Stream<Arguments> badSignatures() {
        return Stream.of(
                Arguments.of("stringParameter", "java.lang.String"),
                Arguments.of("returnsValue", "must return void"),
                Arguments.of("instanceKernel", "must be a static method"),
                Arguments.of("noContext", "first parameter of a kernel must be a KernelContext"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recursionChains")
    void recursionMessageShowsTheCallChain(String kernel, List<String> chain) {
        assertThatThrownBy(() -> Translator.translate(method(kernel), Dialect.OPENCL))
                .hasMessageContaining(String.join(" -> ", chain));
    }

    static Stream<Arguments> recursionChains() {
        String owner = RejectedKernels.class.getName();
        return Stream.of(
                Arguments.of("recursive", List.of(owner + ".factorial(I)I", owner + ".factorial(I)I")),
                Arguments.of("mutuallyRecursive", List.of(owner + ".even(I)Z", owner + ".odd(I)Z", owner + ".even(I)Z")));
    }

    private static Method method(String name) {
        for (Method m : RejectedKernels.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no kernel " + name);
    }

    /** The 1-based line of the comment marking where {@code kernel} is rejected. */
    private static int markedLine(String kernel) throws IOException {
        Path source = Path.of("src/test/java/loglinear/jit/translate/RejectedKernels.java");
        if (!Files.exists(source)) {
            source = Path.of("jit").resolve(source);
        }
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("// rejected: " + kernel)) {
                return i + 1;
            }
        }
        assertThat(lines).as("marker for " + kernel).isEmpty();
        return -1;
    }
}
