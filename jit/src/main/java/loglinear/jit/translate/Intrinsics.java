package loglinear.jit.translate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Static JDK and {@link loglinear.jit.KernelMath} methods a kernel may call, mapped to C expressions per dialect.
 * Keys are {@code owner.name descriptor} with the owner's internal name.
 */
final class Intrinsics {
    /** A C expression built from the C expressions of the arguments. */
    @FunctionalInterface
    interface Template {
        String apply(List<String> args);
    }

    /**
     * Math functions on doubles that have a float built-in: name to (double function, CUDA float function).
     * {@code pow} maps to the prelude's Java-exact {@code j_pow}/{@code j_powf} (NaN for a NaN exponent and for
     * {@code |x| == 1} with an infinite exponent, where C returns 1).
     */
    private static final String[][] DOUBLE_FUNCTIONS_1 = {
            {"sin", "sin", "sinf"}, {"cos", "cos", "cosf"}, {"tan", "tan", "tanf"}, {"asin", "asin", "asinf"},
            {"acos", "acos", "acosf"}, {"atan", "atan", "atanf"}, {"exp", "exp", "expf"}, {"log", "log", "logf"},
            {"log10", "log10", "log10f"}, {"sqrt", "sqrt", "sqrtf"}, {"cbrt", "cbrt", "cbrtf"},
            {"sinh", "sinh", "sinhf"}, {"cosh", "cosh", "coshf"}, {"tanh", "tanh", "tanhf"},
            {"expm1", "expm1", "expm1f"}, {"log1p", "log1p", "log1pf"}, {"floor", "floor", "floorf"},
            {"ceil", "ceil", "ceilf"}, {"rint", "rint", "rintf"}, {"abs", "fabs", "fabsf"}};
    private static final String[][] DOUBLE_FUNCTIONS_2 = {
            {"atan2", "atan2", "atan2f"}, {"pow", "j_pow", "j_powf"}, {"hypot", "hypot", "hypotf"}};

    private static final Map<String, Template> CUDA = build(Dialect.CUDA);
    private static final Map<String, Template> OPENCL = build(Dialect.OPENCL);
    private static final Map<String, String> CUDA_FLOAT_VARIANTS = floatVariants(Dialect.CUDA);
    private static final Map<String, String> OPENCL_FLOAT_VARIANTS = floatVariants(Dialect.OPENCL);

    private Intrinsics() {
    }

    static String key(String owner, String name, String descriptor) {
        return owner + "." + name + descriptor;
    }

    /** The template for a call, or null if the method is not an intrinsic. */
    static Template lookup(Dialect dialect, String owner, String name, String descriptor) {
        return (dialect == Dialect.CUDA ? CUDA : OPENCL).get(key(owner, name, descriptor));
    }

    /**
     * For a {@code double -> double} Math function whose float counterpart exists: the C float function to use when
     * every argument was widened from a float and the result is narrowed back; else null.
     */
    static String floatVariant(Dialect dialect, String owner, String name, String descriptor) {
        return (dialect == Dialect.CUDA ? CUDA_FLOAT_VARIANTS : OPENCL_FLOAT_VARIANTS)
                .get(key(owner, name, descriptor));
    }

    private static Map<String, String> floatVariants(Dialect dialect) {
        Map<String, String> m = new HashMap<>();
        for (String owner : List.of("java/lang/Math", "java/lang/StrictMath")) {
            for (String[] f : DOUBLE_FUNCTIONS_1) {
                m.put(key(owner, f[0], "(D)D"), dialect == Dialect.CUDA ? f[2] : f[1]);
            }
            m.put(key(owner, "abs", "(D)D"), "j_fabsf");
            for (String[] f : DOUBLE_FUNCTIONS_2) {
                // OpenCL overloads the built-ins on float; Java-exact helpers (j_...) have a float twin instead.
                m.put(key(owner, f[0], "(DD)D"), dialect == Dialect.CUDA || f[1].startsWith("j_") ? f[2] : f[1]);
            }
            m.put(key(owner, "signum", "(D)D"), "j_fsignum");
        }
        return Map.copyOf(m);
    }

    private static Template call(String function) {
        return args -> function + "(" + String.join(", ", args) + ")";
    }

