package loglinear.jit.translate;

/**
 * The C helper functions every translation unit starts with: Java's integer, comparison, conversion and min/max rules
 * written so that no step relies on C undefined behaviour, plus atomics and sub-group operations per dialect.
 *
 * <p>Integer division and remainder by zero cannot throw on a GPU: here they yield 0. {@code MIN_VALUE / -1} is
 * {@code MIN_VALUE} and {@code MIN_VALUE % -1} is 0, as in Java.
 *
 * <p>CUDA products are {@code J_FMUL}/{@code J_DMUL}: {@code __fmul_rn}/{@code __dmul_rn}, which the vendor
 * compiler never fuses with an addition (Java rounds the product first), unless the source is compiled with
 * {@code -DJ_CONTRACT_MUL_ADD}, which makes them plain products that {@code --fmad=true} may contract.
 *
 * <p>{@code j_fminf}/{@code j_fmaxf}/{@code j_fmin}/{@code j_fmax} test both operands for NaN before the final
 * comparison: NVRTC turns {@code a <= b ? a : b} into {@code min.f32}, which returns the other operand when one is NaN
 * (Java returns NaN). {@code j_iabs}/{@code j_labs} are opaque PTX on CUDA (see {@link #CUDA_IABS}), and so are
 * {@code j_l2i} (see {@link #CUDA_L2I}) and the CUDA-only {@code j_fabsf}/{@code j_fabs} (see {@link #CUDA_FABS}).
 *
 * <p>{@code j_powf}/{@code j_pow} add Java's special cases to C's {@code pow}: a NaN exponent gives NaN (C: 1 when
 * the base is 1) and a base of magnitude 1 with an infinite exponent gives NaN (C: 1).
 *
 * <p>Every OpenCL helper is {@code static inline __attribute__((always_inline))} ({@link #OPENCL_FUNCTION}), and so
 * is every translated helper method: no function but the kernel may keep a reference to a {@code __local} array
 * declared in the kernel. Without it the OpenCL C compiler may specialise a helper that is always called with the same
 * {@code __local} array (the sub-group scratch, or a local array a helper method receives) into one that names the
 * array directly; PoCL's CPU devices then turn the kernel's own uses of the array into per-work-group memory but leave
 * the helper's uses on one copy shared by all worker threads, so work-groups running at the same time overwrite each
 * other's local memory (docs/jit-bugs.md, "PoCL: __local arrays named inside helper functions are shared").
 */
final class Prelude {
    /** Ints of work-group scratch the OpenCL sub-group emulation reserves: the largest supported work-group. */
    static final int OPENCL_SCRATCH_INTS = 1024;

    /** How every OpenCL function other than the kernel is declared: always inlined into the kernel. */
    static final String OPENCL_FUNCTION = "static inline __attribute__((always_inline)) ";

