/* Generated from Fuzz_4_7_k3.run0(Lloglinear/jit/KernelContext;[I[F[I)V for OpenCL C 1.2. */
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF
typedef uint j_u32;
typedef long j_i64;
typedef ulong j_u64;
#define J_F2I_BITS(x) as_int(x)
#define J_I2F_BITS(x) as_float(x)
#define J_D2L_BITS(x) as_long(x)
#define J_L2D_BITS(x) as_double(x)
#define J_INT_MIN (-2147483647 - 1)
#define J_INT_MAX 2147483647
#define J_LONG_MIN ((j_i64)0x8000000000000000UL)
#define J_LONG_MAX ((j_i64)0x7fffffffffffffffL)
static inline __attribute__((always_inline)) int j_idiv(int a, int b) { return b == 0 ? 0 : (b == -1 ? (int)(0u - (j_u32)a) : a / b); }
static inline __attribute__((always_inline)) int j_irem(int a, int b) { return (b == 0 || b == -1) ? 0 : a % b; }
static inline __attribute__((always_inline)) j_i64 j_ldiv(j_i64 a, j_i64 b) { return b == 0 ? (j_i64)0 : (b == -1 ? (j_i64)((j_u64)0 - (j_u64)a) : a / b); }
static inline __attribute__((always_inline)) j_i64 j_lrem(j_i64 a, j_i64 b) { return (b == 0 || b == -1) ? (j_i64)0 : a % b; }
static inline __attribute__((always_inline)) int j_lcmp(j_i64 a, j_i64 b) { return a > b ? 1 : (a == b ? 0 : -1); }
static inline __attribute__((always_inline)) int j_fcmpl(float a, float b) { return a > b ? 1 : (a == b ? 0 : -1); }
static inline __attribute__((always_inline)) int j_fcmpg(float a, float b) { return a < b ? -1 : (a == b ? 0 : 1); }
static inline __attribute__((always_inline)) int j_f2i(float x) { return x != x ? 0 : (x >= 2147483648.0f ? J_INT_MAX : (x <= -2147483648.0f ? J_INT_MIN : (int)x)); }
static inline __attribute__((always_inline)) j_i64 j_f2l(float x) { return x != x ? (j_i64)0 : (x >= 9223372036854775808.0f ? J_LONG_MAX : (x <= -9223372036854775808.0f ? J_LONG_MIN : (j_i64)x)); }
static inline __attribute__((always_inline)) int j_i2b(int x) { return ((int)((j_u32)x << 24)) >> 24; }
static inline __attribute__((always_inline)) int j_i2s(int x) { return ((int)((j_u32)x << 16)) >> 16; }
static inline __attribute__((always_inline)) int j_l2i(j_i64 x) { return (int)(j_u32)(j_u64)x; }
static inline __attribute__((always_inline)) int j_iabs(int a) { return a < 0 ? (int)(0u - (j_u32)a) : a; }
static inline __attribute__((always_inline)) j_i64 j_labs(j_i64 a) { return a < 0 ? (j_i64)((j_u64)0 - (j_u64)a) : a; }
static inline __attribute__((always_inline)) int j_imin(int a, int b) { return a <= b ? a : b; }
static inline __attribute__((always_inline)) int j_imax(int a, int b) { return a >= b ? a : b; }
static inline __attribute__((always_inline)) j_i64 j_lmin(j_i64 a, j_i64 b) { return a <= b ? a : b; }
static inline __attribute__((always_inline)) j_i64 j_lmax(j_i64 a, j_i64 b) { return a >= b ? a : b; }
static inline __attribute__((always_inline)) float j_fminf(float a, float b) { if (a != a) return a; if (b != b) return b; if (a == 0.0f && b == 0.0f) return J_I2F_BITS(J_F2I_BITS(a) | J_F2I_BITS(b)); return a <= b ? a : b; }
static inline __attribute__((always_inline)) float j_fmaxf(float a, float b) { if (a != a) return a; if (b != b) return b; if (a == 0.0f && b == 0.0f) return J_I2F_BITS(J_F2I_BITS(a) & J_F2I_BITS(b)); return a >= b ? a : b; }
static inline __attribute__((always_inline)) float j_fsignum(float x) { return (x != x || x == 0.0f) ? x : (x > 0.0f ? 1.0f : -1.0f); }
static inline __attribute__((always_inline)) int j_float_to_int_bits(float x) { return x != x ? 0x7fc00000 : J_F2I_BITS(x); }
static inline __attribute__((always_inline)) int j_ifloordiv(int a, int b) { int q = j_idiv(a, b); return (b != 0 && (a ^ b) < 0 && (int)((j_u32)q * (j_u32)b) != a) ? q - 1 : q; }
static inline __attribute__((always_inline)) int j_ifloormod(int a, int b) { return (int)((j_u32)a - (j_u32)j_ifloordiv(a, b) * (j_u32)b); }
static inline __attribute__((always_inline)) j_i64 j_lfloordiv(j_i64 a, j_i64 b) { j_i64 q = j_ldiv(a, b); return (b != 0 && (a ^ b) < 0 && (j_i64)((j_u64)q * (j_u64)b) != a) ? q - 1 : q; }
static inline __attribute__((always_inline)) j_i64 j_lfloormod(j_i64 a, j_i64 b) { return (j_i64)((j_u64)a - (j_u64)j_lfloordiv(a, b) * (j_u64)b); }
static inline __attribute__((always_inline)) int j_icmp(int a, int b) { return a < b ? -1 : (a == b ? 0 : 1); }
static inline __attribute__((always_inline)) int j_fcompare(float a, float b) { if (a < b) return -1; if (a > b) return 1; int x = j_float_to_int_bits(a); int y = j_float_to_int_bits(b); return x == y ? 0 : (x < y ? -1 : 1); }
static inline __attribute__((always_inline)) int j_roundf(float x) { float f = floor(x); int r = j_f2i(f); return (x - f) >= 0.5f ? r + 1 : r; }
static inline __attribute__((always_inline)) float j_powf(float x, float y) { return (y != y || (fabs(x) == 1.0f && fabs(y) == J_I2F_BITS(0x7f800000))) ? J_I2F_BITS(0x7fc00000) : pow(x, y); }
static inline __attribute__((always_inline)) int j_dcmpl(double a, double b) { return a > b ? 1 : (a == b ? 0 : -1); }
static inline __attribute__((always_inline)) int j_dcmpg(double a, double b) { return a < b ? -1 : (a == b ? 0 : 1); }
static inline __attribute__((always_inline)) int j_d2i(double x) { return x != x ? 0 : (x >= 2147483648.0 ? J_INT_MAX : (x <= -2147483648.0 ? J_INT_MIN : (int)x)); }
static inline __attribute__((always_inline)) j_i64 j_d2l(double x) { return x != x ? (j_i64)0 : (x >= 9223372036854775808.0 ? J_LONG_MAX : (x <= -9223372036854775808.0 ? J_LONG_MIN : (j_i64)x)); }
static inline __attribute__((always_inline)) double j_fmin(double a, double b) { if (a != a) return a; if (b != b) return b; if (a == 0.0 && b == 0.0) return J_L2D_BITS(J_D2L_BITS(a) | J_D2L_BITS(b)); return a <= b ? a : b; }
static inline __attribute__((always_inline)) double j_fmax(double a, double b) { if (a != a) return a; if (b != b) return b; if (a == 0.0 && b == 0.0) return J_L2D_BITS(J_D2L_BITS(a) & J_D2L_BITS(b)); return a >= b ? a : b; }
static inline __attribute__((always_inline)) double j_dsignum(double x) { return (x != x || x == 0.0) ? x : (x > 0.0 ? 1.0 : -1.0); }
static inline __attribute__((always_inline)) j_i64 j_double_to_long_bits(double x) { return x != x ? (j_i64)0x7ff8000000000000L : J_D2L_BITS(x); }
static inline __attribute__((always_inline)) int j_dcompare(double a, double b) { if (a < b) return -1; if (a > b) return 1; j_i64 x = j_double_to_long_bits(a); j_i64 y = j_double_to_long_bits(b); return x == y ? 0 : (x < y ? -1 : 1); }
static inline __attribute__((always_inline)) j_i64 j_roundd(double x) { double f = floor(x); j_i64 r = j_d2l(f); return (x - f) >= 0.5 ? r + 1 : r; }
static inline __attribute__((always_inline)) double j_pow(double x, double y) { return (y != y || (fabs(x) == 1.0 && fabs(y) == J_L2D_BITS(0x7ff0000000000000L))) ? J_L2D_BITS(0x7ff8000000000000L) : pow(x, y); }
static inline __attribute__((always_inline)) int j_ntz(int x) { return x == 0 ? 32 : 31 - (int)clz((int)((j_u32)x & (0u - (j_u32)x))); }
static inline __attribute__((always_inline)) int j_lntz(j_i64 x) { return x == 0 ? 64 : 63 - (int)clz((j_i64)((j_u64)x & ((j_u64)0 - (j_u64)x))); }
static inline __attribute__((always_inline)) int j_lid(void) { return (int)(get_local_id(0) + get_local_id(1) * get_local_size(0) + get_local_id(2) * get_local_size(0) * get_local_size(1)); }
static inline __attribute__((always_inline)) int j_lsize(void) { return (int)(get_local_size(0) * get_local_size(1) * get_local_size(2)); }
static inline __attribute__((always_inline)) float j_atomic_add_f_g(volatile __global float* p, float v) {
    volatile __global int* ip = (volatile __global int*)p;
    int old = *ip; int assumed;
    do { assumed = old; old = atomic_cmpxchg(ip, assumed, as_int(as_float(assumed) + v)); } while (old != assumed);
    return as_float(old);
}
static inline __attribute__((always_inline)) float j_atomic_add_f_l(volatile __local float* p, float v) {
    volatile __local int* ip = (volatile __local int*)p;
    int old = *ip; int assumed;
    do { assumed = old; old = atomic_cmpxchg(ip, assumed, as_int(as_float(assumed) + v)); } while (old != assumed);
    return as_float(old);
}

