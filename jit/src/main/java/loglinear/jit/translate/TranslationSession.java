package loglinear.jit.translate;

import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import loglinear.jit.KernelCompileException;

/**
 * The state of translating one kernel: the helper functions translated so far (one per combination of array address
 * spaces seen at its call sites), the call chain for recursion detection, and what the prelude must provide.
 */
final class TranslationSession {
    final Dialect dialect;
    final ClassLoader loader;
    /** Helper definitions in dependency order: a callee comes before its callers. */
    final List<String> functions = new ArrayList<>();
    boolean usesDouble;
    boolean usesScratch;
    /** Whether a kernel or helper calls {@code mmaAccumulate} (CUDA: the tensor-core prelude is needed). */
    boolean usesMma;
    /** Whether a kernel or helper issues {@code asyncCopy}/{@code asyncCopy4} (CUDA: the cp.async prelude). */
    boolean usesAsyncCopy;
    boolean helperTakesContext;

    private final Map<String, String> helperNames = new HashMap<>();
    private final Deque<String> callChain = new ArrayDeque<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Map<Class<?>, ClassModel> classModels = new HashMap<>();

    TranslationSession(Dialect dialect, ClassLoader loader) {
        this.dialect = dialect;
        this.loader = loader;
    }

    ClassModel classModel(Class<?> owner) {
        return classModels.computeIfAbsent(owner, ClassFiles::read);
    }

    /** Marks {@code methodKey} as being translated; fails on recursion. */
    void enter(String methodKey, String where, String instruction) {
        if (callChain.contains(methodKey)) {
            List<String> cycle = new ArrayList<>(callChain);
            java.util.Collections.reverse(cycle);
            throw new KernelCompileException(where + ": recursive call of " + methodKey
                    + " (call chain " + String.join(" -> ", cycle) + " -> " + methodKey
                    + "); recursion is not supported on GPUs" + instruction);
        }
        callChain.push(methodKey);
    }

    void exit() {
        callChain.pop();
    }

    /** A fresh C identifier starting with {@code base}. */
    String uniqueName(String base) {
        String name = base;
        for (int i = 2; !usedNames.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    /**
     * The C name of static method {@code owner.name descriptor} specialised for {@code argTypes} (their array address
     * spaces), translating it on first use. {@code where} and {@code instruction} describe the call site for errors.
     */
    String helper(String owner, String name, String descriptor, List<ValueType> argTypes, String where,
                  String instruction) {
        StringBuilder key = new StringBuilder(owner).append('.').append(name).append(descriptor);
        for (ValueType t : argTypes) {
            key.append(' ').append(t.suffix());
        }
        String existing = helperNames.get(key.toString());
        if (existing != null) {
            return existing;
        }
        String methodKey = owner.replace('/', '.') + "." + name + descriptor;
        Class<?> ownerClass = ClassFiles.load(owner, loader);
        ClassModel model = classModel(ownerClass);
        MethodModel method = ClassFiles.method(model, name, descriptor);
        if (method == null) {
            throw new KernelCompileException(where + ": cannot find method " + methodKey + " in its class file");
        }
        if ((method.flags().flagsMask() & java.lang.reflect.Modifier.STATIC) == 0) {
            throw new KernelCompileException(where + ": " + methodKey + " is not static");
        }
        if (method.code().isEmpty()) {
            throw new KernelCompileException(where + ": " + methodKey + " has no bytecode (native or abstract)");
        }
        MethodTypeDesc type = method.methodTypeSymbol();
        ValueType returnType = null;
        if (!type.returnType().descriptorString().equals("V")) {
            returnType = ValueType.ofScalarDescriptor(type.returnType());
            if (returnType == null) {
                throw new KernelCompileException(where + ": " + methodKey
                        + " returns " + type.returnType().displayName() + "; helpers may return only primitives");
            }
        }
        enter(methodKey, where, instruction);
        try {
            String cName = uniqueName(CLiterals.identifier("h_" + simpleName(ownerClass) + "_" + name));
            MethodTranslator translator = new MethodTranslator(this, ownerClass, model, method, argTypes,
                    returnType, false, cName);
            String definition = translator.translate();
            helperNames.put(key.toString(), cName);
            functions.add(definition);
            return cName;
        } finally {
            exit();
        }
    }

    static String simpleName(Class<?> c) {
        String n = c.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** The parameter type a descriptor entry asks for, given the argument found on the stack; null if unsupported. */
    static boolean accepts(ClassDesc parameter, ValueType argument) {
        ValueType scalar = ValueType.ofScalarDescriptor(parameter);
        if (scalar != null) {
            return scalar.equals(argument);
        }
        if (parameter.descriptorString().equals("Lloglinear/jit/KernelContext;")) {
            return argument.kind() == ValueType.Kind.CONTEXT;
        }
        ValueType.Kind element = ValueType.arrayElementOfDescriptor(parameter);
        return element != null && argument.isArray() && argument.element() == element;
    }
}
