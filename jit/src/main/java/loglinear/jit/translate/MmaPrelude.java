package loglinear.jit.translate;

/**
 * CUDA source of {@code KernelContext.mmaAccumulate}, appended to a kernel's prelude only when the kernel uses it
 * (it needs compute capability 8.0 or newer).
 *
 * <p>Step by step, per 8-deep slice p of the reduction and per lane l (g = l / 4, t = l % 4):
 * <ol>
 *   <li>load the lane's A fragment of the m16n8k8 layout, A[g, p + t], A[g + 8, p + t], A[g, p + t + 4],
 *       A[g + 8, p + t + 4], and per n-tile its B fragment B[p + t, 8 n + g], B[p + t + 4, 8 n + g];</li>
 *   <li>split every operand x into x_hi = x with the low 13 mantissa bits cleared (a TF32 value, by one logic
 *       instruction instead of a quarter-rate {@code cvt}) and x_lo = x - x_hi (exact in float); x_lo is passed as
 *       it is, and the tensor core reads its TF32 part (the low 13 bits of a TF32 operand are ignored);</li>
 *   <li>C += A_lo B_hi, C += A_hi B_lo, C += A_hi B_hi: three {@code mma.sync.m16n8k8} TF32 products, small terms
 *       first; the dropped A_lo B_lo and the truncation of x_lo are about 2^-20 of the product.</li>
 * </ol>
 * The A fragment and its split are reused for every n-tile; with {@code nTiles} a constant after inlining, the
 * n-loop unrolls and {@code acc} stays in registers. An operand whose reduction index is contiguous (A with column
 * stride 1, B with row stride 1) in 16-byte aligned shared memory (offset and row stride multiples of 4 floats) is
 * loaded with {@code ldmatrix} (m8n8.b16 blocks read as 8 x 4 floats), which puts each float exactly where the
 * m16n8k8 TF32 fragment wants it: one instruction per A fragment and per pair of B fragments. The choice is made at
 * run time per call, uniformly across the warp; other operands use one load per float.
 */
final class MmaPrelude {
    private MmaPrelude() {
    }