static inline __attribute__((always_inline)) void h_Fuzz_4_7_k3_k3(int l0_i, __global int* l1_agi, __global float* l2_agf, __global int* l3_agi, int l4_i) {
    float j_priv0[8];
    int j_zi;
    int s0_i;
    int s1_i;
    int l5_i;
    int l6_i;
    int s2_i;
    int l7_i;
    __global int* s0_agi;
    int l8_i;
    int l9_i;
    long s0_l;
    long l10_l;
    __global float* s0_agf;
    float s0_f;
    float l12_f;
    double s0_d;
    __global float* s1_agf;
    int s3_i;
    float s1_f;
    double s1_d;
    double l13_d;
    float* s0_apf;
    float* l15_apf;
    long s1_l;
    long s2_l;
    __global int* s1_agi;
    float s2_f;
    __global int* s3_agi;
    int s4_i;
    int s5_i;
    float s3_f;
    float s4_f;
    double s3_d;
    float l16_f;
    float* s1_apf;
    __global int* s2_agi;
    __global float* s2_agf;
    double s2_d;
    __global float* s3_agf;
    float* s2_apf;
    long s3_l;
    int l17_i;
    long s4_l;
    double l18_d;
    long l20_l;
    int l18_i;
    double l19_d;
    __global int* s4_agi;
    int s6_i;
    long s5_l;
    float* s3_apf;
    float* s4_apf;
    float s5_f;
    float l17_f;
    long l18_l;
    /* Fuzz_4_7_k3.java:6 */
    s0_i = l0_i;
    s1_i = 8;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    l5_i = s0_i;
    /* Fuzz_4_7_k3.java:7 */
    s0_i = l0_i;
    s1_i = 8;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    l6_i = s0_i;
    /* Fuzz_4_7_k3.java:8 */
    s0_i = l4_i;
    s1_i = l0_i;
    s2_i = 8;
    s1_i = (int)((j_u32)s1_i * (j_u32)s2_i);
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l7_i = s0_i;
    /* Fuzz_4_7_k3.java:9 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    l8_i = s0_i;
    /* Fuzz_4_7_k3.java:10 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    l9_i = s0_i;
    /* Fuzz_4_7_k3.java:11 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    l10_l = s0_l;
    /* Fuzz_4_7_k3.java:12 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 0;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    l12_f = s0_f;
    /* Fuzz_4_7_k3.java:13 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_d = (double)s0_f;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 3;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s0_d = (s0_d * s1_d);
    l13_d = s0_d;
    /* Fuzz_4_7_k3.java:14 */
    s0_i = 8;
    for (j_zi = 0; j_zi < 8; ++j_zi) j_priv0[j_zi] = 0;
    s0_apf = j_priv0;
    l15_apf = s0_apf;
    /* Fuzz_4_7_k3.java:15 */
    s0_i = l8_i;
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 2: goto L60; case 7: goto L70; default: goto L79; }
L60: ;
    /* Fuzz_4_7_k3.java:17 */
    s0_l = l10_l;
    s1_i = l9_i;
    s0_l = (j_i64)((j_u64)s0_l << (s1_i & 63));
    s1_l = l10_l;
    s1_l = (j_i64)((j_u64)0 - (j_u64)s1_l);
    s2_l = 1L;
    s1_l = (s1_l | s2_l);
    s0_l = j_ldiv(s0_l, s1_l);
    l10_l = s0_l;
    /* Fuzz_4_7_k3.java:18 */
    goto L84;
