/* Generated from Fuzz_3_69_k33.run0(Lloglinear/jit/KernelContext;[I[F[I)V for CUDA (NVRTC). */
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

static __device__ void h_Fuzz_3_69_k33_k33(int l0_i, int* l1_agi, float* l2_agf, int* l3_agi, int l4_i) {
    int s0_i;
    int s1_i;
    int l5_i;
    int l6_i;
    int s2_i;
    int l7_i;
    int* s0_agi;
    int l8_i;
    long long s0_l;
    long long l9_l;
    float* s0_agf;
    float s0_f;
    float l11_f;
    double s0_d;
    float* s1_agf;
    int s3_i;
    float s1_f;
    double s1_d;
    double l12_d;
    double l14_d;
    float l16_f;
    int l17_i;
    int* s1_agi;
    int l18_i;
    long long s1_l;
    int* s2_agi;
    int s4_i;
    long long s2_l;
    long long s3_l;
    long long l19_l;
    double l21_d;
    double s2_d;
    long long l18_l;
    long long l20_l;
    int l22_i;
    float* s2_agf;
    float s2_f;
    float l22_f;
    float* s3_agf;
    int s5_i;
    float s3_f;
    int l23_i;
    double s3_d;
    long long l22_l;
    long long l24_l;
    long long l26_l;
    /* Fuzz_3_69_k33.java:6 */
    s0_i = l0_i;
    s1_i = 8;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    l5_i = s0_i;
    /* Fuzz_3_69_k33.java:7 */
    s0_i = l0_i;
    s1_i = 8;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    l6_i = s0_i;
    /* Fuzz_3_69_k33.java:8 */
    s0_i = l4_i;
    s1_i = l0_i;
    s2_i = 8;
    s1_i = (int)((j_u32)s1_i * (j_u32)s2_i);
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l7_i = s0_i;
    /* Fuzz_3_69_k33.java:9 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    l8_i = s0_i;
    /* Fuzz_3_69_k33.java:10 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    l9_l = s0_l;
    /* Fuzz_3_69_k33.java:11 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    l11_f = s0_f;
    /* Fuzz_3_69_k33.java:12 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 5;
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
    l12_d = s0_d;
    /* Fuzz_3_69_k33.java:13 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_d = (double)s0_f;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 5;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s0_d = J_DMUL(s0_d, s1_d);
    l14_d = s0_d;
    /* Fuzz_3_69_k33.java:14 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_d = (double)s0_i;
    s1_d = 0x1.47ae147ae147bp-10;
    s0_d = J_DMUL(s0_d, s1_d);
    s0_f = (float)s0_d;
    l16_f = s0_f;
    /* Fuzz_3_69_k33.java:15 */
    s0_i = 0;
    l17_i = s0_i;
L73: ;
    /* Fuzz_3_69_k33.java:16 */
    s0_i = l17_i;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 4;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 3;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L148;
    /* Fuzz_3_69_k33.java:17 */
    l17_i = (int)((j_u32)l17_i + (j_u32)1);
    /* Fuzz_3_69_k33.java:18 */
    s0_i = 0;
    l18_i = s0_i;
L85: ;
    /* Fuzz_3_69_k33.java:19 */
    s0_i = l18_i;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 3;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L147;
    /* Fuzz_3_69_k33.java:20 */
    l18_i = (int)((j_u32)l18_i + (j_u32)1);
    /* Fuzz_3_69_k33.java:21 */
    s0_i = l8_i;
    s1_i = (-3);
    s0_i = (s0_i & s1_i);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 4;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_i = 32;
    s1_l = (j_i64)((j_u64)s1_l << (s2_i & 63));
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 2;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s2_l = (j_i64)s2_i;
    s3_l = 4294967295LL;
    s2_l = (s2_l & s3_l);
    s1_l = (s1_l | s2_l);
    s1_i = j_l2i(s1_l);
    s0_i = j_imax(s0_i, s1_i);
    s0_l = (j_i64)s0_i;
    s1_i = 32;
    s1_i = j_ntz(s1_i);
    s1_i = j_iabs(s1_i);
    s1_l = (j_i64)s1_i;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
    s1_i = (-3976914);
    s0_l = (j_i64)((j_u64)s0_l >> (s1_i & 63));
    l19_l = s0_l;
    /* Fuzz_3_69_k33.java:22 */
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
    s3_i = 3;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_l = 4294967295LL;
    s1_l = (s1_l & s2_l);
    s0_l = (s0_l | s1_l);
    s0_d = (double)s0_l;
    s0_d = sqrt(s0_d);
    l21_d = s0_d;
    /* Fuzz_3_69_k33.java:23 */
    goto L85;
L147: ;
    /* Fuzz_3_69_k33.java:24 */
    goto L73;
L148: ;
    /* Fuzz_3_69_k33.java:25 */
    s0_i = 0;
    l18_i = s0_i;
L150: ;
    s0_i = l18_i;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L216;
    /* Fuzz_3_69_k33.java:26 */
    s0_d = l14_d;
    s1_d = l14_d;
    s1_d = j_fabs(s1_d);
    s0_d = (s0_d + s1_d);
    l14_d = s0_d;
    /* Fuzz_3_69_k33.java:27 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 1: goto L168; case 2: goto L183; default: goto L205; }
L168: ;
    /* Fuzz_3_69_k33.java:29 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_d = (double)s0_i;
    s1_d = 0x1.47ae147ae147bp-10;
    s0_d = J_DMUL(s0_d, s1_d);
    s0_d = j_fabs(s0_d);
    s1_d = 0x1.ffb4000e796e5p-12;
    s2_d = l12_d;
    s1_d = fmod(s1_d, s2_d);
    s0_d = (s0_d - s1_d);
    l14_d = s0_d;
    /* Fuzz_3_69_k33.java:30 */
    goto L214;
L183: ;
    /* Fuzz_3_69_k33.java:32 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 1;
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
    s1_d = l12_d;
    if (!(s0_d > s1_d)) goto L201;
    s0_d = (-0x1.6cb05ep5);
    goto L203;
L201: ;
    s0_f = l11_f;
    s0_d = (double)s0_f;
L203: ;
    l14_d = s0_d;
    /* Fuzz_3_69_k33.java:33 */
    goto L214;
L205: ;
    /* Fuzz_3_69_k33.java:35 */
    s0_f = __int_as_float((int)0xff800000);
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s0_f = j_fmaxf(s0_f, s1_f);
    s0_d = (double)s0_f;
    l14_d = s0_d;
L214: ;
    /* Fuzz_3_69_k33.java:25 */
    l18_i = (int)((j_u32)l18_i + (j_u32)1);
    goto L150;
L216: ;
    /* Fuzz_3_69_k33.java:38 */
    s0_d = 0x1.a83066777843fp2;
    s1_d = l12_d;
    s1_d = sqrt(s1_d);
    s1_d = (-s1_d);
    s2_d = (-0x0.0p0);
    s1_d = J_DMUL(s1_d, s2_d);
    s0_d = fmod(s0_d, s1_d);
    l14_d = s0_d;
    /* Fuzz_3_69_k33.java:39 */
    s0_i = 0;
    l18_i = s0_i;
L226: ;
    s0_i = l18_i;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L283;
    /* Fuzz_3_69_k33.java:40 */
    s0_d = l12_d;
    s1_d = l12_d;
    s1_d = (-s1_d);
    s0_d = (s0_d + s1_d);
    l12_d = s0_d;
    /* Fuzz_3_69_k33.java:41 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_d = (double)s0_f;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 5;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s0_d = J_DMUL(s0_d, s1_d);
    s1_d = l12_d;
    s0_d = fmod(s0_d, s1_d);
    s1_d = 0x1.37d48cp-7;
    if (!(s0_d > s1_d)) goto L255;
    /* Fuzz_3_69_k33.java:42 */
    goto L281;
L255: ;
    /* Fuzz_3_69_k33.java:44 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 4: goto L266; case 7: goto L263; default: goto L274; }
L263: ;
    /* Fuzz_3_69_k33.java:46 */
    s0_i = l8_i;
    l8_i = s0_i;
    /* Fuzz_3_69_k33.java:47 */
    goto L281;
L266: ;
    /* Fuzz_3_69_k33.java:49 */
    s0_d = l14_d;
    s1_d = l14_d;
    if (!(s0_d <= s1_d)) goto L272;
    s0_i = 1;
    goto L273;
L272: ;
    s0_i = 0;
L273: ;
    l8_i = s0_i;
L274: ;
    /* Fuzz_3_69_k33.java:51 */
    s0_i = l18_i;
    s1_i = 65535;
    if (s0_i > s1_i) goto L279;
    s0_i = 1;
    goto L280;
L279: ;
    s0_i = 0;
L280: ;
    l8_i = s0_i;
L281: ;
    /* Fuzz_3_69_k33.java:39 */
    l18_i = (int)((j_u32)l18_i + (j_u32)1);
    goto L226;
L283: ;
    /* Fuzz_3_69_k33.java:54 */
    s0_i = l8_i;
    switch (s0_i) { case 1: goto L306; case 392: goto L299; case 174768: goto L285; default: goto L309; }
L285: ;
    /* Fuzz_3_69_k33.java:56 */
    s0_f = l16_f;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 2;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    if (!(s0_f <= s1_f)) goto L295;
    s0_i = 1;
    goto L296;
L295: ;
    s0_i = 0;
L296: ;
    s0_f = (float)s0_i;
    l16_f = s0_f;
    /* Fuzz_3_69_k33.java:57 */
    goto L311;
L299: ;
    /* Fuzz_3_69_k33.java:59 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    l16_f = s0_f;
    /* Fuzz_3_69_k33.java:60 */
    goto L311;
L306: ;
    /* Fuzz_3_69_k33.java:62 */
    s0_f = l11_f;
    l16_f = s0_f;
    /* Fuzz_3_69_k33.java:63 */
    goto L311;
L309: ;
    /* Fuzz_3_69_k33.java:65 */
    s0_f = l16_f;
    l16_f = s0_f;
L311: ;
    /* Fuzz_3_69_k33.java:67 */
    s0_l = l9_l;
    s0_l = j_labs(s0_l);
    s0_i = j_l2i(s0_l);
    s0_i = j_iabs(s0_i);
    s0_l = (j_i64)s0_i;
    s1_i = 63;
    s1_i = j_iabs(s1_i);
    s1_l = (j_i64)s1_i;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
    l18_l = s0_l;
    /* Fuzz_3_69_k33.java:68 */
    s0_i = l8_i;
    s1_i = l8_i;
    s0_i = j_imin(s0_i, s1_i);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 5;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_i = (int)(0u - (j_u32)s1_i);
    s0_i = j_imax(s0_i, s1_i);
    s1_f = l11_f;
    s1_i = j_f2i(s1_f);
    s0_i = j_imax(s0_i, s1_i);
    s0_l = (j_i64)s0_i;
    s1_i = l8_i;
    s1_i = j_i2b(s1_i);
    s1_i = j_iabs(s1_i);
    s1_i = j_iabs(s1_i);
    s1_l = (j_i64)s1_i;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
    l20_l = s0_l;
    /* Fuzz_3_69_k33.java:69 */
    s0_l = l18_l;
    s1_l = 4294967295LL;
    s0_l = j_ldiv(s0_l, s1_l);
    s1_l = l9_l;
    s2_l = l20_l;
    s1_l = j_lmax(s1_l, s2_l);
    if (s0_l <= s1_l) goto L355;
    /* Fuzz_3_69_k33.java:70 */
    s0_d = l14_d;
    s1_d = l12_d;
    s0_d = (s0_d + s1_d);
    l14_d = s0_d;
    goto L627;
L355: ;
    /* Fuzz_3_69_k33.java:72 */
    s0_i = l8_i;
    s0_l = (j_i64)s0_i;
    s1_l = 16351LL;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
    s1_i = l8_i;
    s1_l = (j_i64)s1_i;
    if (s0_l == s1_l) goto L376;
    s0_d = l12_d;
    s1_d = (-0x0.0p0);
    s0_d = J_DMUL(s0_d, s1_d);
    s1_d = (-0x1.8b2e7af3adeb2p-17);
    if (s0_d < s1_d) goto L376;
    s0_i = 2908;
    s1_i = l8_i;
    if (s0_i <= s1_i) goto L417;
    s0_l = l9_l;
    s1_l = 1LL;
    if (s0_l > s1_l) goto L417;
L376: ;
    /* Fuzz_3_69_k33.java:73 */
    s0_i = 0;
    l22_i = s0_i;
L378: ;
    s0_i = l22_i;
    s1_i = 7;
    if (s0_i >= s1_i) goto L397;
    /* Fuzz_3_69_k33.java:74 */
    s0_i = l8_i;
    s1_l = l20_l;
    s2_l = l9_l;
    if (s1_l >= s2_l) goto L388;
    s1_i = 1;
    goto L389;
L388: ;
    s1_i = 0;
L389: ;
    s2_d = l14_d;
    s2_i = j_d2i(s2_d);
    s1_i = (int)((j_u32)s1_i << (s2_i & 31));
    s1_i = j_i2b(s1_i);
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l8_i = s0_i;
    /* Fuzz_3_69_k33.java:73 */
    l22_i = (int)((j_u32)l22_i + (j_u32)1);
    goto L378;
L397: ;
    /* Fuzz_3_69_k33.java:76 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    switch (s0_i) { case 1: goto L406; case 33: goto L409; case 65535: goto L403; default: goto L414; }
L403: ;
    /* Fuzz_3_69_k33.java:78 */
    s0_d = l12_d;
    l14_d = s0_d;
    /* Fuzz_3_69_k33.java:79 */
    goto L567;
L406: ;
    /* Fuzz_3_69_k33.java:81 */
    s0_d = l12_d;
    l14_d = s0_d;
    /* Fuzz_3_69_k33.java:82 */
    goto L567;
L409: ;
    /* Fuzz_3_69_k33.java:84 */
    s0_d = l12_d;
    s0_d = (-s0_d);
    s0_d = j_fabs(s0_d);
    l14_d = s0_d;
    /* Fuzz_3_69_k33.java:85 */
    goto L567;
L414: ;
    /* Fuzz_3_69_k33.java:87 */
    s0_d = (-0x1.fffffffep31);
    l14_d = s0_d;
    goto L567;
L417: ;
    /* Fuzz_3_69_k33.java:90 */
    s0_d = 0x0.0p0;
    s0_d = j_fabs(s0_d);
    s0_f = j_fabsf(0x0.0p0f);
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 6;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 7;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s2_d = (double)s2_f;
    s1_d = J_DMUL(s1_d, s2_d);
    s1_d = sqrt(s1_d);
    if (s0_d == s1_d) goto L447;
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_f = (-s0_f);
    s1_f = l16_f;
    s1_d = (double)s1_f;
    s1_d = sqrt(s1_d);
    s1_f = sqrtf(s1_f);
    s0_f = (s0_f / s1_f);
    goto L451;
L447: ;
    s0_f = l11_f;
    s0_d = (double)s0_f;
    s0_d = sqrt(s0_d);
    s0_f = sqrtf(s0_f);
L451: ;
    s0_d = (double)s0_f;
    s0_d = sqrt(s0_d);
    s0_f = sqrtf(s0_f);
    l22_f = s0_f;
    /* Fuzz_3_69_k33.java:91 */
    s0_i = l8_i;
    s1_i = l8_i;
    s0_i = (s0_i | s1_i);
    s1_i = l8_i;
    s2_i = l8_i;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    if (s0_i <= s1_i) goto L493;
    /* Fuzz_3_69_k33.java:92 */
    s0_i = l8_i;
    s1_i = 33;
    s2_i = l8_i;
    s2_i = j_iabs(s2_i);
    s3_agf = l2_agf;
    s4_i = l6_i;
    s5_i = 0;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_f = s3_agf[s4_i];
    s3_i = j_f2i(s3_f);
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s3_i = 1;
    s2_i = (s2_i | s3_i);
    s1_i = j_idiv(s1_i, s2_i);
    s0_i = (int)((j_u32)s0_i - (j_u32)s1_i);
    l8_i = s0_i;
    /* Fuzz_3_69_k33.java:93 */
    s0_f = l11_f;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s0_f = (s0_f - s1_f);
    s0_d = (double)s0_f;
    s0_d = sqrt(s0_d);
    s0_f = sqrtf(s0_f);
    s0_i = j_f2i(s0_f);
    s1_i = (-1);
    s0_i = (s0_i | s1_i);
    l23_i = s0_i;
    /* Fuzz_3_69_k33.java:94 */
    goto L567;
L493: ;
    /* Fuzz_3_69_k33.java:95 */
    s0_f = 0x1.c19feep7f;
    s1_f = l16_f;
    s0_f = (s0_f + s1_f);
    s1_f = __int_as_float((int)0x7fc00000);
    if (!(s0_f < s1_f)) goto L507;
    s0_d = (-0x1.9a68a50b01bc3p-29);
    s1_d = l12_d;
    s2_d = 0x1.e6618c3a78ec2p-22;
    s1_d = fmod(s1_d, s2_d);
    if (!(s0_d > s1_d)) goto L507;
    s0_i = 1;
    goto L508;
L507: ;
    s0_i = 0;
L508: ;
    l23_i = s0_i;
    /* Fuzz_3_69_k33.java:96 */
    s0_d = l14_d;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 2;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s2_d = (double)s2_f;
    s1_d = J_DMUL(s1_d, s2_d);
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 7;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s2_d = (double)s2_i;
    s3_d = 0x1.47ae147ae147bp-10;
    s2_d = J_DMUL(s2_d, s3_d);
    if (s1_d != s2_d) goto L551;
    s1_d = 0x0.012688b70e62bp-1022;
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 4;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s2_d = (double)s2_f;
    s3_agf = l2_agf;
    s4_i = l6_i;
    s5_i = 5;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_f = s3_agf[s4_i];
    s3_d = (double)s3_f;
    s2_d = J_DMUL(s2_d, s3_d);
    s1_d = (s1_d - s2_d);
    s2_d = 0x0.0000000000001p-1022;
    s1_d = (s1_d + s2_d);
    goto L565;
L551: ;
    s1_f = l11_f;
    s2_f = l11_f;
    if (!(s1_f <= s2_f)) goto L564;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_d = (double)s1_i;
    s2_d = 0x1.47ae147ae147bp-10;
    s1_d = J_DMUL(s1_d, s2_d);
    goto L565;
L564: ;
    s1_d = l12_d;
L565: ;
    s0_d = (s0_d + s1_d);
    l14_d = s0_d;
L567: ;
    /* Fuzz_3_69_k33.java:99 */
    s0_i = l8_i;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 5;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s0_i = (s0_i & s1_i);
    l8_i = s0_i;
    /* Fuzz_3_69_k33.java:100 */
    s0_i = 0;
    l22_i = s0_i;
L577: ;
    /* Fuzz_3_69_k33.java:101 */
    s0_i = l22_i;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 6;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 3;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L627;
    /* Fuzz_3_69_k33.java:102 */
    l22_i = (int)((j_u32)l22_i + (j_u32)1);
    /* Fuzz_3_69_k33.java:103 */
    s0_i = l8_i;
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 2: goto L591; case 6: goto L621; default: goto L624; }
L591: ;
    /* Fuzz_3_69_k33.java:105 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 7;
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
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 2;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s0_l = (j_i64)((j_u64)s0_l - (j_u64)s1_l);
    s1_l = l18_l;
    s2_l = 1LL;
    s1_l = (s1_l | s2_l);
    s0_l = j_ldiv(s0_l, s1_l);
    l20_l = s0_l;
    /* Fuzz_3_69_k33.java:106 */
    goto L577;