    /** Java's {@code Math.abs(int)}: {@code MIN_VALUE} stays {@code MIN_VALUE}, in C without overflow. */
    private static final String PORTABLE_IABS = "return a < 0 ? (int)(0u - (j_u32)a) : a;";
    private static final String PORTABLE_LABS = "return a < 0 ? (j_i64)((j_u64)0 - (j_u64)a) : a;";
    /**
     * OpenCL: the portable form, except on NVIDIA's OpenCL (the runtime defines {@code J_NVIDIA_OPENCL} there), whose
     * compiler, like NVRTC, takes the portable form as never negative and decides {@code Math.abs(MIN_VALUE) < 0} as
     * false (docs/jit-bugs.md, "NVIDIA OpenCL: Math.abs taken as non-negative"): there the CUDA PTX is used.
     */
    private static final String OPENCL_IABS = "\n#ifdef J_NVIDIA_OPENCL\n"
            + "    int r; asm(\"{ .reg .pred p; .reg .s32 t; setp.lt.s32 p, %1, 0; neg.s32 t, %1; selp.s32 %0, t, %1, p; }\""
            + " : \"=r\"(r) : \"r\"(a)); return r;\n#else\n" + "    return a < 0 ? (int)(0u - (j_u32)a) : a;" + "\n#endif\n";
    private static final String OPENCL_LABS = "\n#ifdef J_NVIDIA_OPENCL\n"
            + "    j_i64 r; asm(\"{ .reg .pred p; .reg .s64 t; setp.lt.s64 p, %1, 0; neg.s64 t, %1; selp.s64 %0, t, %1, p; }\""
            + " : \"=l\"(r) : \"l\"(a)); return r;\n#else\n" + "    return a < 0 ? (j_i64)((j_u64)0 - (j_u64)a) : a;"
            + "\n#endif\n";
    /**
     * OpenCL {@code j_fabsf}/{@code j_fabs} (Java's float and double {@code Math.abs}): {@code fabs}, except on NVIDIA's
     * OpenCL, which dropped an outer {@code fabs} around a select it took as non-negative and returned -0.0
     * (docs/jit-bugs.md, "NVIDIA OpenCL: Math.abs taken as non-negative"): there the sign bit is cleared by PTX, as on
     * CUDA.
     */
    private static final String OPENCL_FABSF = """
            FN float j_fabsf(float x) {
            #ifdef J_NVIDIA_OPENCL
                uint r; asm("and.b32 %0, %1, 0x7fffffff;" : "=r"(r) : "r"(as_uint(x))); return as_float(r);
            #else
                return fabs(x);
            #endif
            }
            """;
    private static final String OPENCL_FABS = """
            FN double j_fabs(double x) {
            #ifdef J_NVIDIA_OPENCL
                ulong r; asm("and.b64 %0, %1, 0x7fffffffffffffff;" : "=l"(r) : "l"(as_ulong(x))); return as_double(r);
            #else
                return fabs(x);
            #endif
            }
            """;
    /**
     * The same on CUDA as PTX the optimizer cannot see through: NVRTC (CUDA 13) recognises the portable form as an
     * absolute value that is never negative and then computes {@code Math.abs(MIN_VALUE) % d}, {@code / d} and
     * {@code >> 31} as if it were {@code 2^31} (docs/jit-bugs.md, "CUDA: Math.abs(MIN_VALUE)").
     */
    private static final String CUDA_IABS = "int r; asm(\"{ .reg .pred p; .reg .s32 t; setp.lt.s32 p, %1, 0;"
            + " neg.s32 t, %1; selp.s32 %0, t, %1, p; }\" : \"=r\"(r) : \"r\"(a)); return r;";
    private static final String CUDA_LABS = "j_i64 r; asm(\"{ .reg .pred p; .reg .s64 t; setp.lt.s64 p, %1, 0;"
            + " neg.s64 t, %1; selp.s64 %0, t, %1, p; }\" : \"=l\"(r) : \"l\"(a)); return r;";

    /** Java's {@code (int) long}: the low 32 bits, in C without implementation-defined narrowing. */
    private static final String PORTABLE_L2I = "return (int)(j_u32)(j_u64)x;";
    /**
     * The same on CUDA as one PTX {@code cvt.u32.u64} the optimizer cannot see through: NVVM (CUDA 13.0) miscompiles
     * a loop that adds a constant to a long started as {@code (long) v0} and leaves when {@code (int) v1 < v0}: it
     * runs the loop at most once (docs/jit-bugs.md, "CUDA: a loop on (int) of a long counter runs once").
     */
    private static final String CUDA_L2I = "int r; asm(\"cvt.u32.u64 %0, %1;\" : \"=r\"(r) : \"l\"(x)); return r;";

    /**
     * Java's {@code Math.abs(float)}/{@code Math.abs(double)} on CUDA: the sign bit cleared by PTX the optimizer cannot
     * see through. With {@code fabsf}, the CUDA toolchain treats the result as ordered and non-negative and takes
     * {@code -0.013f <= Math.abs(x)} as true for a NaN {@code x} (docs/jit-bugs.md, "CUDA: a comparison with
     * Math.abs(NaN)"). Clearing the bit keeps every payload, subnormals included, as Java does.
     */
    private static final String CUDA_FABS = """
            static __device__ __forceinline__ float j_fabsf(float x) { int r; asm("and.b32 %0, %1, 0x7fffffff;" : "=r"(r) : "r"(__float_as_int(x))); return __int_as_float(r); }
            static __device__ __forceinline__ double j_fabs(double x) { j_i64 r; asm("and.b64 %0, %1, 0x7fffffffffffffff;" : "=l"(r) : "l"(__double_as_longlong(x))); return __longlong_as_double(r); }
            """;

    private Prelude() {
    }

