/* Generated from Fuzz_3_314_k46.run0(Lloglinear/jit/KernelContext;[I[F[I)V for CUDA (NVRTC). */
/* Products are J_FMUL/J_DMUL (__fmul_rn/__dmul_rn): never contracted into fma, as in Java, unless compiled with -DJ_CONTRACT_MUL_ADD. */
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
#define J_INT_MIN (-2147483647 - 1)
#define J_INT_MAX 2147483647
#define J_LONG_MIN ((j_i64)0x8000000000000000ULL)
#define J_LONG_MAX ((j_i64)0x7fffffffffffffffLL)
static __device__ __forceinline__ int j_idiv(int a, int b) { return b == 0 ? 0 : (b == -1 ? (int)(0u - (j_u32)a) : a / b); }
static __device__ __forceinline__ int j_irem(int a, int b) { return (b == 0 || b == -1) ? 0 : a % b; }
static __device__ __forceinline__ j_i64 j_ldiv(j_i64 a, j_i64 b) { return b == 0 ? (j_i64)0 : (b == -1 ? (j_i64)((j_u64)0 - (j_u64)a) : a / b); }
static __device__ __forceinline__ j_i64 j_lrem(j_i64 a, j_i64 b) { return (b == 0 || b == -1) ? (j_i64)0 : a % b; }
static __device__ __forceinline__ int j_lcmp(j_i64 a, j_i64 b) { return a > b ? 1 : (a == b ? 0 : -1); }
static __device__ __forceinline__ int j_fcmpl(float a, float b) { return a > b ? 1 : (a == b ? 0 : -1); }
static __device__ __forceinline__ int j_fcmpg(float a, float b) { return a < b ? -1 : (a == b ? 0 : 1); }
static __device__ __forceinline__ int j_f2i(float x) { return x != x ? 0 : (x >= 2147483648.0f ? J_INT_MAX : (x <= -2147483648.0f ? J_INT_MIN : (int)x)); }
static __device__ __forceinline__ j_i64 j_f2l(float x) { return x != x ? (j_i64)0 : (x >= 9223372036854775808.0f ? J_LONG_MAX : (x <= -9223372036854775808.0f ? J_LONG_MIN : (j_i64)x)); }
static __device__ __forceinline__ int j_i2b(int x) { return ((int)((j_u32)x << 24)) >> 24; }
static __device__ __forceinline__ int j_i2s(int x) { return ((int)((j_u32)x << 16)) >> 16; }
static __device__ __forceinline__ int j_l2i(j_i64 x) { int r; asm("cvt.u32.u64 %0, %1;" : "=r"(r) : "l"(x)); return r; }
static __device__ __forceinline__ int j_iabs(int a) { int r; asm("{ .reg .pred p; .reg .s32 t; setp.lt.s32 p, %1, 0; neg.s32 t, %1; selp.s32 %0, t, %1, p; }" : "=r"(r) : "r"(a)); return r; }
static __device__ __forceinline__ j_i64 j_labs(j_i64 a) { j_i64 r; asm("{ .reg .pred p; .reg .s64 t; setp.lt.s64 p, %1, 0; neg.s64 t, %1; selp.s64 %0, t, %1, p; }" : "=l"(r) : "l"(a)); return r; }
static __device__ __forceinline__ int j_imin(int a, int b) { return a <= b ? a : b; }
static __device__ __forceinline__ int j_imax(int a, int b) { return a >= b ? a : b; }
static __device__ __forceinline__ j_i64 j_lmin(j_i64 a, j_i64 b) { return a <= b ? a : b; }
static __device__ __forceinline__ j_i64 j_lmax(j_i64 a, j_i64 b) { return a >= b ? a : b; }
static __device__ __forceinline__ float j_fminf(float a, float b) { if (a != a) return a; if (b != b) return b; if (a == 0.0f && b == 0.0f) return J_I2F_BITS(J_F2I_BITS(a) | J_F2I_BITS(b)); return a <= b ? a : b; }
static __device__ __forceinline__ float j_fmaxf(float a, float b) { if (a != a) return a; if (b != b) return b; if (a == 0.0f && b == 0.0f) return J_I2F_BITS(J_F2I_BITS(a) & J_F2I_BITS(b)); return a >= b ? a : b; }
static __device__ __forceinline__ float j_fsignum(float x) { return (x != x || x == 0.0f) ? x : (x > 0.0f ? 1.0f : -1.0f); }
static __device__ __forceinline__ int j_float_to_int_bits(float x) { return x != x ? 0x7fc00000 : J_F2I_BITS(x); }
static __device__ __forceinline__ int j_ifloordiv(int a, int b) { int q = j_idiv(a, b); return (b != 0 && (a ^ b) < 0 && (int)((j_u32)q * (j_u32)b) != a) ? q - 1 : q; }
static __device__ __forceinline__ int j_ifloormod(int a, int b) { return (int)((j_u32)a - (j_u32)j_ifloordiv(a, b) * (j_u32)b); }
static __device__ __forceinline__ j_i64 j_lfloordiv(j_i64 a, j_i64 b) { j_i64 q = j_ldiv(a, b); return (b != 0 && (a ^ b) < 0 && (j_i64)((j_u64)q * (j_u64)b) != a) ? q - 1 : q; }
static __device__ __forceinline__ j_i64 j_lfloormod(j_i64 a, j_i64 b) { return (j_i64)((j_u64)a - (j_u64)j_lfloordiv(a, b) * (j_u64)b); }
static __device__ __forceinline__ int j_icmp(int a, int b) { return a < b ? -1 : (a == b ? 0 : 1); }
static __device__ __forceinline__ int j_fcompare(float a, float b) { if (a < b) return -1; if (a > b) return 1; int x = j_float_to_int_bits(a); int y = j_float_to_int_bits(b); return x == y ? 0 : (x < y ? -1 : 1); }
static __device__ __forceinline__ int j_roundf(float x) { float f = floorf(x); int r = j_f2i(f); return (x - f) >= 0.5f ? r + 1 : r; }
static __device__ __forceinline__ float j_powf(float x, float y) { return (y != y || (fabsf(x) == 1.0f && fabsf(y) == J_I2F_BITS(0x7f800000))) ? J_I2F_BITS(0x7fc00000) : powf(x, y); }
static __device__ __forceinline__ int j_dcmpl(double a, double b) { return a > b ? 1 : (a == b ? 0 : -1); }
static __device__ __forceinline__ int j_dcmpg(double a, double b) { return a < b ? -1 : (a == b ? 0 : 1); }
static __device__ __forceinline__ int j_d2i(double x) { return x != x ? 0 : (x >= 2147483648.0 ? J_INT_MAX : (x <= -2147483648.0 ? J_INT_MIN : (int)x)); }
static __device__ __forceinline__ j_i64 j_d2l(double x) { return x != x ? (j_i64)0 : (x >= 9223372036854775808.0 ? J_LONG_MAX : (x <= -9223372036854775808.0 ? J_LONG_MIN : (j_i64)x)); }
static __device__ __forceinline__ double j_fmin(double a, double b) { if (a != a) return a; if (b != b) return b; if (a == 0.0 && b == 0.0) return J_L2D_BITS(J_D2L_BITS(a) | J_D2L_BITS(b)); return a <= b ? a : b; }
static __device__ __forceinline__ double j_fmax(double a, double b) { if (a != a) return a; if (b != b) return b; if (a == 0.0 && b == 0.0) return J_L2D_BITS(J_D2L_BITS(a) & J_D2L_BITS(b)); return a >= b ? a : b; }
static __device__ __forceinline__ double j_dsignum(double x) { return (x != x || x == 0.0) ? x : (x > 0.0 ? 1.0 : -1.0); }
static __device__ __forceinline__ j_i64 j_double_to_long_bits(double x) { return x != x ? (j_i64)0x7ff8000000000000LL : J_D2L_BITS(x); }
static __device__ __forceinline__ int j_dcompare(double a, double b) { if (a < b) return -1; if (a > b) return 1; j_i64 x = j_double_to_long_bits(a); j_i64 y = j_double_to_long_bits(b); return x == y ? 0 : (x < y ? -1 : 1); }
static __device__ __forceinline__ j_i64 j_roundd(double x) { double f = floor(x); j_i64 r = j_d2l(f); return (x - f) >= 0.5 ? r + 1 : r; }
static __device__ __forceinline__ double j_pow(double x, double y) { return (y != y || (fabs(x) == 1.0 && fabs(y) == J_L2D_BITS(0x7ff0000000000000LL))) ? J_L2D_BITS(0x7ff8000000000000LL) : pow(x, y); }
static __device__ __forceinline__ float j_fabsf(float x) { int r; asm("and.b32 %0, %1, 0x7fffffff;" : "=r"(r) : "r"(__float_as_int(x))); return __int_as_float(r); }
static __device__ __forceinline__ double j_fabs(double x) { j_i64 r; asm("and.b64 %0, %1, 0x7fffffffffffffff;" : "=l"(r) : "l"(__double_as_longlong(x))); return __longlong_as_double(r); }
static __device__ __forceinline__ int j_ntz(int x) { return x == 0 ? 32 : __ffs(x) - 1; }
static __device__ __forceinline__ int j_lntz(j_i64 x) { return x == 0 ? 64 : __ffsll(x) - 1; }
static __device__ __forceinline__ int j_lane(void) { return (int)((threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * blockDim.x * blockDim.y) & 31u); }
static __device__ __forceinline__ float j_reduce_add_f(float v) { for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o); return v; }
static __device__ __forceinline__ int j_reduce_add_i(int v) { for (int o = 16; o > 0; o >>= 1) v = (int)((j_u32)v + (j_u32)__shfl_xor_sync(0xffffffffu, v, o)); return v; }

