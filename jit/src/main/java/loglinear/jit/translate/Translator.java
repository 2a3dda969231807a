package loglinear.jit.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import loglinear.jit.KernelCompileException;
import loglinear.jit.KernelContext;

/**
 * Translates a Java kernel method into one CUDA (NVRTC) or OpenCL C translation unit.
 *
 * <p>A kernel is a {@code static void} method whose first parameter is a {@link KernelContext} and whose other
 * parameters are {@code int long float double} or {@code float[] int[] long[] double[] short[]}. Static helper
 * methods it calls (in any class its class loader sees, non-recursive) become C functions, one per combination of
 * array address spaces at their call sites. Everything outside the supported subset throws a
 * {@link KernelCompileException} naming the class, method, source line and bytecode instruction.
 *
 * <p>How Java semantics map to C: int/long arithmetic is computed on unsigned types and converted back (wrap-around,
 * no undefined behaviour); shift counts are masked with 31/63; {@code >>} is arithmetic, {@code >>>} logical;
 * division and remainder truncate, {@code MIN_VALUE / -1 == MIN_VALUE}, and division or remainder by zero yields 0
 * (a GPU cannot throw); fcmpl/fcmpg/dcmpl/dcmpg keep the NaN rules (fused with the following branch into one C
 * comparison, negated where NaN must take the branch); f2i/f2l/d2i/d2l saturate with NaN giving 0; Math.min/max on
 * floating point keep Java's NaN and signed-zero rules; Math.pow keeps Java's special cases (NaN exponent, or
 * {@code |x| == 1} with an infinite exponent, give NaN) and StrictMath.copySign takes a NaN sign as positive; {@code (float) Math.f((double) x)} becomes the float
 * built-in ({@code expf}, ...) while pure double code stays double; float and double constants are printed as exact
 * hex literals (NaN and infinities as bit casts). There are no array bounds checks. Floating-point contraction:
 * OpenCL sources say {@code #pragma OPENCL FP_CONTRACT OFF}; CUDA has no such pragma, so float and double products
 * are emitted as {@code J_FMUL}/{@code J_DMUL}, i.e. {@code __fmul_rn}/{@code __dmul_rn}, which NVCC/NVRTC never
 * fuse into a multiply-add whatever {@code --fmad} says (kernels that want fused multiply-add call {@code Math.fma};
 * compiling with {@code -DJ_CONTRACT_MUL_ADD} turns them into plain products that {@code --fmad=true} may fuse, which
 * is not Java's rounding). OpenCL single-precision division
 * and sqrt are correctly rounded only with {@code -cl-fp32-correctly-rounded-divide-sqrt}.
 *
 * <p>KernelContext: fields map to the CUDA/OpenCL index built-ins; {@code localBarrier} to {@code __syncthreads()} /
 * {@code barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE)}; local arrays (constant sizes, kernel method only) to
 * slices of one {@code extern __shared__} block on CUDA ({@link TranslatedKernel#localMemoryBytes()} bytes of dynamic
 * shared memory) and {@code __local} arrays on OpenCL; shuffles and sub-group sums to warp shuffles on CUDA (full
 * mask: work-groups must be whole warps) and, on OpenCL, to an exchange through a 1024-int {@code __local} scratch
 * with two barriers per shuffle (every work-item must call them in uniform control flow; work-groups of at most
 * 1024 items). Sub-group sums use the butterfly order 16, 8, 4, 2, 1. Float atomics on OpenCL are a
 * compare-and-swap loop. {@code new T[N]} with a constant N is a zero-filled private C array (registers when the
 * vendor compiler can resolve all indices).
 *
 * <p>Results are cached per (method, dialect); the method is thread-safe. With the system property
 * {@code loglinear.jit.dump=DIR} every new translation is also written to {@code DIR/<entryName>.cu} or {@code .cl}.
 */
