/* Generated from Fuzz_4_10_k23.run0(Lloglinear/jit/KernelContext;[I[F[I)V for CUDA (NVRTC). */
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

static __device__ void h_Fuzz_4_10_k23_k23(int l0_i, int* l1_agi, float* l2_agf, int* l3_agi, int l4_i) {
    int j_priv0[8];
    int j_zi;
    int s0_i;
    int s1_i;
    int l5_i;
    int l6_i;
    int s2_i;
    int l7_i;
    int* s0_agi;
    int l8_i;
    long long s0_l;
    int* s1_agi;
    int s3_i;
    long long s1_l;
    long long s2_l;
    long long l9_l;
    long long l11_l;
    float* s0_agf;
    float s0_f;
    float l13_f;
    double s0_d;
    float* s1_agf;
    float s1_f;
    double s1_d;
    double l14_d;
    double l16_d;
    int* s0_api;
    int* l18_api;
    int l19_i;
    float* s2_agf;
    int s4_i;
    float s2_f;
    double s2_d;
    int* s2_agi;
    int* s3_agi;
    int s5_i;
    long long s3_l;
    int l20_i;
    int* s1_api;
    double s3_d;
    float s3_f;
    int* s2_api;
    float l20_f;
    long long l20_l;
    long long l21_l;
    long long l23_l;
    long long l25_l;
    /* Fuzz_4_10_k23.java:6 */
    s0_i = l0_i;
    s1_i = 8;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    l5_i = s0_i;
    /* Fuzz_4_10_k23.java:7 */
    s0_i = l0_i;
    s1_i = 8;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    l6_i = s0_i;
    /* Fuzz_4_10_k23.java:8 */
    s0_i = l4_i;
    s1_i = l0_i;
    s2_i = 8;
    s1_i = (int)((j_u32)s1_i * (j_u32)s2_i);
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l7_i = s0_i;
    /* Fuzz_4_10_k23.java:9 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    l8_i = s0_i;
    /* Fuzz_4_10_k23.java:10 */
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
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_l = 4294967295LL;
    s1_l = (s1_l & s2_l);
    s0_l = (s0_l | s1_l);
    l9_l = s0_l;
    /* Fuzz_4_10_k23.java:11 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 3;
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
    l11_l = s0_l;
    /* Fuzz_4_10_k23.java:12 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    l13_f = s0_f;
    /* Fuzz_4_10_k23.java:13 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_d = (double)s0_f;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 7;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s0_d = J_DMUL(s0_d, s1_d);
    l14_d = s0_d;
    /* Fuzz_4_10_k23.java:14 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_d = (double)s0_i;
    s1_d = 0x1.47ae147ae147bp-10;
    s0_d = J_DMUL(s0_d, s1_d);
    l16_d = s0_d;
    /* Fuzz_4_10_k23.java:15 */
    s0_i = 8;
    for (j_zi = 0; j_zi < 8; ++j_zi) j_priv0[j_zi] = 0;
    s0_api = j_priv0;
    l18_api = s0_api;
    /* Fuzz_4_10_k23.java:16 */
    s0_i = 0;
    l19_i = s0_i;
L90: ;
    /* Fuzz_4_10_k23.java:17 */
    s0_i = l19_i;
    s1_i = l8_i;
    s2_i = 3;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L314;
    /* Fuzz_4_10_k23.java:18 */
    l19_i = (int)((j_u32)l19_i + (j_u32)1);
    /* Fuzz_4_10_k23.java:19 */
    s0_d = l16_d;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 3;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s2_d = (double)s2_f;
    s1_d = J_DMUL(s1_d, s2_d);
    if (s0_d != s1_d) goto L142;
    s0_l = l9_l;
    s1_l = l11_l;
    if (s0_l <= s1_l) goto L142;
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    s1_i = 32;
    s0_l = (j_i64)((j_u64)s0_l << (s1_i & 63));
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 5;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_l = 4294967295LL;
    s1_l = (s1_l & s2_l);
    s0_l = (s0_l | s1_l);
    s1_l = (-98410214523584715LL);
    s0_l = j_lrem(s0_l, s1_l);
    s1_i = l8_i;
    s1_l = (j_i64)s1_i;
    s2_i = l8_i;
    s2_l = (j_i64)s2_i;
    s1_l = (j_i64)((j_u64)s1_l * (j_u64)s2_l);
    if (s0_l >= s1_l) goto L258;
L142: ;
    s0_f = l13_f;
    s0_f = (-s0_f);
    s1_f = l13_f;
    s1_f = (-s1_f);
    if (!(s0_f > s1_f)) goto L258;
    /* Fuzz_4_10_k23.java:20 */
    s0_api = l18_api;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 3;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 3;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s3_i = l8_i;
    if (s2_i == s3_i) goto L165;
    s2_i = 1;
    goto L166;
L165: ;
    s2_i = 0;
L166: ;
    s3_agi = l1_agi;
    s4_i = l5_i;
    s5_i = 6;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_i = s3_agi[s4_i];
    s4_i = (-1);
    s3_i = (s3_i ^ s4_i);
    s2_i = (int)((j_u32)s2_i >> (s3_i & 31));
    s3_i = l8_i;
    s4_i = l8_i;
    s3_i = (int)((j_u32)s3_i * (j_u32)s4_i);
    s4_i = l8_i;
    s4_i = j_iabs(s4_i);
    s3_i = j_imin(s3_i, s4_i);
    s2_i = (int)((j_u32)s2_i >> (s3_i & 31));
    s0_api[s1_i] = s2_i;
    /* Fuzz_4_10_k23.java:21 */
    s0_l = 9223372036854775807LL;
    s1_l = l9_l;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 6;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_i = 32;
    s1_l = (j_i64)((j_u64)s1_l << (s2_i & 63));
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 6;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s2_l = (j_i64)s2_i;
    s3_l = 4294967295LL;
    s2_l = (s2_l & s3_l);
    s1_l = (s1_l | s2_l);
    if (s0_l != s1_l) goto L218;
    s0_d = l16_d;
    s1_d = (-0x1.0b7f638e98p38);
    s0_d = (s0_d + s1_d);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 4;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_l = 40368LL;
    s1_l = (j_i64)((j_u64)s1_l + (j_u64)s2_l);
    s1_d = (double)s1_l;
    s0_d = (s0_d / s1_d);
    goto L233;
L218: ;
    s0_f = 0x0.000002p-126f;
    s0_f = j_fabsf(s0_f);
    s1_f = (-0x0.0p0f);
    if (!(s0_f <= s1_f)) goto L225;
    s0_d = l14_d;
    goto L233;
L225: ;
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_d = (double)s0_i;
    s1_d = 0x1.47ae147ae147bp-10;
    s0_d = J_DMUL(s0_d, s1_d);
L233: ;
    l14_d = s0_d;
    /* Fuzz_4_10_k23.java:22 */
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
    s0_d = j_fabs(s0_d);
    s0_i = j_d2i(s0_d);
    s1_i = 71101;
    s1_i = j_iabs(s1_i);
    s2_i = 1;
    s1_i = (s1_i | s2_i);
    s0_i = j_irem(s0_i, s1_i);
    s1_i = l8_i;
    s0_i = j_imax(s0_i, s1_i);
    l20_i = s0_i;
    /* Fuzz_4_10_k23.java:23 */
    goto L294;
L258: ;
    /* Fuzz_4_10_k23.java:24 */
    s0_l = l9_l;
    s0_l = j_labs(s0_l);
    s0_l = (j_i64)((j_u64)0 - (j_u64)s0_l);
    l11_l = s0_l;
    /* Fuzz_4_10_k23.java:25 */
    s0_f = l13_f;
    s1_api = l18_api;
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 3;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s3_i = 7;
    s2_i = (s2_i & s3_i);
    s1_i = s1_api[s2_i];
    s2_i = (-2147483647 - 1);
    if (s1_i == s2_i) goto L276;
    s1_i = 1;
    goto L277;
L276: ;
    s1_i = 0;
L277: ;
    s2_l = l9_l;
    s3_l = l11_l;
    if (s2_l <= s3_l) goto L283;
    s2_i = 1;
    goto L284;
L283: ;
    s2_i = 0;
L284: ;
    s1_i = (s1_i ^ s2_i);
    if (s1_i == 0) goto L288;
    s1_f = l13_f;
    goto L292;
L288: ;
    s1_f = (-0x1.3651dep-3f);
    s2_f = l13_f;
    s1_f = (s1_f - s2_f);
    s1_f = j_fabsf(s1_f);
L292: ;
    s0_f = (s0_f + s1_f);
    l13_f = s0_f;
L294: ;
    /* Fuzz_4_10_k23.java:27 */
    s0_i = 0;
    l20_i = s0_i;
L296: ;
    /* Fuzz_4_10_k23.java:28 */
    s0_i = l20_i;
    s1_i = l8_i;
    s2_i = 3;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L313;
    /* Fuzz_4_10_k23.java:29 */
    l20_i = (int)((j_u32)l20_i + (j_u32)1);
    /* Fuzz_4_10_k23.java:30 */
    s0_l = l9_l;
    s1_d = l16_d;
    s1_l = j_d2l(s1_d);
    s2_l = (-1LL);
    s1_l = (s1_l ^ s2_l);
    s0_l = (j_i64)((j_u64)s0_l + (j_u64)s1_l);
    l9_l = s0_l;
    /* Fuzz_4_10_k23.java:31 */
    s0_i = l8_i;
    s0_i = j_ntz(s0_i);
    l8_i = s0_i;
    goto L296;
L313: ;
    /* Fuzz_4_10_k23.java:33 */
    goto L90;
L314: ;
    /* Fuzz_4_10_k23.java:34 */
    s0_f = l13_f;
    s1_f = 0x1.48af7cp-1f;
    s2_d = 0x1.fffffffffffffp1023;
    s3_d = l16_d;
    if (s2_d == s3_d) goto L326;
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 0;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    goto L329;
L326: ;
    s2_f = l13_f;
    s3_f = 0x1.72da56p-17f;
    s2_f = J_FMUL(s2_f, s3_f);
L329: ;
    s1_f = (s1_f - s2_f);
    s0_f = J_FMUL(s0_f, s1_f);
    l13_f = s0_f;
    /* Fuzz_4_10_k23.java:35 */
    s0_api = l18_api;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_i = l8_i;
    s3_agi = l1_agi;
    s4_i = l5_i;
    s5_i = 5;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_i = s3_agi[s4_i];
    s2_i = (int)((j_u32)s2_i << (s3_i & 31));
    s3_i = (-1);
    s2_i = (s2_i ^ s3_i);
    s2_i = j_iabs(s2_i);
    s0_api[s1_i] = s2_i;
    /* Fuzz_4_10_k23.java:36 */
    s0_l = l11_l;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 5;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_f = (-s1_f);
    s1_l = j_f2l(s1_f);
    s1_l = j_labs(s1_l);
    s0_l = (s0_l & s1_l);
    l11_l = s0_l;
    /* Fuzz_4_10_k23.java:37 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    s1_l = l11_l;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
    s1_i = l8_i;
    s1_l = (j_i64)s1_i;
    if (s0_l == s1_l) goto L512;
    /* Fuzz_4_10_k23.java:38 */
    s0_i = 0;
    l20_i = s0_i;
L376: ;
    s0_i = l20_i;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L437;
    /* Fuzz_4_10_k23.java:39 */
    s0_d = l14_d;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_d = (double)s1_i;
    s2_d = 0x1.47ae147ae147bp-10;
    s1_d = J_DMUL(s1_d, s2_d);
    s2_d = l14_d;
    s3_d = l14_d;
    s2_d = fmod(s2_d, s3_d);
    s3_d = l14_d;
    s2_d = fmod(s2_d, s3_d);
    s1_d = (s1_d - s2_d);
    s0_d = (s0_d + s1_d);
    l14_d = s0_d;
    /* Fuzz_4_10_k23.java:40 */
    s0_l = l11_l;
    s1_l = (-1LL);
    if (s0_l != s1_l) goto L414;
    s0_i = (-32);
    s1_api = l18_api;
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 7;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s3_i = 7;
    s2_i = (s2_i & s3_i);
    s1_i = s1_api[s2_i];
    if (s0_i >= s1_i) goto L414;
    /* Fuzz_4_10_k23.java:41 */
    goto L435;
L414: ;
    /* Fuzz_4_10_k23.java:43 */
    s0_i = l20_i;
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 1: goto L418; default: goto L429; }
L418: ;
    /* Fuzz_4_10_k23.java:45 */
    s0_api = l18_api;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s0_i = s0_api[s1_i];
    s1_i = (-1);
    s0_i = (s0_i ^ s1_i);
    s1_i = (-1);
    s0_i = (s0_i ^ s1_i);
    l8_i = s0_i;
    /* Fuzz_4_10_k23.java:46 */
    goto L435;