static __device__ void h_Fuzz_3_314_k46_k46(int l0_i, int* l1_agi, float* l2_agf, int* l3_agi, int l4_i) {
    long long j_priv0[8];
    int j_zi;
    int s0_i;
    int s1_i;
    int l5_i;
    int l6_i;
    int s2_i;
    int l7_i;
    int* s0_agi;
    int l8_i;
    int l9_i;
    long long s0_l;
    int* s1_agi;
    int s3_i;
    long long s1_l;
    long long s2_l;
    long long l10_l;
    long long l12_l;
    float* s0_agf;
    float s0_f;
    float l14_f;
    double s0_d;
    float* s1_agf;
    float s1_f;
    double s1_d;
    double l15_d;
    double l17_d;
    long long* s0_apl;
    long long* l19_apl;
    int* s2_agi;
    int s4_i;
    int* s4_agi;
    int s5_i;
    int s6_i;
    int l20_i;
    long long* s1_apl;
    float* s2_agf;
    float s2_f;
    float s3_f;
    long long* s2_apl;
    long long s3_l;
    long long s4_l;
    long long* s3_apl;
    long long s5_l;
    float l21_f;
    long long l22_l;
    float s4_f;
    double s2_d;
    float* s3_agf;
    double s3_d;
    int l22_i;
    long long l23_l;
    int l25_i;
    float l22_f;
    long long l24_l;
    long long l26_l;
    long long l28_l;
    /* Fuzz_3_314_k46.java:6 */
    s0_i = l0_i;
    s1_i = 8;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    l5_i = s0_i;
    /* Fuzz_3_314_k46.java:7 */
    s0_i = l0_i;
    s1_i = 8;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    l6_i = s0_i;
    /* Fuzz_3_314_k46.java:8 */
    s0_i = l4_i;
    s1_i = l0_i;
    s2_i = 8;
    s1_i = (int)((j_u32)s1_i * (j_u32)s2_i);
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l7_i = s0_i;
    /* Fuzz_3_314_k46.java:9 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 6;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    l8_i = s0_i;
    /* Fuzz_3_314_k46.java:10 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    l9_i = s0_i;
    /* Fuzz_3_314_k46.java:11 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    s1_i = 32;
    s0_l = (j_i64)((j_u64)s0_l << (s1_i & 63));
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 4;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_l = 4294967295LL;
    s1_l = (s1_l & s2_l);
    s0_l = (s0_l | s1_l);
    l10_l = s0_l;
    /* Fuzz_3_314_k46.java:12 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 0;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    l12_l = s0_l;
    /* Fuzz_3_314_k46.java:13 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    l14_f = s0_f;
    /* Fuzz_3_314_k46.java:14 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_d = (double)s0_f;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 4;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s0_d = J_DMUL(s0_d, s1_d);
    l15_d = s0_d;
    /* Fuzz_3_314_k46.java:15 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_d = (double)s0_i;
    s1_d = 0x1.47ae147ae147bp-10;
    s0_d = J_DMUL(s0_d, s1_d);
    l17_d = s0_d;
    /* Fuzz_3_314_k46.java:16 */
    s0_i = 8;
    for (j_zi = 0; j_zi < 8; ++j_zi) j_priv0[j_zi] = 0;
    s0_apl = j_priv0;
    l19_apl = s0_apl;
    /* Fuzz_3_314_k46.java:17 */
    s0_i = l9_i;
    s1_i = l9_i;
    s1_i = (int)(0u - (j_u32)s1_i);
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 3;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s1_i = j_imin(s1_i, s2_i);
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 7;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s3_i = l9_i;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s3_i = l9_i;
    s4_agi = l1_agi;
    s5_i = l5_i;
    s6_i = 1;
    s5_i = (int)((j_u32)s5_i + (j_u32)s6_i);
    s4_i = s4_agi[s5_i];
    s3_i = (int)((j_u32)s3_i - (j_u32)s4_i);
    s4_i = 1;
    s3_i = (s3_i | s4_i);
    s2_i = j_idiv(s2_i, s3_i);
    s1_i = j_imin(s1_i, s2_i);
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l9_i = s0_i;
    /* Fuzz_3_314_k46.java:18 */
    s0_i = 0;
    l20_i = s0_i;
L114: ;
    /* Fuzz_3_314_k46.java:19 */
    s0_i = l20_i;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 3;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L181;
    /* Fuzz_3_314_k46.java:20 */
    l20_i = (int)((j_u32)l20_i + (j_u32)1);
    /* Fuzz_3_314_k46.java:21 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    s1_i = 32;
    s0_l = (j_i64)((j_u64)s0_l << (s1_i & 63));
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 7;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_l = 4294967295LL;
    s1_l = (s1_l & s2_l);
    s0_l = (s0_l | s1_l);
    s1_apl = l19_apl;
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 1;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s3_i = 7;
    s2_i = (s2_i & s3_i);
    s1_l = s1_apl[s2_i];
    if (s0_l != s1_l) goto L158;
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    goto L159;
L158: ;
    s0_i = l8_i;
L159: ;
    s0_i = j_i2s(s0_i);
    s1_i = l8_i;
    s1_i = j_ntz(s1_i);
    s1_i = (s1_i & 0xFFFF);
    s0_i = (s0_i ^ s1_i);
    s1_i = 1;
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 3;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s3_f = 0x1.50e1a8p-7f;
    s2_f = j_fmaxf(s2_f, s3_f);
    s2_i = j_f2i(s2_f);
    s3_i = 1;
    s2_i = (s2_i | s3_i);
    s1_i = j_idiv(s1_i, s2_i);
    s0_i = (int)((j_u32)s0_i << (s1_i & 31));
    l8_i = s0_i;
    /* Fuzz_3_314_k46.java:22 */
    s0_i = l9_i;
    l8_i = s0_i;
    goto L114;
L181: ;
    /* Fuzz_3_314_k46.java:24 */
    s0_apl = l19_apl;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_apl = l19_apl;
    s3_i = l8_i;
    s4_i = 7;
    s3_i = (s3_i & s4_i);
    s2_l = s2_apl[s3_i];
    s3_i = l9_i;
    s4_i = l9_i;
    if (s3_i == s4_i) goto L195;
    s3_l = 1LL;
    goto L196;
L195: ;
    s3_l = l10_l;
L196: ;
    s4_l = 1LL;
    s3_l = (s3_l | s4_l);
    s2_l = j_ldiv(s2_l, s3_l);
    s3_apl = l19_apl;
    s4_i = l9_i;
    s5_i = 7;
    s4_i = (s4_i & s5_i);
    s3_l = s3_apl[s4_i];
    s4_l = 23160LL;
    if (s3_l != s4_l) goto L221;
    s3_apl = l19_apl;
    s4_agi = l1_agi;
    s5_i = l5_i;
    s6_i = 3;
    s5_i = (int)((j_u32)s5_i + (j_u32)s6_i);
    s4_i = s4_agi[s5_i];
    s5_i = 7;
    s4_i = (s4_i & s5_i);
    s3_l = s3_apl[s4_i];
    s4_l = l10_l;
    s5_l = 1LL;
    s4_l = (s4_l | s5_l);
    s3_l = j_lrem(s3_l, s4_l);
    goto L222;
L221: ;
    s3_l = (-309160895289720LL);
L222: ;
    s2_l = (s2_l ^ s3_l);
    s0_apl[s1_i] = s2_l;
    /* Fuzz_3_314_k46.java:25 */
    s0_i = l9_i;
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 1: goto L247; case 5: goto L250; case 7: goto L228; default: goto L261; }
L228: ;
    /* Fuzz_3_314_k46.java:27 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 0;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    s1_i = 32;
    s0_l = (j_i64)((j_u64)s0_l << (s1_i & 63));
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 4;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_l = 4294967295LL;
    s1_l = (s1_l & s2_l);
    s0_l = (s0_l | s1_l);
    l10_l = s0_l;
    /* Fuzz_3_314_k46.java:28 */
    goto L263;