    private static Map<String, Template> build(Dialect d) {
        boolean cuda = d == Dialect.CUDA;
        Map<String, Template> m = new HashMap<>();
        for (String owner : List.of("java/lang/Math", "java/lang/StrictMath")) {
            for (String[] f : DOUBLE_FUNCTIONS_1) {
                m.put(key(owner, f[0], "(D)D"), call(f[1]));
            }
            for (String[] f : DOUBLE_FUNCTIONS_2) {
                m.put(key(owner, f[0], "(DD)D"), call(f[1]));
            }
            m.put(key(owner, "signum", "(D)D"), call("j_dsignum"));
            m.put(key(owner, "signum", "(F)F"), call("j_fsignum"));
            // Opaque helpers, not fabsf/fabs (docs/jit-bugs.md, "CUDA: a comparison with Math.abs(NaN)", and the
            // NVIDIA OpenCL section); the OpenCL helpers are fabs except on NVIDIA.
            m.put(key(owner, "abs", "(F)F"), call("j_fabsf"));
            m.put(key(owner, "abs", "(D)D"), call("j_fabs"));
            m.put(key(owner, "abs", "(I)I"), call("j_iabs"));
            m.put(key(owner, "abs", "(J)J"), call("j_labs"));
            m.put(key(owner, "min", "(II)I"), call("j_imin"));
            m.put(key(owner, "max", "(II)I"), call("j_imax"));
            m.put(key(owner, "min", "(JJ)J"), call("j_lmin"));
            m.put(key(owner, "max", "(JJ)J"), call("j_lmax"));
            m.put(key(owner, "min", "(FF)F"), call("j_fminf"));
            m.put(key(owner, "max", "(FF)F"), call("j_fmaxf"));
            m.put(key(owner, "min", "(DD)D"), call("j_fmin"));
            m.put(key(owner, "max", "(DD)D"), call("j_fmax"));
            m.put(key(owner, "fma", "(FFF)F"), call(cuda ? "fmaf" : "fma"));
            m.put(key(owner, "fma", "(DDD)D"), call("fma"));
            if (owner.equals("java/lang/StrictMath")) {
                // StrictMath treats a NaN sign argument as positive; Math (and C) may use its sign bit.
                String f = cuda ? "copysignf" : "copysign";
                m.put(key(owner, "copySign", "(FF)F"), a -> f + "(" + a.get(0) + ", (" + a.get(1) + " != " + a.get(1)
                        + ") ? 1.0f : " + a.get(1) + ")");
                m.put(key(owner, "copySign", "(DD)D"), a -> "copysign(" + a.get(0) + ", (" + a.get(1) + " != "
                        + a.get(1) + ") ? 1.0 : " + a.get(1) + ")");
            } else {
                m.put(key(owner, "copySign", "(FF)F"), call(cuda ? "copysignf" : "copysign"));
                m.put(key(owner, "copySign", "(DD)D"), call("copysign"));
            }
            m.put(key(owner, "round", "(F)I"), call("j_roundf"));
            m.put(key(owner, "floorDiv", "(II)I"), call("j_ifloordiv"));
            m.put(key(owner, "floorMod", "(II)I"), call("j_ifloormod"));
            m.put(key(owner, "floorDiv", "(JJ)J"), call("j_lfloordiv"));
            m.put(key(owner, "floorMod", "(JJ)J"), call("j_lfloormod"));
            m.put(key(owner, "round", "(D)J"), call("j_roundd"));
        }
        // Integer and Long bit operations with Java's results for 0.
        m.put(key("java/lang/Integer", "numberOfLeadingZeros", "(I)I"), call(cuda ? "__clz" : "clz"));
        m.put(key("java/lang/Integer", "numberOfTrailingZeros", "(I)I"), call("j_ntz"));
        m.put(key("java/lang/Integer", "bitCount", "(I)I"), call(cuda ? "__popc" : "popcount"));
        m.put(key("java/lang/Long", "numberOfLeadingZeros", "(J)I"),
                a -> "(int)" + (cuda ? "__clzll" : "clz") + "(" + a.get(0) + ")");
        m.put(key("java/lang/Long", "numberOfTrailingZeros", "(J)I"), call("j_lntz"));
        m.put(key("java/lang/Long", "bitCount", "(J)I"),
                a -> "(int)" + (cuda ? "__popcll" : "popcount") + "(" + a.get(0) + ")");
        m.put(key("java/lang/Integer", "min", "(II)I"), call("j_imin"));
        m.put(key("java/lang/Integer", "max", "(II)I"), call("j_imax"));
        m.put(key("java/lang/Integer", "sum", "(II)I"), a -> "(int)((j_u32)" + a.get(0) + " + (j_u32)" + a.get(1) + ")");
        m.put(key("java/lang/Long", "min", "(JJ)J"), call("j_lmin"));
        m.put(key("java/lang/Integer", "compare", "(II)I"), call("j_icmp"));
        m.put(key("java/lang/Long", "compare", "(JJ)I"), call("j_lcmp"));
        m.put(key("java/lang/Float", "compare", "(FF)I"), call("j_fcompare"));
        m.put(key("java/lang/Double", "compare", "(DD)I"), call("j_dcompare"));
        m.put(key("java/lang/Long", "max", "(JJ)J"), call("j_lmax"));
        // Bit casts.
        m.put(key("java/lang/Float", "floatToRawIntBits", "(F)I"), call("J_F2I_BITS"));
        m.put(key("java/lang/Float", "floatToIntBits", "(F)I"), call("j_float_to_int_bits"));
        m.put(key("java/lang/Float", "intBitsToFloat", "(I)F"), call("J_I2F_BITS"));
        m.put(key("java/lang/Double", "doubleToRawLongBits", "(D)J"), call("J_D2L_BITS"));
        m.put(key("java/lang/Double", "doubleToLongBits", "(D)J"), call("j_double_to_long_bits"));
        m.put(key("java/lang/Double", "longBitsToDouble", "(J)D"), call("J_L2D_BITS"));
        // Classification (boolean results are ints 0/1).
        m.put(key("java/lang/Float", "isNaN", "(F)Z"), a -> "(" + a.get(0) + " != " + a.get(0) + ")");
        m.put(key("java/lang/Double", "isNaN", "(D)Z"), a -> "(" + a.get(0) + " != " + a.get(0) + ")");
        m.put(key("java/lang/Float", "isInfinite", "(F)Z"), a -> "(int)isinf(" + a.get(0) + ")");
        m.put(key("java/lang/Double", "isInfinite", "(D)Z"), a -> "(int)isinf(" + a.get(0) + ")");
        m.put(key("java/lang/Float", "isFinite", "(F)Z"), a -> "(int)isfinite(" + a.get(0) + ")");
        m.put(key("java/lang/Double", "isFinite", "(D)Z"), a -> "(int)isfinite(" + a.get(0) + ")");
        m.put(key("java/lang/Float", "min", "(FF)F"), call("j_fminf"));
        m.put(key("java/lang/Float", "max", "(FF)F"), call("j_fmaxf"));
        m.put(key("java/lang/Float", "sum", "(FF)F"), a -> "(" + a.get(0) + " + " + a.get(1) + ")");
        m.put(key("java/lang/Double", "min", "(DD)D"), call("j_fmin"));
        m.put(key("java/lang/Double", "max", "(DD)D"), call("j_fmax"));
        m.put(key("java/lang/Double", "sum", "(DD)D"), a -> "(" + a.get(0) + " + " + a.get(1) + ")");
        // KernelMath: float built-ins.
        String km = "loglinear/jit/KernelMath";
        String[][] oneArg = {{"exp", "expf", "exp"}, {"expm1", "expm1f", "expm1"}, {"log", "logf", "log"},
                {"log1p", "log1pf", "log1p"}, {"sqrt", "sqrtf", "sqrt"}, {"rsqrt", "rsqrtf", "rsqrt"},
                {"tanh", "tanhf", "tanh"}, {"sin", "sinf", "sin"}, {"cos", "cosf", "cos"},
                {"abs", "fabsf", "fabs"}, {"floor", "floorf", "floor"}, {"ceil", "ceilf", "ceil"}};
        for (String[] f : oneArg) {
            m.put(key(km, f[0], "(F)F"), call(cuda ? f[1] : f[2]));
        }
        m.put(key(km, "pow", "(FF)F"), call("j_powf"));
        m.put(key(km, "min", "(FF)F"), call("j_fminf"));
        m.put(key(km, "max", "(FF)F"), call("j_fmaxf"));
        m.put(key(km, "fma", "(FFF)F"), call(cuda ? "fmaf" : "fma"));
        return Map.copyOf(m);
    }
}
