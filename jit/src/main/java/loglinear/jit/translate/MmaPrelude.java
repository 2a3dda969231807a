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
 *       first; the dropped A_lo B_lo and the truncation of x_lo are about 2^-20 of the product. The products are
 *       issued one term at a time over all n-tiles (first every A_lo B_hi, then every A_hi B_lo, then every
 *       A_hi B_hi), so consecutive mma instructions write different accumulators and do not wait for each other;
 *       every n-tile's B fragment of the step is therefore loaded and split first (at most
 *       {@link loglinear.jit.MmaLayout#MAX_N_TILES} n-tiles).</li>
 * </ol>
 * The A fragment and its split are reused for every n-tile; with {@code nTiles} a constant after inlining, the
 * n-loops unroll and {@code acc} stays in registers. An operand whose reduction index is contiguous (A with column
 * stride 1, B with row stride 1) in 16-byte aligned shared memory (offset and row stride multiples of 4 floats) is
 * loaded with {@code ldmatrix} (m8n8.b16 blocks read as 8 x 4 floats), which puts each float exactly where the
 * m16n8k8 TF32 fragment wants it: one instruction per A fragment and per pair of B fragments. The choice is made at
 * run time per call, uniformly across the warp; other operands use one load per float.
 */
final class MmaPrelude {
    private MmaPrelude() {
    }

    static final String CUDA = "\n#define J_MAX_N_TILES " + loglinear.jit.MmaLayout.MAX_N_TILES + "\n" + """
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
            // The three products of every n-tile, one pass per term (small terms first): consecutive mma
            // instructions then write different accumulators, so none waits for the one before it.
            static __device__ __forceinline__ void j_mma_tiles3(float* acc, const int nTiles, const unsigned* ahi,
                                                                const unsigned* alo, const float* bf) {
                unsigned bh[2 * J_MAX_N_TILES], bl[2 * J_MAX_N_TILES];
            #pragma unroll
                for (int i = 0; i < 2 * nTiles; ++i) {
                    bh[i] = j_tf32(bf[i]);
                    bl[i] = j_tf32_rest(bf[i], bh[i]);
                }
            #pragma unroll
                for (int n = 0; n < nTiles; ++n) {
                    j_mma_tf32(acc + 4 * n, alo[0], alo[1], alo[2], alo[3], bh[2 * n], bh[2 * n + 1]);
                }
            #pragma unroll
                for (int n = 0; n < nTiles; ++n) {
                    j_mma_tf32(acc + 4 * n, ahi[0], ahi[1], ahi[2], ahi[3], bl[2 * n], bl[2 * n + 1]);
                }
            #pragma unroll
                for (int n = 0; n < nTiles; ++n) {
                    j_mma_tf32(acc + 4 * n, ahi[0], ahi[1], ahi[2], ahi[3], bh[2 * n], bh[2 * n + 1]);
                }
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
                    // Every n-tile's B fragment (B[p + t, 8 n + g], B[p + t + 4, 8 n + g]) at bf[2 n], bf[2 n + 1].
                    float bf[2 * J_MAX_N_TILES];
            #pragma unroll
                    for (int n = 0; n < nTiles; ++n) {
                        if (B_LDSM) {
                            if ((n & 1) != 0) {
                                continue;
                            }
                            if (n + 1 < nTiles) {
                                j_ldsm_x4(bf + 2 * n, bRow + p + 8 * n * bCs);
                            } else {
                                j_ldsm_x2(bf + 2 * n, bRow + p + 8 * n * bCs);
                            }
                        } else {
                            bf[2 * n] = bp[8 * n * bCs];
                            bf[2 * n + 1] = bp[8 * n * bCs + 4 * bRs];
                        }
                    }
                    j_mma_tiles3(acc, nTiles, ahi, alo, bf);
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
                    float bf[2 * J_MAX_N_TILES];
            #pragma unroll
                    for (int n = 0; n < nTiles; ++n) {
                        const bool column = 8 * n + g < bColumns;
                        bf[2 * n] = column && k0 ? bp[8 * n * bCs] : 0.0f;
                        bf[2 * n + 1] = column && k1 ? bp[8 * n * bCs + 4 * bRs] : 0.0f;
                    }
                    j_mma_tiles3(acc, nTiles, ahi, alo, bf);
                }
            }
            // ---- KernelContext.mmaAccumulatePairs: operands pre-split into bfloat16 pairs ----
            // A pair word holds two bfloat16 values, the pair's first (even-index) element in the low half.
            static __device__ __forceinline__ unsigned j_pair_hi(float x0, float x1) {
                unsigned d;
                asm("cvt.rn.bf16x2.f32 %0, %1, %2;" : "=r"(d) : "f"(x1), "f"(x0));
                return d;
            }
            static __device__ __forceinline__ unsigned j_pair_lo(float x0, float x1) {
                const unsigned h = j_pair_hi(x0, x1);
                return j_pair_hi(x0 - __uint_as_float(h << 16), x1 - __uint_as_float(h & 0xffff0000u));
            }
            static __device__ __forceinline__ void j_mma_bf16(float* c, const unsigned* a, unsigned b0, unsigned b1) {
                asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 "
                             "{%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%0, %1, %2, %3};"
                             : "+f"(c[0]), "+f"(c[1]), "+f"(c[2]), "+f"(c[3])
                             : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b0), "r"(b1));
            }
            template <bool TRANS>
            static __device__ __forceinline__ void j_ldsm4(unsigned* r, const int* row) {
                const unsigned at = (unsigned)__cvta_generic_to_shared(row);
                if (TRANS) {
                    asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
                                 : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3]) : "r"(at) : "memory");
                } else {
                    asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
                                 : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3]) : "r"(at) : "memory");
                }
            }
            template <bool TRANS>
            static __device__ __forceinline__ void j_ldsm2(unsigned* r, const int* row) {
                const unsigned at = (unsigned)__cvta_generic_to_shared(row);
                if (TRANS) {
                    asm volatile("ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16 {%0, %1}, [%2];"
                                 : "=r"(r[0]), "=r"(r[1]) : "r"(at) : "memory");
                } else {
                    asm volatile("ldmatrix.sync.aligned.m8n8.x2.shared.b16 {%0, %1}, [%2];"
                                 : "=r"(r[0]), "=r"(r[1]) : "r"(at) : "memory");
                }
            }
            // The pair of elements (i, j) and (i, j + 1) of a matrix whose pairs run along i: half i & 1 of the words
            // w0 = word(i, j) and w1 = word(i, j + 1), packed as one pair along j.
            static __device__ __forceinline__ unsigned j_pair_cross(unsigned w0, unsigned w1, int i) {
                return __byte_perm(w0, w1, (i & 1) != 0 ? 0x7632 : 0x5410);
            }
            // The lane's A fragment (m16n8k16: rows g, g + 8, depth 2t, 2t + 1, 2t + 8, 2t + 9) of the 16 x 16 block
            // at depth p, read one word at a time. ALONG: A[r, p] in word r * stride + p / 2, else p * stride + r / 2.
            template <bool ALONG>
            static __device__ __forceinline__ void j_pairs_a_scalar(unsigned* a, const int* w, int stride, int p,
                                                                    int g, int t) {
            #pragma unroll
                for (int i = 0; i < 4; ++i) {
                    const int r = g + 8 * (i & 1);
                    const int k = p + 2 * t + 8 * (i >> 1);
                    a[i] = ALONG ? (unsigned)w[r * stride + (k >> 1)]
                                 : j_pair_cross((unsigned)w[k * stride + (r >> 1)],
                                                (unsigned)w[(k + 1) * stride + (r >> 1)], r);
                }
            }
            // The lane's B fragment (depth 2t, 2t + 1 and 2t + 8, 2t + 9; column c). ALONG: B[p, c] in word
            // c * stride + p / 2, else p * stride + c / 2.
            template <bool ALONG>
            static __device__ __forceinline__ void j_pairs_b_scalar(unsigned* b, const int* w, int stride, int p,
                                                                    int c, int t) {
            #pragma unroll
                for (int i = 0; i < 2; ++i) {
                    const int k = p + 2 * t + 8 * i;
                    b[i] = ALONG ? (unsigned)w[c * stride + (k >> 1)]
                                 : j_pair_cross((unsigned)w[k * stride + (c >> 1)],
                                                (unsigned)w[(k + 1) * stride + (c >> 1)], c);
                }
            }
            // Three products per n-tile (B fragments of tile n at bhi/blo[2 n], [2 n + 1]), one pass per term, small
            // terms first, so that consecutive mma instructions write different accumulators.
            static __device__ __forceinline__ void j_mma_bf16x3_tiles(float* acc, const int nTiles,
                                                                      const unsigned* ahi, const unsigned* alo,
                                                                      const unsigned* bhi, const unsigned* blo) {
            #pragma unroll
                for (int n = 0; n < nTiles; ++n) {
                    j_mma_bf16(acc + 4 * n, alo, bhi[2 * n], bhi[2 * n + 1]);
                }
            #pragma unroll
                for (int n = 0; n < nTiles; ++n) {
                    j_mma_bf16(acc + 4 * n, ahi, blo[2 * n], blo[2 * n + 1]);
                }
            #pragma unroll
                for (int n = 0; n < nTiles; ++n) {
                    j_mma_bf16(acc + 4 * n, ahi, bhi[2 * n], bhi[2 * n + 1]);
                }
            }
            // Per 16-deep step: the A fragments (hi, lo) once, then every n-tile's B fragments (hi, lo), then the
            // three products of all n-tiles one term at a time, small terms first. ldmatrix (with .trans where the pairs run across the reduction index)
            // reads 8 x 8 blocks of 16-bit values, four 4-word rows... exactly the m16n8k16 fragments.
            template <bool A_ALONG, bool B_ALONG, bool A_LDSM, bool B_LDSM>
            static __device__ __forceinline__ void j_mma_pairs_steps(float* acc, const int nTiles, const int* ahw,
                                                                     const int* alw, int aS, const int* bhw,
                                                                     const int* blw, int bS, int depth) {
                unsigned lane;
                asm("mov.u32 %0, %%laneid;" : "=r"(lane));
                const int g = (int)(lane >> 2);
                const int t = (int)(lane & 3);
                const int l7 = (int)(lane & 7);
                const int l8 = (int)((lane >> 3) & 1);
                const int l16 = (int)(lane >> 4);
                // ldmatrix row addresses (in words) of lane l for block l / 8.
                const int aAt = A_ALONG ? (l7 + 8 * l8) * aS + 4 * l16 : (l7 + 8 * l16) * aS + 4 * l8;
                const int bAt = B_ALONG ? (l7 + 8 * l16) * bS + 4 * l8 : (l7 + 8 * l8) * bS + 4 * l16;
                for (int p = 0; p < depth; p += 16) {
                    unsigned ahi[4], alo[4];
                    if (A_LDSM) {
                        const int at = aAt + (A_ALONG ? (p >> 1) : p * aS);
                        j_ldsm4<!A_ALONG>(ahi, ahw + at);
                        j_ldsm4<!A_ALONG>(alo, alw + at);
                    } else {
                        j_pairs_a_scalar<A_ALONG>(ahi, ahw, aS, p, g, t);
                        j_pairs_a_scalar<A_ALONG>(alo, alw, aS, p, g, t);
                    }
                    unsigned bhi[2 * J_MAX_N_TILES], blo[2 * J_MAX_N_TILES];
            #pragma unroll
                    for (int n = 0; n < nTiles; ++n) {
                        if (B_LDSM) {
                            if ((n & 1) != 0) {
                                continue;
                            }
                            const int at = bAt + (B_ALONG ? 8 * n * bS + (p >> 1) : p * bS + 4 * n);
                            if (n + 1 < nTiles) {
                                j_ldsm4<!B_ALONG>(bhi + 2 * n, bhw + at);
                                j_ldsm4<!B_ALONG>(blo + 2 * n, blw + at);
                            } else {
                                j_ldsm2<!B_ALONG>(bhi + 2 * n, bhw + at);
                                j_ldsm2<!B_ALONG>(blo + 2 * n, blw + at);
                            }
                        } else {
                            j_pairs_b_scalar<B_ALONG>(bhi + 2 * n, bhw, bS, p, 8 * n + g, t);
                            j_pairs_b_scalar<B_ALONG>(blo + 2 * n, blw, bS, p, 8 * n + g, t);
                        }
                    }
                    j_mma_bf16x3_tiles(acc, nTiles, ahi, alo, bhi, blo);
                }
            }
            static __device__ __forceinline__ bool j_ldsm_pairs_ok(const int* hi, const int* lo, int stride) {
                return __isShared(hi) && __isShared(lo) && ((((unsigned long long)hi | (unsigned long long)lo) & 15ull)
                        == 0ull) && ((stride & 3) == 0);
            }
            template <bool A_ALONG, bool B_ALONG>
            static __device__ __forceinline__ void j_mma_pairs(float* acc, const int nTiles, const int* ah,
                                                               const int* al, int aOff, int aS, const int* bh,
                                                               const int* bl, int bOff, int bS, int depth) {
                const bool aLdsm = j_ldsm_pairs_ok(ah + aOff, al + aOff, aS);
                const bool bLdsm = j_ldsm_pairs_ok(bh + bOff, bl + bOff, bS);
                if (aLdsm && bLdsm) {
                    j_mma_pairs_steps<A_ALONG, B_ALONG, true, true>(acc, nTiles, ah + aOff, al + aOff, aS, bh + bOff,
                                                                    bl + bOff, bS, depth);
                } else if (aLdsm) {
                    j_mma_pairs_steps<A_ALONG, B_ALONG, true, false>(acc, nTiles, ah + aOff, al + aOff, aS, bh + bOff,
                                                                     bl + bOff, bS, depth);
                } else if (bLdsm) {
                    j_mma_pairs_steps<A_ALONG, B_ALONG, false, true>(acc, nTiles, ah + aOff, al + aOff, aS, bh + bOff,
                                                                     bl + bOff, bS, depth);
                } else {
                    j_mma_pairs_steps<A_ALONG, B_ALONG, false, false>(acc, nTiles, ah + aOff, al + aOff, aS,
                                                                      bh + bOff, bl + bOff, bS, depth);
                }
            }
            """;
}