L429: ;
    /* Fuzz_4_10_k23.java:48 */
    s0_i = l8_i;
    s1_i = l8_i;
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    s1_i = l8_i;
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l8_i = s0_i;
L435: ;
    /* Fuzz_4_10_k23.java:38 */
    l20_i = (int)((j_u32)l20_i + (j_u32)1);
    goto L376;
L437: ;
    /* Fuzz_4_10_k23.java:51 */
    s0_l = l9_l;
    s1_l = (-410826697LL);
    s0_l = j_ldiv(s0_l, s1_l);
    s1_l = l11_l;
    s2_l = l11_l;
    s1_l = (j_i64)((j_u64)s1_l * (j_u64)s2_l);
    if (s0_l != s1_l) goto L477;
    /* Fuzz_4_10_k23.java:52 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s1_i = l8_i;
    s2_i = l8_i;
    s1_i = (int)((j_u32)s1_i * (j_u32)s2_i);
    if (s0_i > s1_i) goto L456;
    s0_f = 0x1.1681e8p-7f;
    goto L459;
L456: ;
    s0_f = 0x0.0p0f;
    s0_f = j_fabsf(s0_f);
    s0_f = (-s0_f);
L459: ;
    s0_f = j_fabsf(s0_f);
    l13_f = s0_f;
    /* Fuzz_4_10_k23.java:53 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_f = j_fabsf(s0_f);
    s1_f = l13_f;
    s2_f = (-0x0.0p0f);
    s1_f = (s1_f - s2_f);
    if (!(s0_f < s1_f)) goto L474;
    s0_i = 1;
    goto L475;
L474: ;
    s0_i = 0;
L475: ;
    l20_i = s0_i;
    /* Fuzz_4_10_k23.java:54 */
    goto L665;