L621: ;
    /* Fuzz_3_69_k33.java:108 */
    s0_l = 64LL;
    l20_l = s0_l;
    /* Fuzz_3_69_k33.java:109 */
    goto L577;
L624: ;
    /* Fuzz_3_69_k33.java:111 */
    s0_l = l20_l;
    l20_l = s0_l;
    goto L577;
L627: ;
    /* Fuzz_3_69_k33.java:115 */
    s0_l = l9_l;
    l22_l = s0_l;
    /* Fuzz_3_69_k33.java:116 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 0;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l22_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_69_k33.java:117 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l22_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_69_k33.java:118 */
    s0_l = l9_l;
    l24_l = s0_l;
    /* Fuzz_3_69_k33.java:119 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l24_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_69_k33.java:120 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l24_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_69_k33.java:121 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_i = l8_i;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_69_k33.java:122 */
    s0_d = l14_d;
    s1_d = l14_d;
    if (s0_d == s1_d) goto L675;
    s0_l = 9221120237041090560LL;
    goto L677;
L675: ;
    s0_d = l14_d;
    s0_l = J_D2L_BITS(s0_d);
L677: ;
    l26_l = s0_l;
    /* Fuzz_3_69_k33.java:123 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l26_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_69_k33.java:124 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 6;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l26_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_69_k33.java:125 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l20_l;
    s3_i = 17;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_69_k33.java:126 */
    return;
}

extern "C" __global__ void Fuzz_3_69_k33_run0(int* l1_agi, float* l2_agf, int* l3_agi) {
    int s0_i;
    int l4_i;
    int* s1_agi;
    float* s2_agf;
    int* s3_agi;
    int s4_i;
    /* Fuzz_3_69_k33.java:129 */
    s0_i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
    l4_i = s0_i;
    /* Fuzz_3_69_k33.java:130 */
    s0_i = l4_i;
    s1_agi = l1_agi;
    s2_agf = l2_agf;
    s3_agi = l3_agi;
    s4_i = 0;
    h_Fuzz_3_69_k33_k33(s0_i, s1_agi, s2_agf, s3_agi, s4_i);
    /* Fuzz_3_69_k33.java:131 */
    return;
}