L247: ;
    /* Fuzz_3_314_k46.java:30 */
    s0_l = (-10833548161024263LL);
    l10_l = s0_l;
    /* Fuzz_3_314_k46.java:31 */
    goto L263;
L250: ;
    /* Fuzz_3_314_k46.java:33 */
    s0_apl = l19_apl;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s0_l = s0_apl[s1_i];
    l10_l = s0_l;
    /* Fuzz_3_314_k46.java:34 */
    goto L263;
L261: ;
    /* Fuzz_3_314_k46.java:36 */
    s0_l = l12_l;
    l10_l = s0_l;
L263: ;
    /* Fuzz_3_314_k46.java:38 */
    s0_f = l14_f;
    l21_f = s0_f;
    /* Fuzz_3_314_k46.java:39 */
    s0_l = l10_l;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_l = l12_l;
    s1_l = (j_i64)((j_u64)s1_l - (j_u64)s2_l);
    if (s0_l < s1_l) goto L286;
    /* Fuzz_3_314_k46.java:40 */
    s0_apl = l19_apl;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_l = (-11700057045540LL);
    s3_i = l9_i;
    s3_i = j_iabs(s3_i);
    s2_l = (s2_l >> (s3_i & 63));
    s0_apl[s1_i] = s2_l;
    goto L313;