L70: ;
    /* Fuzz_4_7_k3.java:20 */
    s0_i = l8_i;
    s1_i = l9_i;
    s0_i = (s0_i >> (s1_i & 31));
    s0_l = (j_i64)s0_i;
    s1_i = l9_i;
    s1_l = (j_i64)s1_i;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
    l10_l = s0_l;
    /* Fuzz_4_7_k3.java:21 */
    goto L84;
L79: ;
    /* Fuzz_4_7_k3.java:23 */
    s0_d = 0x1.322942p6;
    s0_d = sqrt(s0_d);
    s0_f = sqrt(0x1.322942p6f);
    s0_l = j_f2l(s0_f);
    l10_l = s0_l;
L84: ;
    /* Fuzz_4_7_k3.java:25 */
    s0_apf = l15_apf;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_i = l8_i;
    s3_i = l9_i;
    if (s2_i <= s3_i) goto L97;
    s2_f = l12_f;
    goto L98;
L97: ;
    s2_f = (-0x1.35ffdcp-22f);
L98: ;
    s3_agi = l1_agi;
    s4_i = l5_i;
    s5_i = 6;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_i = s3_agi[s4_i];
    s4_i = l9_i;
    if (s3_i <= s4_i) goto L107;
    s3_f = l12_f;
    goto L108;