L477: ;
    /* Fuzz_4_10_k23.java:55 */
    s0_i = l8_i;
    s1_i = l8_i;
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 2;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s1_i = (s1_i & s2_i);
    s2_api = l18_api;
    s3_i = l8_i;
    s4_i = 7;
    s3_i = (s3_i & s4_i);
    s2_i = s2_api[s3_i];
    s1_i = (int)((j_u32)s1_i * (j_u32)s2_i);
    s2_i = 1000;
    s3_agi = l1_agi;
    s4_i = l5_i;
    s5_i = 0;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_i = s3_agi[s4_i];
    s2_i = (s2_i & s3_i);
    s3_i = l8_i;
    s4_i = l8_i;
    s3_i = (int)((j_u32)s3_i >> (s4_i & 31));
    s4_i = 1;
    s3_i = (s3_i | s4_i);
    s2_i = j_irem(s2_i, s3_i);
    s1_i = (int)((j_u32)s1_i * (j_u32)s2_i);
    s0_i = (s0_i | s1_i);
    l8_i = s0_i;
    /* Fuzz_4_10_k23.java:56 */
    s0_f = l13_f;
    s1_f = 0x1.0p-1f;
    s0_f = fmodf(s0_f, s1_f);
    l20_f = s0_f;
    /* Fuzz_4_10_k23.java:57 */
    goto L665;