L286: ;
    /* Fuzz_3_314_k46.java:42 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    s0_i = j_l2i(s0_l);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_i = (int)(0u - (j_u32)s1_i);
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    s0_l = (j_i64)s0_i;
    s1_i = l8_i;
    s2_i = 65535;
    s1_i = (s1_i & s2_i);
    s2_i = (-3409);
    s3_i = l8_i;
    s2_i = (s2_i >> (s3_i & 31));
    s1_i = (int)((j_u32)s1_i * (j_u32)s2_i);
    s1_l = (j_i64)s1_i;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
    s1_l = l10_l;
    s0_l = (s0_l & s1_l);
    l22_l = s0_l;
L313: ;
    /* Fuzz_3_314_k46.java:44 */
    s0_f = l14_f;
    s1_i = l8_i;
    s2_i = l9_i;
    s3_i = l8_i;
    s2_i = (s2_i ^ s3_i);
    if (s1_i >= s2_i) goto L321;
    s1_f = __int_as_float((int)0x7f800000);
    goto L329;
L321: ;
    s1_l = l12_l;
    s2_l = l10_l;
    if (s1_l <= s2_l) goto L327;
    s1_f = 0x1.0p5f;
    goto L329;
L327: ;
    s1_d = l15_d;
    s1_f = (float)s1_d;