L107: ;
    s3_f = l12_f;
L108: ;
    s2_f = (s2_f * s3_f);
    s3_f = 0x1.bb1f2ap3f;
    s4_f = l12_f;
    s3_f = (s3_f - s4_f);
    s3_d = (double)s3_f;
    s3_d = sqrt(s3_d);
    s3_f = sqrt(s3_f);
    s2_f = j_fmaxf(s2_f, s3_f);
    s0_apf[s1_i] = s2_f;
    /* Fuzz_4_7_k3.java:26 */
    s0_i = l9_i;
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 5: goto L121; default: goto L142; }
L121: ;
    /* Fuzz_4_7_k3.java:28 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s1_i = (-1);
    if (s0_i > s1_i) goto L136;
    s0_f = l12_f;
    s1_f = l12_f;
    if (!(s0_f <= s1_f)) goto L134;
    s0_i = l8_i;
    goto L141;
L134: ;
    s0_i = 31;
    goto L141;
L136: ;
    s0_i = (-297530592);
    s1_i = l9_i;
    s2_i = 1;
    s1_i = (s1_i | s2_i);
    s0_i = j_irem(s0_i, s1_i);
L141: ;
    l9_i = s0_i;
L142: ;
    /* Fuzz_4_7_k3.java:30 */
    s0_i = (-45);
    l9_i = s0_i;
    /* Fuzz_4_7_k3.java:32 */
    s0_f = (-0x1.2588dp6f);
    s1_f = l12_f;
    s1_f = (-s1_f);
    s0_f = (s0_f / s1_f);
    s0_d = (double)s0_f;
    s0_d = sqrt(s0_d);
    s0_f = sqrt(s0_f);
    s0_d = (double)s0_f;
    s0_d = sqrt(s0_d);
    s0_f = sqrt(s0_f);
    l16_f = s0_f;
    /* Fuzz_4_7_k3.java:33 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 0: goto L190; case 1: goto L183; case 7: goto L163; default: goto L200; }
L163: ;
    /* Fuzz_4_7_k3.java:35 */
    s0_f = l16_f;
    s1_f = l16_f;
    s0_f = (s0_f - s1_f);
    s1_apf = l15_apf;
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 1;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s3_i = 7;
    s2_i = (s2_i & s3_i);
    s1_f = s1_apf[s2_i];
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 5;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s1_f = fmod(s1_f, s2_f);
    s0_f = (s0_f * s1_f);
    l12_f = s0_f;