public final class Translator {
    /** System property naming a directory to write generated sources to. */
    public static final String DUMP_PROPERTY = "loglinear.jit.dump";

    private record CacheKey(Method method, Dialect dialect) {
    }

    private static final ConcurrentHashMap<CacheKey, TranslatedKernel> CACHE = new ConcurrentHashMap<>();

    private Translator() {
    }

    /** The translation of {@code kernel} into {@code dialect}; cached. */
    public static TranslatedKernel translate(Method kernel, Dialect dialect) {
        if (kernel == null || dialect == null) {
            throw new IllegalArgumentException("kernel and dialect must not be null (kernel=" + kernel
                    + ", dialect=" + dialect + ")");
        }
        return CACHE.computeIfAbsent(new CacheKey(kernel, dialect), k -> translateUncached(k.method(), k.dialect()));
    }

    private static TranslatedKernel translateUncached(Method kernel, Dialect dialect) {
        Class<?> owner = kernel.getDeclaringClass();
        String where = owner.getName() + "." + kernel.getName();
        if (!Modifier.isStatic(kernel.getModifiers())) {
            throw new KernelCompileException(where + ": a kernel must be a static method");
        }
        if (kernel.getReturnType() != void.class) {
            throw new KernelCompileException(where + ": a kernel must return void, not "
                    + kernel.getReturnType().getName());
        }
        Class<?>[] params = kernel.getParameterTypes();
        if (params.length == 0 || params[0] != KernelContext.class) {
            throw new KernelCompileException(where + ": the first parameter of a kernel must be a KernelContext");
        }
        List<ValueType> types = new ArrayList<>();
        types.add(ValueType.CONTEXT);
        for (int i = 1; i < params.length; i++) {
            types.add(kernelParameter(where, i, params[i]));
        }
        ClassLoader loader = owner.getClassLoader() != null ? owner.getClassLoader()
                : ClassLoader.getSystemClassLoader();
        TranslationSession session = new TranslationSession(dialect, loader);
        ClassModel model = session.classModel(owner);
        String descriptor = descriptor(kernel);
        MethodModel method = ClassFiles.method(model, kernel.getName(), descriptor);
        if (method == null || method.code().isEmpty()) {
            throw new KernelCompileException(where + ": no bytecode found for " + kernel.getName() + descriptor);
        }
        String entryName = entryName(kernel);
        session.uniqueName(entryName);
        String methodKey = owner.getName() + "." + kernel.getName() + descriptor;
        session.enter(methodKey, where, "");
        MethodTranslator translator = new MethodTranslator(session, owner, model, method, types, null, true,
                entryName);
        String kernelFunction = translator.translate();
        loglinear.jit.LaunchBounds bounds = kernel.getAnnotation(loglinear.jit.LaunchBounds.class);
        if (bounds != null) {
            if (bounds.maxThreads() < 1 || bounds.minGroupsPerMultiprocessor() < 1) {
                throw new KernelCompileException(where + ": @LaunchBounds needs maxThreads >= 1 and"
                        + " minGroupsPerMultiprocessor >= 1, got " + bounds.maxThreads() + ", "
                        + bounds.minGroupsPerMultiprocessor());
            }
            if (dialect == Dialect.CUDA && !Boolean.getBoolean("loglinear.jit.ignoreLaunchBounds")) {
                int minGroups = Integer.getInteger("loglinear.jit.launchBoundsMinGroups",
                        bounds.minGroupsPerMultiprocessor());
                if (minGroups < 1) {
                    throw new KernelCompileException(where + ": loglinear.jit.launchBoundsMinGroups must be >= 1, got "
                            + minGroups);
                }
                kernelFunction = kernelFunction.replaceFirst("__global__ void ", "__global__ void __launch_bounds__("
                        + bounds.maxThreads() + ", " + minGroups + ") ");
            }
        }
        session.exit();
        for (ValueType t : types) {
            if (t.isArray() && t.element() == ValueType.Kind.DOUBLE || t.kind() == ValueType.Kind.DOUBLE) {
                session.usesDouble = true;
            }
        }
        String prologue = "";
        if (dialect == Dialect.OPENCL) {
            if (session.usesScratch) {
                prologue = "    __local int j_scratch[" + Prelude.OPENCL_SCRATCH_INTS + "];\n";
            } else if (session.helperTakesContext) {
                prologue = "    __local int* j_scratch = 0;\n";
            }
        }
        StringBuilder source = new StringBuilder();
        source.append("/* Generated from ").append(owner.getName()).append('.').append(kernel.getName())
                .append(descriptor).append(" for ").append(dialect == Dialect.CUDA ? "CUDA (NVRTC)" : "OpenCL C 1.2")
                .append(". */\n");
        if (dialect == Dialect.CUDA) {
            source.append("/* Products are J_FMUL/J_DMUL (__fmul_rn/__dmul_rn): never contracted into fma, as in Java,"
                    + " unless compiled with -DJ_CONTRACT_MUL_ADD. */\n");
        }
        source.append(Prelude.source(dialect, session.usesDouble, session.usesScratch));
        if (session.usesMma && dialect == Dialect.CUDA) {
            source.append(MmaPrelude.CUDA);
        }
        if (session.usesAsyncCopy && dialect == Dialect.CUDA) {
            source.append(AsyncCopyEmitter.CUDA_PRELUDE);
        }
        for (String helper : session.functions) {
            source.append('\n').append(helper);
        }
        source.append('\n').append(kernelFunction.replace("%%KERNEL_PROLOGUE%%", prologue));
        List<Class<?>> parameters = List.of(params).subList(1, params.length);
        TranslatedKernel result = new TranslatedKernel(kernel, dialect, entryName, source.toString(),
                List.copyOf(parameters), translator.localMemoryBytes);
        dump(result);
        return result;
    }