    static String source(Dialect dialect, boolean usesDouble, boolean usesScratch) {
        StringBuilder b = new StringBuilder(8192);
        boolean cuda = dialect == Dialect.CUDA;
        String fn = cuda ? "static __device__ __forceinline__ " : OPENCL_FUNCTION;
        if (cuda) {
            b.append("""
                    #pragma nv_diag_suppress 177
                    typedef unsigned int j_u32;
                    typedef long long j_i64;
                    typedef unsigned long long j_u64;
                    #define J_F2I_BITS(x) __float_as_int(x)
                    #define J_I2F_BITS(x) __int_as_float(x)
                    #define J_D2L_BITS(x) __double_as_longlong(x)
                    #define J_L2D_BITS(x) __longlong_as_double(x)
                    #ifdef J_CONTRACT_MUL_ADD
                    #define J_FMUL(a, b) ((a) * (b))
                    #define J_DMUL(a, b) ((a) * (b))
                    #else
                    #define J_FMUL(a, b) __fmul_rn(a, b)
                    #define J_DMUL(a, b) __dmul_rn(a, b)
                    #endif
                    """);
        } else {
            if (usesDouble) {
                b.append("#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n");
            }
            b.append("""
                    #pragma OPENCL FP_CONTRACT OFF
                    typedef uint j_u32;
                    typedef long j_i64;
                    typedef ulong j_u64;
                    #define J_F2I_BITS(x) as_int(x)
                    #define J_I2F_BITS(x) as_float(x)
                    #define J_D2L_BITS(x) as_long(x)
                    #define J_L2D_BITS(x) as_double(x)
                    """);
        }
        b.append("#define J_INT_MIN (-2147483647 - 1)\n#define J_INT_MAX 2147483647\n");
        b.append(cuda ? "#define J_LONG_MIN ((j_i64)0x8000000000000000ULL)\n#define J_LONG_MAX ((j_i64)0x7fffffffffffffffLL)\n"
                : "#define J_LONG_MIN ((j_i64)0x8000000000000000UL)\n#define J_LONG_MAX ((j_i64)0x7fffffffffffffffL)\n");
        String body = """
                FN int j_idiv(int a, int b) { return b == 0 ? 0 : (b == -1 ? (int)(0u - (j_u32)a) : a / b); }
                FN int j_irem(int a, int b) { return (b == 0 || b == -1) ? 0 : a % b; }
                FN j_i64 j_ldiv(j_i64 a, j_i64 b) { return b == 0 ? (j_i64)0 : (b == -1 ? (j_i64)((j_u64)0 - (j_u64)a) : a / b); }
                FN j_i64 j_lrem(j_i64 a, j_i64 b) { return (b == 0 || b == -1) ? (j_i64)0 : a % b; }
                FN int j_lcmp(j_i64 a, j_i64 b) { return a > b ? 1 : (a == b ? 0 : -1); }
                FN int j_fcmpl(float a, float b) { return a > b ? 1 : (a == b ? 0 : -1); }
                FN int j_fcmpg(float a, float b) { return a < b ? -1 : (a == b ? 0 : 1); }
                FN int j_f2i(float x) { return x != x ? 0 : (x >= 2147483648.0f ? J_INT_MAX : (x <= -2147483648.0f ? J_INT_MIN : (int)x)); }
                FN j_i64 j_f2l(float x) { return x != x ? (j_i64)0 : (x >= 9223372036854775808.0f ? J_LONG_MAX : (x <= -9223372036854775808.0f ? J_LONG_MIN : (j_i64)x)); }
                FN int j_i2b(int x) { return ((int)((j_u32)x << 24)) >> 24; }
                FN int j_i2s(int x) { return ((int)((j_u32)x << 16)) >> 16; }
                FN int j_l2i(j_i64 x) { L2I_BODY }
                FN int j_iabs(int a) { IABS_BODY }
                FN j_i64 j_labs(j_i64 a) { LABS_BODY }
                FN int j_imin(int a, int b) { return a <= b ? a : b; }
                FN int j_imax(int a, int b) { return a >= b ? a : b; }
                FN j_i64 j_lmin(j_i64 a, j_i64 b) { return a <= b ? a : b; }
                FN j_i64 j_lmax(j_i64 a, j_i64 b) { return a >= b ? a : b; }
                FN float j_fminf(float a, float b) { if (a != a) return a; if (b != b) return b; if (a == 0.0f && b == 0.0f) return J_I2F_BITS(J_F2I_BITS(a) | J_F2I_BITS(b)); return a <= b ? a : b; }
                FN float j_fmaxf(float a, float b) { if (a != a) return a; if (b != b) return b; if (a == 0.0f && b == 0.0f) return J_I2F_BITS(J_F2I_BITS(a) & J_F2I_BITS(b)); return a >= b ? a : b; }
                FN float j_fsignum(float x) { return (x != x || x == 0.0f) ? x : (x > 0.0f ? 1.0f : -1.0f); }
                FN int j_float_to_int_bits(float x) { return x != x ? 0x7fc00000 : J_F2I_BITS(x); }
                FN int j_ifloordiv(int a, int b) { int q = j_idiv(a, b); return (b != 0 && (a ^ b) < 0 && (int)((j_u32)q * (j_u32)b) != a) ? q - 1 : q; }
                FN int j_ifloormod(int a, int b) { return (int)((j_u32)a - (j_u32)j_ifloordiv(a, b) * (j_u32)b); }
                FN j_i64 j_lfloordiv(j_i64 a, j_i64 b) { j_i64 q = j_ldiv(a, b); return (b != 0 && (a ^ b) < 0 && (j_i64)((j_u64)q * (j_u64)b) != a) ? q - 1 : q; }
                FN j_i64 j_lfloormod(j_i64 a, j_i64 b) { return (j_i64)((j_u64)a - (j_u64)j_lfloordiv(a, b) * (j_u64)b); }
                FN int j_icmp(int a, int b) { return a < b ? -1 : (a == b ? 0 : 1); }
                FN int j_fcompare(float a, float b) { if (a < b) return -1; if (a > b) return 1; int x = j_float_to_int_bits(a); int y = j_float_to_int_bits(b); return x == y ? 0 : (x < y ? -1 : 1); }
                FN int j_roundf(float x) { float f = FLOORF(x); int r = j_f2i(f); return (x - f) >= 0.5f ? r + 1 : r; }
                FN float j_powf(float x, float y) { return (y != y || (FABSF(x) == 1.0f && FABSF(y) == J_I2F_BITS(0x7f800000))) ? J_I2F_BITS(0x7fc00000) : POWF(x, y); }
                """;
        if (usesDouble || cuda) {
            body += """
                    FN int j_dcmpl(double a, double b) { return a > b ? 1 : (a == b ? 0 : -1); }
                    FN int j_dcmpg(double a, double b) { return a < b ? -1 : (a == b ? 0 : 1); }
                    FN int j_d2i(double x) { return x != x ? 0 : (x >= 2147483648.0 ? J_INT_MAX : (x <= -2147483648.0 ? J_INT_MIN : (int)x)); }
                    FN j_i64 j_d2l(double x) { return x != x ? (j_i64)0 : (x >= 9223372036854775808.0 ? J_LONG_MAX : (x <= -9223372036854775808.0 ? J_LONG_MIN : (j_i64)x)); }
                    FN double j_fmin(double a, double b) { if (a != a) return a; if (b != b) return b; if (a == 0.0 && b == 0.0) return J_L2D_BITS(J_D2L_BITS(a) | J_D2L_BITS(b)); return a <= b ? a : b; }
                    FN double j_fmax(double a, double b) { if (a != a) return a; if (b != b) return b; if (a == 0.0 && b == 0.0) return J_L2D_BITS(J_D2L_BITS(a) & J_D2L_BITS(b)); return a >= b ? a : b; }
                    FN double j_dsignum(double x) { return (x != x || x == 0.0) ? x : (x > 0.0 ? 1.0 : -1.0); }
                    FN j_i64 j_double_to_long_bits(double x) { return x != x ? (j_i64)0x7ff8000000000000LL : J_D2L_BITS(x); }
                    FN int j_dcompare(double a, double b) { if (a < b) return -1; if (a > b) return 1; j_i64 x = j_double_to_long_bits(a); j_i64 y = j_double_to_long_bits(b); return x == y ? 0 : (x < y ? -1 : 1); }
                    FN j_i64 j_roundd(double x) { double f = floor(x); j_i64 r = j_d2l(f); return (x - f) >= 0.5 ? r + 1 : r; }
                    FN double j_pow(double x, double y) { return (y != y || (fabs(x) == 1.0 && fabs(y) == J_L2D_BITS(0x7ff0000000000000LL))) ? J_L2D_BITS(0x7ff8000000000000LL) : pow(x, y); }
                    """;
        }
        if (!cuda) {
            body = body.replaceAll("(0x[0-9a-f]{16})LL", "$1L");
        }
        b.append(body.replace("FN ", fn).replace("IABS_BODY", cuda ? CUDA_IABS : OPENCL_IABS)
                .replace("LABS_BODY", cuda ? CUDA_LABS : OPENCL_LABS)
                .replace("L2I_BODY", cuda ? CUDA_L2I : PORTABLE_L2I).replace("FLOORF", cuda ? "floorf" : "floor")
                .replace("FABSF", cuda ? "fabsf" : "fabs").replace("POWF", cuda ? "powf" : "pow"));
        if (!cuda) {
            b.append(OPENCL_FABSF.replace("FN ", fn));
            if (usesDouble) {
                b.append(OPENCL_FABS.replace("FN ", fn));
            }
        }
        if (cuda) {
            b.append(CUDA_FABS);
            b.append("""
                    static __device__ __forceinline__ int j_ntz(int x) { return x == 0 ? 32 : __ffs(x) - 1; }
                    static __device__ __forceinline__ int j_lntz(j_i64 x) { return x == 0 ? 64 : __ffsll(x) - 1; }
                    static __device__ __forceinline__ int j_lane(void) { return (int)((threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * blockDim.x * blockDim.y) & 31u); }
                    static __device__ __forceinline__ float j_reduce_add_f(float v) { for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o); return v; }
                    static __device__ __forceinline__ int j_reduce_add_i(int v) { for (int o = 16; o > 0; o >>= 1) v = (int)((j_u32)v + (j_u32)__shfl_xor_sync(0xffffffffu, v, o)); return v; }
                    """);
        } else {
            b.append("""
                    FN int j_ntz(int x) { return x == 0 ? 32 : 31 - (int)clz((int)((j_u32)x & (0u - (j_u32)x))); }
                    FN int j_lntz(j_i64 x) { return x == 0 ? 64 : 63 - (int)clz((j_i64)((j_u64)x & ((j_u64)0 - (j_u64)x))); }
                    FN int j_lid(void) { return (int)(get_local_id(0) + get_local_id(1) * get_local_size(0) + get_local_id(2) * get_local_size(0) * get_local_size(1)); }
                    FN int j_lsize(void) { return (int)(get_local_size(0) * get_local_size(1) * get_local_size(2)); }
                    FN float j_atomic_add_f_g(volatile __global float* p, float v) {
                        volatile __global int* ip = (volatile __global int*)p;
                        int old = *ip; int assumed;
                        do { assumed = old; old = atomic_cmpxchg(ip, assumed, as_int(as_float(assumed) + v)); } while (old != assumed);
                        return as_float(old);
                    }
                    FN float j_atomic_add_f_l(volatile __local float* p, float v) {
                        volatile __local int* ip = (volatile __local int*)p;
                        int old = *ip; int assumed;
                        do { assumed = old; old = atomic_cmpxchg(ip, assumed, as_int(as_float(assumed) + v)); } while (old != assumed);
                        return as_float(old);
                    }
                    """.replace("FN ", fn));
            if (usesScratch) {
                b.append("""
                        /* Sub-group shuffles through work-group scratch: every work-item of the group must call them
                           in uniform control flow (KernelContext's rule); work-groups of at most %d work-items. */
                        FN int j_exchange(__local int* s, int v, int lid, int src) {
                            barrier(CLK_LOCAL_MEM_FENCE);
                            s[lid] = v;
                            barrier(CLK_LOCAL_MEM_FENCE);
                            return src >= 0 && src < j_lsize() ? s[src] : v;
                        }
                        FN int j_shfl_xor_i(__local int* s, int v, int mask) {
                            int lid = j_lid(); int lane = lid & 31; int srcLane = lane ^ mask;
                            return j_exchange(s, v, lid, (srcLane >= 0 && srcLane < 32) ? lid - lane + srcLane : -1);
                        }
                        FN int j_shfl_down_i(__local int* s, int v, int delta) {
                            int lid = j_lid(); int lane = lid & 31;
                            return j_exchange(s, v, lid, (delta >= 0 && lane + delta < 32) ? lid + delta : -1);
                        }
                        FN float j_shfl_xor_f(__local int* s, float v, int mask) { return as_float(j_shfl_xor_i(s, as_int(v), mask)); }
                        FN float j_shfl_down_f(__local int* s, float v, int delta) { return as_float(j_shfl_down_i(s, as_int(v), delta)); }
                        FN float j_reduce_add_f(__local int* s, float v) { for (int o = 16; o > 0; o >>= 1) v += j_shfl_xor_f(s, v, o); return v; }
                        FN int j_reduce_add_i(__local int* s, int v) { for (int o = 16; o > 0; o >>= 1) v = (int)((j_u32)v + (j_u32)j_shfl_xor_i(s, v, o)); return v; }
                        """.formatted(OPENCL_SCRATCH_INTS).replace("FN ", fn));
            }
        }
        return b.toString();
    }
}
