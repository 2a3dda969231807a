/* Generated from Fuzz_3_150_k16.run0(Lloglinear/jit/KernelContext;[I[F[I)V for OpenCL C 1.2. */
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

static inline __attribute__((always_inline)) void h_Fuzz_3_150_k16_k16(int l0_i, __global int* l1_agi, __global float* l2_agf, __global int* l3_agi, int l4_i) {
    long j_priv0[8];
    int j_zi;
    int s0_i;
    int s1_i;
    int l5_i;
    int l6_i;
    int s2_i;
    int l7_i;
    __global int* s0_agi;
    int l8_i;
    long s0_l;
    long l9_l;
    long l11_l;
    __global float* s0_agf;
    float s0_f;
    float l13_f;
    float l14_f;
    double s0_d;
    __global float* s1_agf;
    int s3_i;
    float s1_f;
    double s1_d;
    double l15_d;
    double l17_d;
    long* s0_apl;
    long* l19_apl;
    __global int* s1_agi;
    long* s2_apl;
    int s4_i;
    long s2_l;
    long s3_l;
    int l20_i;
    float s2_f;
    float s3_f;
    double s2_d;
    long s1_l;
    long* s1_apl;
    long l20_l;
    int l22_i;
    float l23_f;
    long l23_l;
    int l24_i;
    __global float* s2_agf;
    __global int* s4_agi;
    int s5_i;
    int s6_i;
    __global int* s5_agi;
    int s7_i;
    long l25_l;
    long l27_l;
    /* Fuzz_3_150_k16.java:6 */
    s0_i = l0_i;
    s1_i = 8;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    l5_i = s0_i;
    /* Fuzz_3_150_k16.java:7 */
    s0_i = l0_i;
    s1_i = 8;
    s0_i = (int)((j_u32)s0_i * (j_u32)s1_i);
    l6_i = s0_i;
    /* Fuzz_3_150_k16.java:8 */
    s0_i = l4_i;
    s1_i = l0_i;
    s2_i = 8;
    s1_i = (int)((j_u32)s1_i * (j_u32)s2_i);
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l7_i = s0_i;
    /* Fuzz_3_150_k16.java:9 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    l8_i = s0_i;
    /* Fuzz_3_150_k16.java:10 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    l9_l = s0_l;
    /* Fuzz_3_150_k16.java:11 */
    s0_agi = l1_agi;
    s1_i = l5_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_i = s0_agi[s1_i];
    s0_l = (j_i64)s0_i;
    l11_l = s0_l;
    /* Fuzz_3_150_k16.java:12 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    l13_f = s0_f;
    /* Fuzz_3_150_k16.java:13 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    l14_f = s0_f;
    /* Fuzz_3_150_k16.java:14 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_d = (double)s0_f;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 1;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s0_d = (s0_d * s1_d);
    l15_d = s0_d;
    /* Fuzz_3_150_k16.java:15 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_d = (double)s0_f;
    s1_agf = l2_agf;
    s2_i = l6_i;
    s3_i = 5;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_f = s1_agf[s2_i];
    s1_d = (double)s1_f;
    s0_d = (s0_d * s1_d);
    l17_d = s0_d;
    /* Fuzz_3_150_k16.java:16 */
    s0_i = 8;
    for (j_zi = 0; j_zi < 8; ++j_zi) j_priv0[j_zi] = 0;
    s0_apl = j_priv0;
    l19_apl = s0_apl;
    /* Fuzz_3_150_k16.java:17 */
    s0_apl = l19_apl;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 3;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_apl = l19_apl;
    s3_i = l8_i;
    s4_i = 7;
    s3_i = (s3_i & s4_i);
    s2_l = s2_apl[s3_i];
    s3_l = (-1L);
    s2_l = (s2_l ^ s3_l);
    s0_apl[s1_i] = s2_l;
    /* Fuzz_3_150_k16.java:18 */
    s0_i = 0;
    l20_i = s0_i;
L95: ;
    s0_i = l20_i;
    s1_i = 8;
    if (s0_i >= s1_i) goto L104;
    /* Fuzz_3_150_k16.java:19 */
    s0_i = l8_i;
    s1_i = l20_i;
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l8_i = s0_i;
    /* Fuzz_3_150_k16.java:18 */
    l20_i = (int)((j_u32)l20_i + (j_u32)1);
    goto L95;
L104: ;
    /* Fuzz_3_150_k16.java:21 */
    s0_apl = l19_apl;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_i = l8_i;
    s3_i = 6223034;
    s4_i = l8_i;
    s3_i = j_imin(s3_i, s4_i);
    s2_i = j_imin(s2_i, s3_i);
    s2_l = (j_i64)s2_i;
    s3_i = l8_i;
    s3_l = (j_i64)s3_i;
    s2_l = (j_i64)((j_u64)s2_l * (j_u64)s3_l);
    s0_apl[s1_i] = s2_l;
    /* Fuzz_3_150_k16.java:22 */
    s0_apl = l19_apl;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_i = l8_i;
    s2_i = j_iabs(s2_i);
    s2_l = (j_i64)s2_i;
    s0_apl[s1_i] = s2_l;
    /* Fuzz_3_150_k16.java:23 */
    s0_f = (-0x1.4a51bep3f);
    s1_f = l13_f;
    s2_f = l13_f;
    s1_f = (s1_f - s2_f);
    s2_f = l13_f;
    s3_f = l13_f;
    s2_f = (s2_f / s3_f);
    s1_f = fmod(s1_f, s2_f);
    s0_f = j_fminf(s0_f, s1_f);
    s0_f = fabs(s0_f);
    l13_f = s0_f;
    /* Fuzz_3_150_k16.java:24 */
    s0_apl = l19_apl;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_f = l13_f;
    s2_l = j_f2l(s2_f);
    s0_apl[s1_i] = s2_l;
    /* Fuzz_3_150_k16.java:25 */
    s0_d = l17_d;
    s0_d = sqrt(s0_d);
    s1_d = l17_d;
    if (s0_d != s1_d) goto L183;
    /* Fuzz_3_150_k16.java:26 */
    s0_i = 0;
    l20_i = s0_i;
L151: ;
    s0_i = l20_i;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L183;
    /* Fuzz_3_150_k16.java:27 */
    s0_i = l8_i;
    s1_d = l15_d;
    s2_d = l17_d;
    if (s1_d != s2_d) goto L167;
    s1_i = 1;
    goto L168;
L167: ;
    s1_i = 0;
L168: ;
    s1_i = j_iabs(s1_i);
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l8_i = s0_i;
    /* Fuzz_3_150_k16.java:28 */
    s0_f = l13_f;
    s1_f = l14_f;
    s1_f = (-s1_f);
    s2_f = l14_f;
    s1_f = (s1_f / s2_f);
    s1_d = (double)s1_f;
    s1_d = sqrt(s1_d);
    s1_f = sqrt(s1_f);
    s0_f = (s0_f + s1_f);
    l13_f = s0_f;
    /* Fuzz_3_150_k16.java:26 */
    l20_i = (int)((j_u32)l20_i + (j_u32)1);
    goto L151;
L183: ;
    /* Fuzz_3_150_k16.java:31 */
    s0_i = l8_i;
    s0_l = (j_i64)s0_i;
    s1_l = 9603239L;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
    s1_d = l17_d;
    s2_d = 0x0.0000000000001p-1022;
    if (!(s1_d < s2_d)) goto L193;
    s1_l = l11_l;
    goto L194;
L193: ;
    s1_l = l9_l;
L194: ;
    if (s0_l < s1_l) goto L210;
    s0_apl = l19_apl;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s0_l = s0_apl[s1_i];
    s1_l = 4294967297L;
    s0_l = j_ldiv(s0_l, s1_l);
    s1_apl = l19_apl;
    s2_i = l8_i;
    s3_i = 7;
    s2_i = (s2_i & s3_i);
    s1_l = s1_apl[s2_i];
    s0_l = (j_i64)((j_u64)s0_l + (j_u64)s1_l);
    goto L224;
L210: ;
    s0_apl = l19_apl;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s0_l = s0_apl[s1_i];
    s1_l = l9_l;
    if (s0_l != s1_l) goto L220;
    s0_l = (-1200654742423247703L);
    goto L224;
L220: ;
    s0_i = l8_i;
    s0_l = (j_i64)s0_i;
    s1_l = 26091L;
    s0_l = (j_i64)((j_u64)s0_l * (j_u64)s1_l);
L224: ;
    s1_l = 97L;
    s0_l = (j_i64)((j_u64)s0_l + (j_u64)s1_l);
    l20_l = s0_l;
    /* Fuzz_3_150_k16.java:32 */
    s0_i = 0;
    l22_i = s0_i;
L229: ;
    /* Fuzz_3_150_k16.java:33 */
    s0_i = l22_i;
    s1_i = l8_i;
    s2_i = 3;
    s1_i = (s1_i & s2_i);
    if (s0_i >= s1_i) goto L398;
    /* Fuzz_3_150_k16.java:34 */
    l22_i = (int)((j_u32)l22_i + (j_u32)1);
    /* Fuzz_3_150_k16.java:35 */
    s0_l = l20_l;
    s1_apl = l19_apl;
    s2_i = l8_i;
    s3_i = 7;
    s2_i = (s2_i & s3_i);
    s1_l = s1_apl[s2_i];
    s2_l = l20_l;
    s1_l = (j_i64)((j_u64)s1_l - (j_u64)s2_l);
    if (s0_l < s1_l) goto L248;
    /* Fuzz_3_150_k16.java:36 */
    s0_f = 0x1.6777c8p2f;
    l23_f = s0_f;
    /* Fuzz_3_150_k16.java:37 */
    goto L371;
L248: ;
    /* Fuzz_3_150_k16.java:38 */
    s0_i = l8_i;
    s0_i = j_iabs(s0_i);
    s1_i = l8_i;
    if (s0_i > s1_i) goto L254;
    s0_i = 1;
    goto L255;
L254: ;
    s0_i = 0;
L255: ;
    s1_d = 0x1.999999999999ap-4;
    s2_d = (-0x1.2cf1c122b4e6ep22);
    s1_d = j_fmax(s1_d, s2_d);
    s2_d = (-0x1.333ae5aef077p-16);
    if (!(s1_d > s2_d)) goto L263;
    s1_i = 1;
    goto L264;
L263: ;
    s1_i = 0;
L264: ;
    s0_i = (s0_i ^ s1_i);
    if (s0_i == 0) goto L274;
    /* Fuzz_3_150_k16.java:39 */
    s0_f = 0x1.a955bcp30f;
    s0_f = fabs(s0_f);
    s0_d = (double)s0_f;
    s0_d = sqrt(s0_d);
    s0_f = sqrt(s0_f);
    s0_l = j_f2l(s0_f);
    l23_l = s0_l;
    /* Fuzz_3_150_k16.java:40 */
    goto L315;
L274: ;
    /* Fuzz_3_150_k16.java:41 */
    s0_l = l11_l;
    s1_apl = l19_apl;
    s2_i = l8_i;
    s3_i = 7;
    s2_i = (s2_i & s3_i);
    s1_l = s1_apl[s2_i];
    s0_l = (j_i64)((j_u64)s0_l - (j_u64)s1_l);
    s1_i = l8_i;
    s1_l = (j_i64)s1_i;
    s2_l = (-32L);
    s1_l = (j_i64)((j_u64)s1_l * (j_u64)s2_l);
    s2_l = 1L;
    s1_l = (s1_l | s2_l);
    s0_l = j_lrem(s0_l, s1_l);
    s1_i = l8_i;
    s1_d = (double)s1_i;
    s1_l = j_d2l(s1_d);
    s0_l = (s0_l & s1_l);
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 3;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s0_l = (j_i64)((j_u64)s0_l << (s1_i & 63));
    l23_l = s0_l;
    /* Fuzz_3_150_k16.java:42 */
    s0_i = l8_i;
    s1_agi = l1_agi;
    s2_i = l5_i;
    s3_i = 0;
    s2_i = (int)((j_u32)s2_i + (j_u32)s3_i);
    s1_i = s1_agi[s2_i];
    s2_i = l8_i;
    s2_i = (s2_i & 0xFFFF);
    s1_i = (int)((j_u32)s1_i >> (s2_i & 31));
    s0_i = (int)((j_u32)s0_i + (j_u32)s1_i);
    l8_i = s0_i;
    /* Fuzz_3_150_k16.java:43 */
    s0_i = l8_i;
    s1_l = l23_l;
    s1_i = j_l2i(s1_l);
    s0_i = (s0_i | s1_i);
    l8_i = s0_i;
L315: ;
    /* Fuzz_3_150_k16.java:45 */
    s0_agf = l2_agf;
    s1_i = l6_i;
    s2_i = 0;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s0_f = s0_agf[s1_i];
    s0_d = (double)s0_f;
    s1_d = (-0x1.c1efe4f32402bp-18);
    if (s0_d != s1_d) goto L326;
    s0_f = l14_f;
    goto L327;
L326: ;
    s0_f = l13_f;
L327: ;
    l23_f = s0_f;
    /* Fuzz_3_150_k16.java:46 */
    s0_i = 0;
    l24_i = s0_i;
L330: ;
    s0_i = l24_i;
    s1_i = 5;
    if (s0_i >= s1_i) goto L371;
    /* Fuzz_3_150_k16.java:47 */
    s0_i = l8_i;
    s1_i = l24_i;
    s0_i = (s0_i ^ s1_i);
    l8_i = s0_i;
    /* Fuzz_3_150_k16.java:48 */
    s0_d = l17_d;
    s1_d = 0x1.0p-1;
    s1_d = sqrt(s1_d);
    s1_f = sqrt(0x1.0p-1f);
    s2_agf = l2_agf;
    s3_i = l6_i;
    s4_i = 7;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s2_f = s2_agf[s3_i];
    if (!(s1_f <= s2_f)) goto L357;
    s1_d = l17_d;
    s2_d = (-0x0.0p0);
    if (!(s1_d < s2_d)) goto L354;
    s1_i = 1;
    goto L355;
L354: ;
    s1_i = 0;
L355: ;
    s1_d = (double)s1_i;
    goto L367;
L357: ;
    s1_f = l23_f;
    s2_f = l23_f;
    if (!(s1_f >= s2_f)) goto L363;
    s1_d = 0x1.7d3340a849fc7p-31;
    goto L364;
L363: ;
    s1_d = l15_d;
L364: ;
    s2_d = l17_d;
    s2_d = fabs(s2_d);
    s1_d = (s1_d - s2_d);
L367: ;
    s0_d = (s0_d * s1_d);
    l17_d = s0_d;
    /* Fuzz_3_150_k16.java:46 */
    l24_i = (int)((j_u32)l24_i + (j_u32)1);
    goto L330;
L371: ;
    /* Fuzz_3_150_k16.java:51 */
    s0_apl = l19_apl;
    s1_i = l8_i;
    s2_i = 7;
    s1_i = (s1_i & s2_i);
    s2_i = l8_i;
    s2_l = (j_i64)s2_i;
    s3_i = l8_i;
    s4_i = l8_i;
    s3_i = (int)((j_u32)s3_i + (j_u32)s4_i);
    s3_l = (j_i64)s3_i;
    s2_l = (j_i64)((j_u64)s2_l * (j_u64)s3_l);
    s3_i = (-42);
    s4_agi = l1_agi;
    s5_i = l5_i;
    s6_i = 1;
    s5_i = (int)((j_u32)s5_i + (j_u32)s6_i);
    s4_i = s4_agi[s5_i];
    s5_agi = l1_agi;
    s6_i = l5_i;
    s7_i = 5;
    s6_i = (int)((j_u32)s6_i + (j_u32)s7_i);
    s5_i = s5_agi[s6_i];
    s4_i = (int)((j_u32)s4_i - (j_u32)s5_i);
    s3_i = j_imin(s3_i, s4_i);
    s2_l = (j_i64)((j_u64)s2_l << (s3_i & 63));
    s0_apl[s1_i] = s2_l;
    goto L229;
L398: ;
    /* Fuzz_3_150_k16.java:53 */
    s0_apl = l19_apl;
    s1_i = 3;
    s0_l = s0_apl[s1_i];
    l23_l = s0_l;
    /* Fuzz_3_150_k16.java:54 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 0;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_f = l14_f;
    s3_f = l14_f;
    if (s2_f == s3_f) goto L412;
    s2_i = 2143289344;
    goto L414;
L412: ;
    s2_f = l14_f;
    s2_i = J_F2I_BITS(s2_f);
L414: ;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_150_k16.java:55 */
    s0_l = l9_l;
    l25_l = s0_l;
    /* Fuzz_3_150_k16.java:56 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 1;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l25_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_150_k16.java:57 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 2;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l25_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_150_k16.java:58 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 3;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_f = l13_f;
    s3_f = l13_f;
    if (s2_f == s3_f) goto L443;
    s2_i = 2143289344;
    goto L445;
L443: ;
    s2_f = l13_f;
    s2_i = J_F2I_BITS(s2_f);
L445: ;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_150_k16.java:59 */
    s0_l = l23_l;
    l27_l = s0_l;
    /* Fuzz_3_150_k16.java:60 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 4;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l27_l;
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_150_k16.java:61 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 5;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l27_l;
    s3_i = 32;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_150_k16.java:62 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 6;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_f = l13_f;
    s3_f = l13_f;
    if (s2_f == s3_f) goto L474;
    s2_i = 2143289344;
    goto L476;
L474: ;
    s2_f = l13_f;
    s2_i = J_F2I_BITS(s2_f);
L476: ;
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_150_k16.java:63 */
    s0_agi = l3_agi;
    s1_i = l7_i;
    s2_i = 7;
    s1_i = (int)((j_u32)s1_i + (j_u32)s2_i);
    s2_l = l11_l;
    s3_i = 17;
    s2_l = (j_i64)((j_u64)s2_l >> (s3_i & 63));
    s2_i = j_l2i(s2_l);
    s0_agi[s1_i] = s2_i;
    /* Fuzz_3_150_k16.java:64 */
    return;
}

__kernel void Fuzz_3_150_k16_run0(__global int* l1_agi, __global float* l2_agf, __global int* l3_agi) {
    int s0_i;
    int l4_i;
    __global int* s1_agi;
    __global float* s2_agf;
    __global int* s3_agi;
    int s4_i;
    /* Fuzz_3_150_k16.java:67 */
    s0_i = (int)get_global_id(0);
    l4_i = s0_i;
    /* Fuzz_3_150_k16.java:68 */
    s0_i = l4_i;
    s1_agi = l1_agi;
    s2_agf = l2_agf;
    s3_agi = l3_agi;
    s4_i = 0;
    h_Fuzz_3_150_k16_k16(s0_i, s1_agi, s2_agf, s3_agi, s4_i);
    /* Fuzz_3_150_k16.java:69 */
    return;
}