    private static ValueType kernelParameter(String where, int index, Class<?> type) {
        if (type == int.class) {
            return ValueType.INT;
        }
        if (type == long.class) {
            return ValueType.LONG;
        }
        if (type == float.class) {
            return ValueType.FLOAT;
        }
        if (type == double.class) {
            return ValueType.DOUBLE;
        }
        ValueType.Kind element = type.isArray() && type.getComponentType().isPrimitive()
                ? ValueType.arrayElementOfDescriptor(java.lang.constant.ClassDesc.ofDescriptor(type.descriptorString()))
                : null;
        if (element == null) {
            throw new KernelCompileException(where + ": kernel parameter " + index + " has type " + type.getTypeName()
                    + "; supported are int, long, float, double, float[], int[], long[], double[] and short[]");
        }
        return ValueType.array(element, ValueType.Space.GLOBAL);
    }

    /** The JVM descriptor of a method, e.g. {@code (Lloglinear/jit/KernelContext;[FI)V}. */
    static String descriptor(Method m) {
        StringBuilder b = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) {
            b.append(p.descriptorString());
        }
        return b.append(')').append(m.getReturnType().descriptorString()).toString();
    }

    /** A C identifier from the class's simple binary name and the method name (plus a hash when overloaded). */
    static String entryName(Method kernel) {
        String base = TranslationSession.simpleName(kernel.getDeclaringClass()) + "_" + kernel.getName();
        long overloads = java.util.Arrays.stream(kernel.getDeclaringClass().getDeclaredMethods())
                .filter(m -> m.getName().equals(kernel.getName())).count();
        if (overloads > 1) {
            base += "_" + Integer.toHexString(descriptor(kernel).hashCode());
        }
        return CLiterals.identifier(base);
    }

    private static void dump(TranslatedKernel k) {
        String dir = System.getProperty(DUMP_PROPERTY);
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path file = Path.of(dir, k.entryName() + (k.dialect() == Dialect.CUDA ? ".cu" : ".cl"));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, k.source(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write kernel source to " + file, e);
        }
    }
}