L183: ;
    /* Fuzz_4_7_k3.java:37 */
    s0_f = l16_f;
    s1_f = l16_f;
    s0_f = fmod(s0_f, s1_f);
    s1_f = l12_f;
    s0_f = fmod(s0_f, s1_f);
    l12_f = s0_f;
    /* Fuzz_4_7_k3.java:38 */
    goto L206;
L190: ;
    /* Fuzz_4_7_k3.java:40 */
    s0_l = 124206617321647L;
    s1_l = l10_l;
    if (s0_l != s1_l) goto L196;
    s0_f = 0x1.0p0f;
    goto L199;
L196: ;
    s0_f = l16_f;
    s1_f = l12_f;
    s0_f = j_fminf(s0_f, s1_f);
L199: ;
    l12_f = s0_f;
L200: ;
    /* Fuzz_4_7_k3.java:42 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    l12_f = s0_f;
L206: ;
    /* Fuzz_4_7_k3.java:44 */
    s0_l = l10_l;
    s0_f = (float)s0_l;
    s1_apf = l15_apf;
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 7;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s3_i = 7;
    s2_i = (s2_i & s3_i);
    s1_f = s1_apf[s2_i];
    if (!(s0_f > s1_f)) goto L221;
    s0_i = l9_i;
    goto L245;
L221: ;
    s0_i = l9_i;
    s1_i = l8_i;
    if (s0_i == s1_i) goto L244;
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
    s0_d = (s0_d * s1_d);
    s1_d = l13_d;
    if (!(s0_d >= s1_d)) goto L242;
    s0_i = 17733;
    goto L245;
L242: ;
    s0_i = (-394717);
    goto L245;
L244: ;
    s0_i = l8_i;
L245: ;
    s1_i = 1001;
    s0_i = j_irem(s0_i, s1_i);
    l8_i = s0_i;
    /* Fuzz_4_7_k3.java:45 */
    s0_i = l8_i;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = l9_i;
    s1_i = j_imax(s1_i, s2_i);
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
    s2_d = (s2_d * s3_d);
    s2_d = (-s2_d);
    s2_i = j_d2i(s2_d);
    s1_i = j_imax(s1_i, s2_i);
    s0_i = (s0_i ^ s1_i);
    l8_i = s0_i;
    /* Fuzz_4_7_k3.java:46 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_i = j_iabs(s0_i);
    if (s0_i < 0) goto L304;
    /* Fuzz_4_7_k3.java:47 */
    s0_f = (-0x1.de2784p45f);
    s1_f = l12_f;
    s2_i = l9_i;
    s3_i = l8_i;
    if (s2_i == s3_i) goto L288;
    s2_f = l12_f;
    goto L297;
L288: ;
    s2_apf = l15_apf;
    s3_agi = l1_agi;
    s4_i = l5_i;
    s5_i = 7;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_i = s3_agi[s4_i];
    s4_i = 7;
    s3_i = (s3_i & s4_i);
    s2_f = s2_apf[s3_i];
L297: ;
    s1_f = (s1_f + s2_f);
    s0_f = fmod(s0_f, s1_f);
    s1_f = (-0x1.2f773cp-10f);
    s1_f = fabs(s1_f);
    s0_f = (s0_f + s1_f);
    l16_f = s0_f;
    goto L623;
L304: ;
    /* Fuzz_4_7_k3.java:49 */
    s0_l = 4294967295L;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 2;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_i = 32;
    s1_l = (j_i64)((j_u64)s1_l << (s2_i & 63));
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 4;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s2_l = (j_i64)s2_i;
    s3_l = 4294967295L;
    s2_l = (s2_l & s3_l);
    s1_l = (s1_l | s2_l);
    s2_l = (-1L);
    s1_l = (j_i64)((j_u64)s1_l + (j_u64)s2_l);
    if (s0_l != s1_l) goto L335;
    /* Fuzz_4_7_k3.java:50 */
    s0_d = l13_d;
    s1_d = l13_d;
    s2_d = l13_d;
    s1_d = (s1_d - s2_d);
    s1_d = (-s1_d);
    s1_d = (-s1_d);
    s0_d = (s0_d - s1_d);
    l13_d = s0_d;
    goto L347;