L512: ;
    /* Fuzz_4_10_k23.java:59 */
    s0_i = l8_i;
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 0: goto L540; case 1: goto L557; case 4: goto L516; default: goto L572; }
L516: ;
    /* Fuzz_4_10_k23.java:61 */
    s0_i = 1;
    s1_api = l18_api;
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 1;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s3_i = 7;
    s2_i = (s2_i & s3_i);
    s1_i = s1_api[s2_i];
    if (s0_i < s1_i) goto L537;
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    s1_i = l8_i;
    s1_l = (j_i64)s1_i;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
    goto L538;
L537: ;
    s0_l = l9_l;
L538: ;
    l9_l = s0_l;
    /* Fuzz_4_10_k23.java:62 */
    goto L577;
L540: ;
    /* Fuzz_4_10_k23.java:64 */
    s0_d = (-0x0.0p0);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 2;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_d = (double)s1_i;
    s2_d = 0x1.47ae147ae147bp-10;
    s1_d = J_DMUL(s1_d, s2_d);
    if (!(s0_d < s1_d)) goto L553;
    s0_i = 1;
    goto L554;
L553: ;
    s0_i = 0;
L554: ;
    s0_l = (j_i64)s0_i;
    l9_l = s0_l;
    /* Fuzz_4_10_k23.java:65 */
    goto L577;