L329: ;
    s0_f = (s0_f - s1_f);
    l14_f = s0_f;
    /* Fuzz_3_314_k46.java:45 */
    s0_apl = l19_apl;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_apl = l19_apl;
    s3_i = l8_i;
    s4_i = 7;
    s3_i = (s3_i & s4_i);
    s2_l = s2_apl[s3_i];
    s3_apl = l19_apl;
    s4_i = l9_i;
    s5_i = 7;
    s4_i = (s4_i & s5_i);
    s3_l = s3_apl[s4_i];
    s2_l = j_lmax(s2_l, s3_l);
    s3_i = l9_i;
    s3_i = (int)(0u - (j_u32)s3_i);
    s2_l = (s2_l >> (s3_i & 63));
    s3_f = __int_as_float((int)0xff800000);
    s4_f = l21_f;
    if (s3_f != s4_f) goto L361;
    s3_l = 9223372036854775807LL;
    s4_l = l12_l;
    s3_l = (j_i64)((j_u64)s3_l - (j_u64)s4_l);
    goto L364;
L361: ;
    s3_l = l10_l;
    s4_l = l12_l;
    s3_l = (j_i64)((j_u64)s3_l + (j_u64)s4_l);
L364: ;
    s2_l = j_lmin(s2_l, s3_l);
    s0_apl[s1_i] = s2_l;
    /* Fuzz_3_314_k46.java:46 */
    s0_f = (-0x1.862ba8p-8f);
    s0_f = j_fabsf(s0_f);
    s1_f = l21_f;
    s2_f = (-0x0.0p0f);
    s1_f = (s1_f / s2_f);
    if (!(s0_f >= s1_f)) goto L553;
    /* Fuzz_3_314_k46.java:47 */
    s0_apl = l19_apl;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 2;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s0_l = s0_apl[s1_i];
    s0_f = (float)s0_l;
    l21_f = s0_f;
    /* Fuzz_3_314_k46.java:48 */
    s0_i = l9_i;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 4;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s0_i = j_imin(s0_i, s1_i);
    s1_d = l15_d;
    s1_i = j_d2i(s1_d);
    if (s0_i > s1_i) goto L519;
    /* Fuzz_3_314_k46.java:49 */
    s0_d = l15_d;
    s1_d = (-0x1.50f46f58d6212p6);
    s2_d = l17_d;
    s1_d = fmod(s1_d, s2_d);
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 6;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s2_d = (double)s2_f;
    s3_agf = l2_agf;
    s4_i = l6_i;
    s5_i = 6;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_f = s3_agf[s4_i];
    s3_d = (double)s3_f;
    s2_d = J_DMUL(s2_d, s3_d);
    s2_d = j_fabs(s2_d);
    s1_d = fmod(s1_d, s2_d);
    s2_d = l15_d;
    s2_d = sqrt(s2_d);
    s1_d = J_DMUL(s1_d, s2_d);
    s0_d = (s0_d - s1_d);
    l17_d = s0_d;
    /* Fuzz_3_314_k46.java:50 */
    s0_i = 0;
    l22_i = s0_i;