L335: ;
    /* Fuzz_4_7_k3.java:52 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_d = (double)s0_i;
    s1_d = 0x1.47ae147ae147bp-10;
    s0_d = (s0_d * s1_d);
    s1_d = l13_d;
    s1_d = sqrt(s1_d);
    s0_d = j_fmin(s0_d, s1_d);
    l13_d = s0_d;
L347: ;
    /* Fuzz_4_7_k3.java:54 */
    s0_i = 0;
    l17_i = s0_i;
L349: ;
    /* Fuzz_4_7_k3.java:55 */
    s0_i = l17_i;
    s1_i = l9_i;
    s2_i = 3;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L404;
    /* Fuzz_4_7_k3.java:56 */
    l17_i = (int)((j_u32)l17_i + (j_u32)1);
    /* Fuzz_4_7_k3.java:57 */
    s0_l = l10_l;
    s1_l = l10_l;
    s0_l = (j_i64)((j_u64)s0_l - (j_u64)s1_l);
    l10_l = s0_l;
    /* Fuzz_4_7_k3.java:58 */
    s0_l = l10_l;
    s1_l = (-1L);
    s0_l = (s0_l ^ s1_l);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 6;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_agi = l1_agi;
    s3_i = l5_i;
    s4_i = 4;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s2_l = (j_i64)s2_i;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l << (s3_i & 63));
    s3_agi = l1_agi;
    s4_i = l5_i;
    s5_i = 3;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_i = s3_agi[s4_i];
    s3_l = (j_i64)s3_i;
    s4_l = 4294967295L;
    s3_l = (s3_l & s4_l);
    s2_l = (s2_l | s3_l);
    s1_l = (s1_l | s2_l);
    if (s0_l != s1_l) goto L400;
    s0_d = 0x1.23ebd186a4fa5p-22;
    s1_d = l13_d;
    s0_d = (s0_d * s1_d);
    s0_d = fabs(s0_d);
    s1_d = 0x1.999999999999ap-4;
    s1_d = fabs(s1_d);
    s2_d = 0x1.fffffffffffffp1023;
    s3_d = (-0x1.70bfe4e043d97p22);
    s2_d = j_fmin(s2_d, s3_d);
    s1_d = (s1_d + s2_d);
    s0_d = fmod(s0_d, s1_d);
    goto L402;
L400: ;
    s0_f = l16_f;
    s0_d = (double)s0_f;
L402: ;
    l18_d = s0_d;
    /* Fuzz_4_7_k3.java:59 */
    goto L349;
L404: ;
    /* Fuzz_4_7_k3.java:60 */
    s0_d = (-0x0.0p0);
    s1_d = l13_d;
    s2_d = l13_d;
    s1_d = fmod(s1_d, s2_d);
    if (!(s0_d > s1_d)) goto L472;
    /* Fuzz_4_7_k3.java:61 */
    s0_f = l12_f;
    s0_d = (double)s0_f;
    l18_d = s0_d;
    /* Fuzz_4_7_k3.java:62 */
    s0_l = l10_l;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 0;
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
    s3_l = 4294967295L;
    s2_l = (s2_l & s3_l);
    s1_l = (s1_l | s2_l);
    if (s0_l >= s1_l) goto L443;
    s0_apf = l15_apf;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 7;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s0_f = s0_apf[s1_i];
    goto L444;
L443: ;
    s0_f = l12_f;
L444: ;
    s1_f = l16_f;
    if (s0_f != s1_f) goto L471;
    /* Fuzz_4_7_k3.java:63 */
    s0_f = l12_f;
    s0_l = j_f2l(s0_f);
    s1_l = 0L;
    if (s0_l <= s1_l) goto L456;
    s0_l = l10_l;
    s1_l = (-1L);
    s0_l = (s0_l ^ s1_l);
    goto L457;
L456: ;
    s0_l = l10_l;
L457: ;
    s1_i = l8_i;
    s2_i = l8_i;
    s1_i = (s1_i & s2_i);
    s2_i = 63;
    s1_i = (int)((j_u32)s1_i * (j_u32)s2_i);
    s1_l = (j_i64)s1_i;
    s2_l = (-1048662L);
    s1_l = (j_i64)((j_u64)s1_l * (j_u64)s2_l);
    s0_l = (s0_l ^ s1_l);
    l20_l = s0_l;
    /* Fuzz_4_7_k3.java:64 */
    s0_f = l12_f;
    s1_f = l16_f;
    s0_f = (s0_f + s1_f);
    l12_f = s0_f;