    static final String CUDA = """

            static __device__ __forceinline__ unsigned j_tf32(float x) {
                return __float_as_uint(x) & 0xffffe000u;
            }
            static __device__ __forceinline__ unsigned j_tf32_rest(float x, unsigned hi) {
                return __float_as_uint(x - __uint_as_float(hi));
            }
            static __device__ __forceinline__ void j_mma_tf32(float* c, unsigned a0, unsigned a1, unsigned a2,
                                                              unsigned a3, unsigned b0, unsigned b1) {
                asm volatile("mma.sync.aligned.m16n8k8.row.col.f32.tf32.tf32.f32 "
                             "{%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%0, %1, %2, %3};"
                             : "+f"(c[0]), "+f"(c[1]), "+f"(c[2]), "+f"(c[3])
                             : "r"(a0), "r"(a1), "r"(a2), "r"(a3), "r"(b0), "r"(b1));
            }
            static __device__ __forceinline__ void j_mma_split4(const float* af, unsigned* ahi, unsigned* alo) {
            #pragma unroll
                for (int i = 0; i < 4; ++i) {
                    ahi[i] = j_tf32(af[i]);
                    alo[i] = j_tf32_rest(af[i], ahi[i]);
                }
            }
            static __device__ __forceinline__ void j_mma_tile3(float* c, const unsigned* ahi, const unsigned* alo,
                                                               float b0, float b1) {
                const unsigned bh0 = j_tf32(b0), bh1 = j_tf32(b1);
                const unsigned bl0 = j_tf32_rest(b0, bh0), bl1 = j_tf32_rest(b1, bh1);
                j_mma_tf32(c, alo[0], alo[1], alo[2], alo[3], bh0, bh1);
                j_mma_tf32(c, ahi[0], ahi[1], ahi[2], ahi[3], bl0, bl1);
                j_mma_tf32(c, ahi[0], ahi[1], ahi[2], ahi[3], bh0, bh1);
            }
            static __device__ __forceinline__ bool j_ldsm_ok(const float* p, int stride) {
                return __isShared(p) && (((unsigned long long)p & 15ull) == 0ull) && ((stride & 3) == 0);
            }
            static __device__ __forceinline__ void j_ldsm_x4(float* r, const float* row) {
                unsigned x0, x1, x2, x3;
                asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
                             : "=r"(x0), "=r"(x1), "=r"(x2), "=r"(x3)
                             : "r"((unsigned)__cvta_generic_to_shared(row)) : "memory");
                r[0] = __uint_as_float(x0);
                r[1] = __uint_as_float(x1);
                r[2] = __uint_as_float(x2);
                r[3] = __uint_as_float(x3);
            }
            static __device__ __forceinline__ void j_ldsm_x2(float* r, const float* row) {
                unsigned x0, x1;
                asm volatile("ldmatrix.sync.aligned.m8n8.x2.shared.b16 {%0, %1}, [%2];"
                             : "=r"(x0), "=r"(x1)
                             : "r"((unsigned)__cvta_generic_to_shared(row)) : "memory");
                r[0] = __uint_as_float(x0);
                r[1] = __uint_as_float(x1);
            }
            template <bool A_LDSM, bool B_LDSM, bool SCALED>
            static __device__ __forceinline__ void j_mma_f32_steps(float* acc, const int nTiles, const float* s,
                                                                   const float* a, int aRs, int aCs,
                                                                   const float* b, int bRs, int bCs, int depth) {
                unsigned lane;
                asm("mov.u32 %0, %%laneid;" : "=r"(lane));
                const int g = (int)(lane >> 2);
                const int t = (int)(lane & 3);
                // Row scales of the lane's two A rows (the row-scaled form): A[r, p] = s[r] * a[r, p].
                const float s0 = SCALED ? s[g] : 1.0f;
                const float s1 = SCALED ? s[g + 8] : 1.0f;
                // ldmatrix row addresses: lanes 8 i .. 8 i + 7 name the rows of 8 x 4 float block i.
                const float* aRow = a + ((int)(lane & 7) + (int)((lane >> 3) & 1) * 8) * aRs + (int)(lane >> 4) * 4;
                const float* bRow = b + ((int)(lane & 7) + (int)(lane >> 4) * 8) * bCs + (int)((lane >> 3) & 1) * 4;
                for (int p = 0; p < depth; p += 8) {
                    float af[4];
                    if (A_LDSM) {
                        j_ldsm_x4(af, aRow + p);
                    } else {
                        const float* ap = a + g * aRs + (p + t) * aCs;
                        af[0] = ap[0];
                        af[1] = ap[8 * aRs];
                        af[2] = ap[4 * aCs];
                        af[3] = ap[8 * aRs + 4 * aCs];
                    }
                    if (SCALED) {
                        af[0] = __fmul_rn(s0, af[0]);
                        af[1] = __fmul_rn(s1, af[1]);
                        af[2] = __fmul_rn(s0, af[2]);
                        af[3] = __fmul_rn(s1, af[3]);
                    }
                    unsigned ahi[4], alo[4];
                    j_mma_split4(af, ahi, alo);
                    const float* bp = b + (p + t) * bRs + g * bCs;
            #pragma unroll
                    for (int n = 0; n < nTiles; ++n) {
                        float bf[4];
                        if (B_LDSM) {
                            if ((n & 1) != 0) {
                                continue;
                            }
                            if (n + 1 < nTiles) {
                                j_ldsm_x4(bf, bRow + p + 8 * n * bCs);
                                j_mma_tile3(acc + 4 * n, ahi, alo, bf[0], bf[1]);
                                j_mma_tile3(acc + 4 * n + 4, ahi, alo, bf[2], bf[3]);
                            } else {
                                j_ldsm_x2(bf, bRow + p + 8 * n * bCs);
                                j_mma_tile3(acc + 4 * n, ahi, alo, bf[0], bf[1]);
                            }
                        } else {
                            j_mma_tile3(acc + 4 * n, ahi, alo, bp[8 * n * bCs], bp[8 * n * bCs + 4 * bRs]);
                        }
                    }
                }
            }
            // Operands whose reduction index is contiguous (aColStride or bRowStride 1) in 16-byte aligned shared
            // rows (offset and row stride multiples of 4 floats) are loaded with ldmatrix: one instruction per
            // 16 x 8 A fragment or per pair of 8 x 8 B fragments, instead of one load per float.
            template <bool SCALED>
            static __device__ __forceinline__ void j_mma_f32_dispatch(float* acc, const int nTiles, const float* s,
                                                                      const float* a, int aRs, int aCs,
                                                                      const float* b, int bRs, int bCs, int depth) {
                const bool aLdsm = aCs == 1 && j_ldsm_ok(a, aRs);
                const bool bLdsm = bRs == 1 && j_ldsm_ok(b, bCs);
                if (aLdsm && bLdsm) {
                    j_mma_f32_steps<true, true, SCALED>(acc, nTiles, s, a, aRs, aCs, b, bRs, bCs, depth);
                } else if (aLdsm) {
                    j_mma_f32_steps<true, false, SCALED>(acc, nTiles, s, a, aRs, aCs, b, bRs, bCs, depth);
                } else if (bLdsm) {
                    j_mma_f32_steps<false, true, SCALED>(acc, nTiles, s, a, aRs, aCs, b, bRs, bCs, depth);
                } else {
                    j_mma_f32_steps<false, false, SCALED>(acc, nTiles, s, a, aRs, aCs, b, bRs, bCs, depth);
                }
            }
            static __device__ __forceinline__ void j_mma_f32(float* acc, const int nTiles, const float* a, int aOff,
                                                             int aRs, int aCs, const float* b, int bOff, int bRs,
                                                             int bCs, int depth) {
                j_mma_f32_dispatch<false>(acc, nTiles, a, a + aOff, aRs, aCs, b + bOff, bRs, bCs, depth);
            }
            // The row-scaled form: A[r, p] = s[sOff + r] * a[aOff + r aRs + p aCs], rounded to float before the split.
            static __device__ __forceinline__ void j_mma_f32_scaled(float* acc, const int nTiles, const float* s,
                                                                    int sOff, const float* a, int aOff, int aRs,
                                                                    int aCs, const float* b, int bOff, int bRs,
                                                                    int bCs, int depth) {
                j_mma_f32_dispatch<true>(acc, nTiles, s + sOff, a + aOff, aRs, aCs, b + bOff, bRs, bCs, depth);
            }
            static __device__ __forceinline__ void j_mma_f32_bounded(float* acc, const int nTiles, const float* a,
                                                                     int aOff, int aRs, int aCs, int aRows,
                                                                     const float* b, int bOff, int bRs, int bCs,
                                                                     int bColumns, int depth) {
                unsigned lane;
                asm("mov.u32 %0, %%laneid;" : "=r"(lane));
                const int g = (int)(lane >> 2);
                const int t = (int)(lane & 3);
                const bool row0 = g < aRows;
                const bool row1 = g + 8 < aRows;
                for (int p = 0; p < depth; p += 8) {
                    const bool k0 = p + t < depth;
                    const bool k1 = p + t + 4 < depth;
                    const float* ap = a + aOff + g * aRs + (p + t) * aCs;
                    float af[4];
                    af[0] = row0 && k0 ? ap[0] : 0.0f;
                    af[1] = row1 && k0 ? ap[8 * aRs] : 0.0f;
                    af[2] = row0 && k1 ? ap[4 * aCs] : 0.0f;
                    af[3] = row1 && k1 ? ap[8 * aRs + 4 * aCs] : 0.0f;
                    unsigned ahi[4], alo[4];
                    j_mma_split4(af, ahi, alo);
                    const float* bp = b + bOff + (p + t) * bRs + g * bCs;
            #pragma unroll
                    for (int n = 0; n < nTiles; ++n) {
                        const bool column = 8 * n + g < bColumns;
                        j_mma_tile3(acc + 4 * n, ahi, alo, column && k0 ? bp[8 * n * bCs] : 0.0f,
                                    column && k1 ? bp[8 * n * bCs + 4 * bRs] : 0.0f);
                    }
                }
            }
            """;
}
