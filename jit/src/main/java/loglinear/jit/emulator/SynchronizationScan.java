package loglinear.jit.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import loglinear.jit.KernelContext;

/**
 * Decides from bytecode whether a kernel needs its work-items to run concurrently: it does when the kernel method, or
 * any static helper it calls (transitively), calls {@code localBarrier}, a shuffle, {@code subGroupReduceAdd} or an
 * {@code allocate*LocalArray} of {@link KernelContext}. Kernels that do none of these run their work-items one after
 * another, which is much faster and gives the same results.
 *
 * <p>The scan is conservative: a call it cannot follow (an instance or interface call into non-JDK code, an
 * {@code invokedynamic} other than string concatenation, a class whose bytes cannot be read) counts as "needs
 * synchronization".
 */
final class SynchronizationScan {
    private static final String CONTEXT = KernelContext.class.getName().replace('.', '/');
    private static final Set<String> SYNCHRONIZING_CALLS = Set.of("localBarrier", "shuffleXor", "shuffleDown",
            "subGroupReduceAdd", "allocateFloatLocalArray", "allocateIntLocalArray");
    private static final String STRING_CONCAT = "Ljava/lang/invoke/StringConcatFactory;";

    private final ClassLoader loader;
    private final Map<String, Optional<ClassModel>> classes = new HashMap<>();
    private final Set<String> visited = new HashSet<>();

    private SynchronizationScan(ClassLoader loader) {
        this.loader = loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    /** True when {@code kernel} (or a method it reaches) synchronizes its work-items or cannot be followed. */
    static boolean needsGroupSynchronization(Method kernel) {
        SynchronizationScan scan = new SynchronizationScan(kernel.getDeclaringClass().getClassLoader());
        String owner = kernel.getDeclaringClass().getName().replace('.', '/');
        String descriptor = MethodType.methodType(kernel.getReturnType(), kernel.getParameterTypes())
                .toMethodDescriptorString();
        return scan.reaches(owner, kernel.getName(), descriptor);
    }

    private boolean reaches(String owner, String name, String descriptor) {
        if (!visited.add(owner + '.' + name + descriptor)) {
            return false; // already scanned (or being scanned, on a recursive call path)
        }
        Optional<MethodModel> method = findMethod(owner, name, descriptor);
        if (method.isEmpty()) {
            return true;
        }
        Optional<java.lang.classfile.CodeModel> code = method.get().code();
        if (code.isEmpty()) {
            return true; // abstract or native: unknown behaviour
        }
        for (CodeElement element : code.get()) {
            if (element instanceof InvokeInstruction call && callSynchronizes(call)) {
                return true;
            }
            if (element instanceof InvokeDynamicInstruction dynamic
                    && !dynamic.bootstrapMethod().owner().descriptorString().equals(STRING_CONCAT)) {
                return true;
            }
        }
        return false;
    }

    private boolean callSynchronizes(InvokeInstruction call) {
        String owner = call.owner().asInternalName();
        String name = call.name().stringValue();
        if (owner.equals(CONTEXT)) {
            return SYNCHRONIZING_CALLS.contains(name);
        }
        if (isPlatformClass(owner)) {
            return false;
        }
        if (call.opcode() == Opcode.INVOKESTATIC || call.opcode() == Opcode.INVOKESPECIAL) {
            return reaches(owner, name, call.type().stringValue());
        }
        return true;
    }

    private static boolean isPlatformClass(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/")
                || internalName.startsWith("jdk/") || internalName.startsWith("sun/")
                || internalName.startsWith("[");
    }

    /** The method declared by {@code owner} or, for inherited static methods, by its nearest superclass. */
    private Optional<MethodModel> findMethod(String owner, String name, String descriptor) {
        String current = owner;
        while (current != null && !isPlatformClass(current)) {
            Optional<ClassModel> model = classModel(current);
            if (model.isEmpty()) {
                return Optional.empty();
            }
            for (MethodModel m : model.get().methods()) {
                if (m.methodName().stringValue().equals(name) && m.methodType().stringValue().equals(descriptor)) {
                    return Optional.of(m);
                }
            }
            current = model.get().superclass().map(c -> c.asInternalName()).orElse(null);
        }
        return Optional.empty();
    }

    private Optional<ClassModel> classModel(String internalName) {
        return classes.computeIfAbsent(internalName, n -> {
            try (InputStream in = loader.getResourceAsStream(n + ".class")) {
                return in == null ? Optional.empty() : Optional.of(ClassFile.of().parse(in.readAllBytes()));
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