L420: ;
    /* Fuzz_3_314_k46.java:51 */
    s0_i = l22_i;
    s1_i = l9_i;
    s2_i = 3;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L518;
    /* Fuzz_3_314_k46.java:52 */
    l22_i = (int)((j_u32)l22_i + (j_u32)1);
    /* Fuzz_3_314_k46.java:53 */
    s0_l = 0LL;
    s1_l = (-63LL);
    s0_l = j_lmax(s0_l, s1_l);
    s0_l = j_labs(s0_l);
    s1_l = (-1LL);
    s0_l = (s0_l ^ s1_l);
    l23_l = s0_l;
    /* Fuzz_3_314_k46.java:54 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_d = (double)s0_f;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 2;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s0_d = J_DMUL(s0_d, s1_d);
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 2;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 0;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s2_d = (double)s2_f;
    s1_d = J_DMUL(s1_d, s2_d);
    if (!(s0_d > s1_d)) goto L463;
    s0_f = l14_f;
    goto L464;
L463: ;
    s0_f = (-0x0.0p0f);
L464: ;
    s1_f = 0x1.0p-1f;
    s2_f = l14_f;
    s1_f = (s1_f - s2_f);
    if (!(s0_f <= s1_f)) goto L486;
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 0;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_i = j_i2b(s0_i);
    s0_i = j_iabs(s0_i);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = l8_i;
    s1_i = (s1_i | s2_i);
    s1_i = (int)(0u - (j_u32)s1_i);
    s0_i = j_imax(s0_i, s1_i);
    goto L516;
L486: ;
    s0_i = 1;
    s1_i = 255;
    s2_i = l8_i;
    if (s1_i <= s2_i) goto L492;
    s1_i = 1;
    goto L493;
L492: ;
    s1_i = 0;
L493: ;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_d = (double)s1_i;
    s2_d = 0x1.47ae147ae147bp-10;
    s1_d = J_DMUL(s1_d, s2_d);
    s2_d = l15_d;
    if (!(s1_d <= s2_d)) goto L507;
    s1_i = 1;
    goto L508;
L507: ;
    s1_i = 0;
L508: ;
    s2_i = (-1339728);
    s3_i = l8_i;
    if (s2_i == s3_i) goto L513;
    s2_i = 1;
    goto L514;
L513: ;
    s2_i = 0;
L514: ;
    s1_i = (s1_i | s2_i);
    s0_i = (s0_i | s1_i);
L516: ;
    l25_i = s0_i;
    /* Fuzz_3_314_k46.java:55 */
    goto L420;
L518: ;
    /* Fuzz_3_314_k46.java:56 */
    goto L535;