L471: ;
    /* Fuzz_4_7_k3.java:66 */
    goto L623;
L472: ;
    /* Fuzz_4_7_k3.java:67 */
    s0_i = 0;
    l18_i = s0_i;
L474: ;
    /* Fuzz_4_7_k3.java:68 */
    s0_i = l18_i;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 7;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 3;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L518;
    /* Fuzz_4_7_k3.java:69 */
    l18_i = (int)((j_u32)l18_i + (j_u32)1);
    /* Fuzz_4_7_k3.java:70 */
    s0_i = l9_i;
    s1_i = l9_i;
    s0_i = (s0_i | s1_i);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_i = popcount(s1_i);
    if (s0_i > s1_i) goto L511;
    s0_d = l13_d;
    s0_d = fabs(s0_d);
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 7;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    s2_d = (double)s2_f;
    s1_d = (s1_d * s2_d);
    s0_d = j_fmax(s0_d, s1_d);
    goto L514;
L511: ;
    s0_i = l8_i;
    s0_d = (double)s0_i;
    s0_d = fabs(s0_d);
L514: ;
    s1_d = l13_d;
    s0_d = fmod(s0_d, s1_d);
    l19_d = s0_d;
    /* Fuzz_4_7_k3.java:71 */
    goto L474;
L518: ;
    /* Fuzz_4_7_k3.java:72 */
    s0_d = as_double((long)0x7ff0000000000000UL);
    s1_d = l13_d;
    if (s0_d < s1_d) goto L525;
    s0_i = l8_i;
    s1_i = l8_i;
    if (s0_i < s1_i) goto L527;
L525: ;
    s0_i = 1;
    goto L528;
L527: ;
    s0_i = 0;
L528: ;
    s1_l = l10_l;
    s2_l = 4294967297L;
    s1_l = j_ldiv(s1_l, s2_l);
    s2_l = 84449L;
    s3_agi = l1_agi;
    s4_i = l5_i;
    s5_i = 1;
    s4_i = (int)((j_u32)s4_i + (j_u32)s5_i);
    s3_i = s3_agi[s4_i];
    s3_l = (j_i64)s3_i;
    s4_i = 32;
    s3_l = (j_i64)((j_u64)s3_l << (s4_i & 63));
    s4_agi = l1_agi;
    s5_i = l5_i;
    s6_i = 2;
    s5_i = (int)((j_u32)s5_i + (j_u32)s6_i);
    s4_i = s4_agi[s5_i];
    s4_l = (j_i64)s4_i;
    s5_l = 4294967295L;
    s4_l = (s4_l & s5_l);
    s3_l = (s3_l | s4_l);
    s2_l = (s2_l ^ s3_l);
    if (s1_l > s2_l) goto L554;
    s1_i = 1;
    goto L555;
L554: ;
    s1_i = 0;
L555: ;
    s0_i = (s0_i ^ s1_i);
    if (s0_i == 0) goto L569;
    s0_d = l13_d;
    s1_d = l13_d;
    s2_d = l13_d;
    s1_d = fmod(s1_d, s2_d);
    s0_d = j_fmin(s0_d, s1_d);
    s1_d = as_double((long)0x7ff8000000000000UL);
    s2_d = l13_d;
    s3_d = l13_d;
    s2_d = (s2_d * s3_d);
    s1_d = fmod(s1_d, s2_d);
    s0_d = (s0_d * s1_d);
    goto L571;
L569: ;
    s0_f = l16_f;
    s0_d = (double)s0_f;
L571: ;
    l19_d = s0_d;
    /* Fuzz_4_7_k3.java:73 */
    s0_i = l8_i;
    s1_i = 7;
    s0_i = (s0_i & s1_i);
    switch (s0_i) { case 5: goto L576; default: goto L597; }
L576: ;
    /* Fuzz_4_7_k3.java:75 */
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
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s1_l = (j_i64)s1_i;
    s2_l = 4294967295L;
    s1_l = (s1_l & s2_l);
    s0_l = (s0_l | s1_l);
    s1_l = l10_l;
    s0_l = j_lmax(s0_l, s1_l);
    s0_l = j_labs(s0_l);
    l10_l = s0_l;