L557: ;
    /* Fuzz_4_10_k23.java:67 */
    s0_l = l11_l;
    s1_l = 1556986536051190497LL;
    if (s0_l != s1_l) goto L564;
    s0_d = l16_d;
    s0_l = j_d2l(s0_d);
    goto L571;
L564: ;
    s0_l = (-9223372036854775807LL - 1LL);
    s1_l = l9_l;
    if (s0_l == s1_l) goto L570;
    s0_l = l9_l;
    goto L571;
L570: ;
    s0_l = 138658745LL;
L571: ;
    l9_l = s0_l;
L572: ;
    /* Fuzz_4_10_k23.java:69 */
    s0_l = l9_l;
    s1_l = l11_l;
    s0_l = (j_i64)((j_u64)s0_l - (j_u64)s1_l);
    s0_l = (j_i64)((j_u64)0 - (j_u64)s0_l);
    l9_l = s0_l;
L577: ;
    /* Fuzz_4_10_k23.java:71 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 6;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 1: goto L585; case 3: goto L602; case 5: goto L598; default: goto L620; }
L585: ;
    /* Fuzz_4_10_k23.java:73 */
    s0_d = l14_d;
    s1_d = 0x1.0p63;
    s0_d = (s0_d / s1_d);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 2;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s1_d = (double)s1_l;
    s0_d = (s0_d + s1_d);
    l14_d = s0_d;
    /* Fuzz_4_10_k23.java:74 */
    goto L638;
L598: ;
    /* Fuzz_4_10_k23.java:76 */
    s0_d = l16_d;
    s0_d = (-s0_d);
    s0_d = sqrt(s0_d);
    l14_d = s0_d;
L602: ;
    /* Fuzz_4_10_k23.java:78 */
    s0_d = l16_d;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 1;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s2_d = (double)s2_f;
    s1_d = J_DMUL(s1_d, s2_d);
    s0_d = j_fmin(s0_d, s1_d);
    s0_d = j_fabs(s0_d);
    l14_d = s0_d;
    /* Fuzz_4_10_k23.java:79 */
    goto L638;