L519: ;
    /* Fuzz_3_314_k46.java:57 */
    s0_apl = l19_apl;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 3;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_l = 64LL;
    s3_d = l17_d;
    s3_d = sqrt(s3_d);
    s3_l = j_d2l(s3_d);
    s4_l = 1LL;
    s3_l = (s3_l | s4_l);
    s2_l = j_ldiv(s2_l, s3_l);
    s0_apl[s1_i] = s2_l;
L535: ;
    /* Fuzz_3_314_k46.java:59 */
    s0_apl = l19_apl;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 3;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s2_l = (j_i64)s2_i;
    s3_i = l9_i;
    s3_i = (int)(0u - (j_u32)s3_i);
    s3_l = (j_i64)s3_i;
    s2_l = (j_i64)((j_u64)s2_l * (j_u64)s3_l);
    s3_l = 986225497331104128LL;
    s2_l = j_lmin(s2_l, s3_l);
    s0_apl[s1_i] = s2_l;
    goto L568;
L553: ;
    /* Fuzz_3_314_k46.java:61 */
    s0_i = 0;
    l22_i = s0_i;
L555: ;
    s0_i = l22_i;
    s1_i = 6;
    if (s0_i >= s1_i) goto L564;
    /* Fuzz_3_314_k46.java:62 */
    s0_f = l14_f;
    s1_f = (-0x1.e9863p7f);
    s0_f = (s0_f + s1_f);
    l14_f = s0_f;
    /* Fuzz_3_314_k46.java:61 */
    l22_i = (int)((j_u32)l22_i + (j_u32)1);
    goto L555;
L564: ;
    /* Fuzz_3_314_k46.java:64 */
    s0_f = l21_f;
    s1_f = 0x1.0p63f;
    s0_f = (s0_f - s1_f);
    l22_f = s0_f;
L568: ;
    /* Fuzz_3_314_k46.java:66 */
    s0_apl = l19_apl;
    s1_i = 7;
    s0_l = s0_apl[s1_i];
    l22_l = s0_l;
    /* Fuzz_3_314_k46.java:67 */
    s0_d = l15_d;
    s1_d = l15_d;
    if (s0_d == s1_d) goto L578;
    s0_l = 9221120237041090560LL;
    goto L580;
L578: ;
    s0_d = l15_d;
    s0_l = J_D2L_BITS(s0_d);
L580: ;
    l24_l = s0_l;
    /* Fuzz_3_314_k46.java:68 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 0;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l24_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_314_k46.java:69 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l24_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_314_k46.java:70 */
    s0_d = l15_d;
    s1_d = l15_d;
    if (s0_d == s1_d) goto L603;
    s0_l = 9221120237041090560LL;
    goto L605;
L603: ;
    s0_d = l15_d;
    s0_l = J_D2L_BITS(s0_d);
L605: ;
    l26_l = s0_l;
    /* Fuzz_3_314_k46.java:71 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l26_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_314_k46.java:72 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l26_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_314_k46.java:73 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_i = l9_i;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_314_k46.java:74 */
    s0_d = l15_d;
    s1_d = l15_d;
    if (s0_d == s1_d) goto L634;
    s0_l = 9221120237041090560LL;
    goto L636;
L634: ;
    s0_d = l15_d;
    s0_l = J_D2L_BITS(s0_d);
L636: ;
    l28_l = s0_l;
    /* Fuzz_3_314_k46.java:75 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l28_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_314_k46.java:76 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 6;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l28_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_314_k46.java:77 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l22_l;
    s3_i = 17;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_314_k46.java:78 */
    return;
}

extern "C" __global__ void Fuzz_3_314_k46_run0(int* l1_agi, float* l2_agf, int* l3_agi) {
    int s0_i;
    int l4_i;
    int* s1_agi;
    float* s2_agf;
    int* s3_agi;
    int s4_i;
    /* Fuzz_3_314_k46.java:81 */
    s0_i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
    l4_i = s0_i;
    /* Fuzz_3_314_k46.java:82 */
    s0_i = l4_i;
    s1_agi = l1_agi;
    s2_agf = l2_agf;
    s3_agi = l3_agi;
    s4_i = 0;
    h_Fuzz_3_314_k46_k46(s0_i, s1_agi, s2_agf, s3_agi, s4_i);
    /* Fuzz_3_314_k46.java:83 */
    return;
}