L597: ;
    /* Fuzz_4_7_k3.java:77 */
    s0_l = 4294967296L;
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
    s4_i = 3;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_i = s2_agi[s3_i];
    s2_l = (j_i64)s2_i;
    s3_l = 4294967295L;
    s2_l = (s2_l & s3_l);
    s1_l = (s1_l | s2_l);
    s0_l = (s0_l | s1_l);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 7;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s0_l = (s0_l >> (s1_i & 63));
    l10_l = s0_l;
L623: ;
    /* Fuzz_4_7_k3.java:81 */
    s0_apf = l15_apf;
    s1_i = l9_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_f = 0x0.000002p-126f;
    s2_f = fabs(s2_f);
    s3_apf = l15_apf;
    s4_agi = l1_agi;
    s5_i = l5_i;
    s6_i = 2;
    s5_i = (int)((j_u32)s5_i + (j_u32)s6_i);
    s4_i = s4_agi[s5_i];
    s5_i = 7;
    s4_i = (s4_i & s5_i);
    s3_f = s3_apf[s4_i];
    s2_f = (s2_f * s3_f);
    s3_f = l16_f;
    s4_apf = l15_apf;
    s5_i = l9_i;
    s6_i = 7;
    s5_i = (s5_i & s6_i);
    s4_f = s4_apf[s5_i];
    s5_f = l12_f;
    s4_f = (s4_f / s5_f);
    s3_f = (s3_f / s4_f);
    s2_f = (s2_f * s3_f);
    s0_apf[s1_i] = s2_f;
    /* Fuzz_4_7_k3.java:82 */
    s0_apf = l15_apf;
    s1_i = 1;
    s0_f = s0_apf[s1_i];
    l17_f = s0_f;
    /* Fuzz_4_7_k3.java:83 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 0;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_i = l8_i;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_7_k3.java:84 */
    s0_d = l13_d;
    s1_d = l13_d;
    if (s0_d == s1_d) goto L666;
    s0_l = 9221120237041090560L;
    goto L668;
L666: ;
    s0_d = l13_d;
    s0_l = J_D2L_BITS(s0_d);
L668: ;
    l18_l = s0_l;
    /* Fuzz_4_7_k3.java:85 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l18_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_7_k3.java:86 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l18_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_7_k3.java:87 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_f = l12_f;
    s3_f = l12_f;
    if (s2_f == s3_f) goto L695;
    s2_i = 2143289344;
    goto L697;
L695: ;
    s2_f = l12_f;
    s2_i = J_F2I_BITS(s2_f);
L697: ;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_7_k3.java:88 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_f = l12_f;
    s3_f = l12_f;
    if (s2_f == s3_f) goto L708;
    s2_i = 2143289344;
    goto L710;
L708: ;
    s2_f = l12_f;
    s2_i = J_F2I_BITS(s2_f);
L710: ;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_7_k3.java:89 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_f = l16_f;
    s3_f = l16_f;
    if (s2_f == s3_f) goto L721;
    s2_i = 2143289344;
    goto L723;
L721: ;
    s2_f = l16_f;
    s2_i = J_F2I_BITS(s2_f);
L723: ;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_7_k3.java:90 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 6;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_i = l8_i;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_7_k3.java:91 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_f = l17_f;
    s3_f = l17_f;
    if (s2_f == s3_f) goto L740;
    s2_i = 2143289344;
    goto L742;
L740: ;
    s2_f = l17_f;
    s2_i = J_F2I_BITS(s2_f);
L742: ;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_4_7_k3.java:92 */
    return;
}

__kernel void Fuzz_4_7_k3_run0(__global int* l1_agi, __global float* l2_agf, __global int* l3_agi) {
    int s0_i;
    int l4_i;
    __global int* s1_agi;
    __global float* s2_agf;
    __global int* s3_agi;
    int s4_i;
    /* Fuzz_4_7_k3.java:95 */
    s0_i = (int)get_global_id(0);
    l4_i = s0_i;
    /* Fuzz_4_7_k3.java:96 */
    s0_i = l4_i;
    s1_agi = l1_agi;
    s2_agf = l2_agf;
    s3_agi = l3_agi;
    s4_i = 0;
    h_Fuzz_4_7_k3_k3(s0_i, s1_agi, s2_agf, s3_agi, s4_i);
    /* Fuzz_4_7_k3.java:97 */
    return;
}