L620: ;
    /* Fuzz_4_10_k23.java:81 */
    s0_d = l16_d;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 3;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 6;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s2_d = (double)s2_f;
    s1_d = J_DMUL(s1_d, s2_d);
    s2_d = l16_d;
    s1_d = fmod(s1_d, s2_d);
    s0_d = fmod(s0_d, s1_d);
    l14_d = s0_d;
L638: ;
    /* Fuzz_4_10_k23.java:83 */
    s0_i = l8_i;
    s1_i = l8_i;
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    s1_i = l8_i;
    s2_api = l18_api;
    s3_agi = l1_agi;
    s4_i = l5_i;
    s5_i = 5;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_i = s3_agi[s4_i];
    s4_i = 7;
    s3_i = (s3_i & s4_i);
    s2_i = s2_api[s3_i];
    s1_i = j_imax(s1_i, s2_i);
    if (s0_i > s1_i) goto L655;
    s0_l = (-24851911LL);
    goto L664;
L655: ;
    s0_l = l9_l;
    s1_l = (-1LL);
    s2_l = l9_l;
    s3_l = 1LL;
    s2_l = (s2_l | s3_l);
    s1_l = j_ldiv(s1_l, s2_l);
    s2_l = 1LL;
    s1_l = (s1_l | s2_l);
    s0_l = j_lrem(s0_l, s1_l);
L664: ;
    l20_l = s0_l;
L665: ;
    /* Fuzz_4_10_k23.java:85 */
    s0_api = l18_api;
    s1_i = 2;
    s0_i = s0_api[s1_i];
    l20_i = s0_i;
    /* Fuzz_4_10_k23.java:86 */
    s0_d = l16_d;
    s1_d = l16_d;
    if (s0_d == s1_d) goto L675;
    s0_l = 9221120237041090560LL;
    goto L677;
L675: ;
    s0_d = l16_d;
    s0_l = J_D2L_BITS(s0_d);
L677: ;
    l21_l = s0_l;
    /* Fuzz_4_10_k23.java:87 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 0;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l21_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_10_k23.java:88 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l21_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_10_k23.java:89 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_f = l13_f;
    s3_f = l13_f;
    if (s2_f == s3_f) goto L704;
    s2_i = 2143289344;
    goto L706;
L704: ;
    s2_f = l13_f;
    s2_i = J_F2I_BITS(s2_f);
L706: ;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_10_k23.java:90 */
    s0_d = l14_d;
    s1_d = l14_d;
    if (s0_d == s1_d) goto L713;
    s0_l = 9221120237041090560LL;
    goto L715;
L713: ;
    s0_d = l14_d;
    s0_l = J_D2L_BITS(s0_d);
L715: ;
    l23_l = s0_l;
    /* Fuzz_4_10_k23.java:91 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l23_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_10_k23.java:92 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l23_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_10_k23.java:93 */
    s0_d = l14_d;
    s1_d = l14_d;
    if (s0_d == s1_d) goto L738;
    s0_l = 9221120237041090560LL;
    goto L740;
L738: ;
    s0_d = l14_d;
    s0_l = J_D2L_BITS(s0_d);
L740: ;
    l25_l = s0_l;
    /* Fuzz_4_10_k23.java:94 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l25_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_10_k23.java:95 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 6;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l25_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_10_k23.java:96 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_i = l20_i;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_10_k23.java:97 */
    return;
}

extern "C" __global__ void Fuzz_4_10_k23_run0(int* l1_agi, float* l2_agf, int* l3_agi) {
    int s0_i;
    int l4_i;
    int* s1_agi;
    float* s2_agf;
    int* s3_agi;
    int s4_i;
    /* Fuzz_4_10_k23.java:100 */
    s0_i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
    l4_i = s0_i;
    /* Fuzz_4_10_k23.java:101 */
    s0_i = l4_i;
    s1_agi = l1_agi;
    s2_agf = l2_agf;
    s3_agi = l3_agi;
    s4_i = 0;
    h_Fuzz_4_10_k23_k23(s0_i, s1_agi, s2_agf, s3_agi, s4_i);
    /* Fuzz_4_10_k23.java:102 */
    return;
}
