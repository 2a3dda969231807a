package loglinear.reference;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The inner loops of the recurrent decoder on one (b, h). Blocks are row-major K x V with contiguous V-long rows.
 * One float and one double version of each operation.
 *
 * <p>The float versions use the Vector API. The reductions over the K rows (S^T q, S^T k) keep their V-wide
 * accumulators in vector registers for a whole column block: a row-by-row {@code acc[j] += a * S[i][j]} loop
 * re-loads and re-stores acc for every row and runs about 8x slower, bound by store-to-load forwarding. The
 * delta-rule transition works on column strips small enough to stay in L1 between its read and its update, so each
 * block is streamed from L2 once per step. Vectors never cross a call that C2 might not inline (it would box
 * them), so the strip loops are written out rather than split into helpers that take vectors. The double versions
 * are plain loops (they serve accuracy, not speed).
 */
final class RecurrentBucketMath {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = FLOATS.length();

    private RecurrentBucketMath() {}

    // ---------------------------------------------------------------- Fenwick carry

    /**
     * S^(m+1) = S^m + S^(m-1) + ... + S^1 + S^0 into the block at {@code levelOffsets[m+1]}, which (after the
     * renaming) already holds S^m's stored values with factor {@code factors[factorBase + m]} when m >= 1. S^0 is
     * the rank-one {@code newestKey newestValue^T}. Leaves factor 1 on levels 1..m+1.
     */
    static void carry(float[] blocks, int[] levelOffsets, double[] factors, int factorBase, int m, float[] newestKey,
            int keyOffset, float[] newestValue, int valueOffset, int keyDim, int valueDim) {
        carryColumns(blocks, levelOffsets, factors, factorBase, m, newestKey, keyOffset, newestValue, valueOffset,
                keyDim, valueDim, 0, valueDim);
        resetCarriedFactors(factors, factorBase, m);
    }

    /** The sums of {@link #carry} on columns [from, to) of every row; leaves the factors as they are. */
    private static void carryColumns(float[] blocks, int[] levelOffsets, double[] factors, int factorBase, int m,
            float[] newestKey, int keyOffset, float[] newestValue, int valueOffset, int keyDim, int valueDim,
            int from, int to) {
        int target = levelOffsets[m + 1];
        float targetFactor = (float) factors[factorBase + m];
        int width = to - from;
        for (int i = 0; i < keyDim; i++) {
            int row = target + i * valueDim + from;
            float key = newestKey[keyOffset + i];
            if (m == 0) {
                scaled(blocks, row, key, newestValue, valueOffset + from, width);
            } else {
                scaleAndAddScaled(blocks, row, targetFactor, key, newestValue, valueOffset + from, width);
            }
            for (int level = 1; level < m; level++) {
                addScaled(blocks, row, (float) factors[factorBase + level], blocks,
                        levelOffsets[level] + i * valueDim + from, width);
            }
        }
    }

    /** After a carry of m: levels 1..m are empty and level m+1 holds its sum unscaled, so all have factor 1. */
    private static void resetCarriedFactors(double[] factors, int factorBase, int m) {
        for (int level = 1; level <= m + 1; level++) {
            factors[factorBase + level] = 1.0;
        }
    }

    static void carry(double[] blocks, int[] levelOffsets, double[] factors, int factorBase, int m,
            double[] newestKey, int keyOffset, double[] newestValue, int valueOffset, int keyDim, int valueDim) {
        int target = levelOffsets[m + 1];
        double targetFactor = m == 0 ? 0.0 : factors[factorBase + m];
        for (int i = 0; i < keyDim; i++) {
            int row = target + i * valueDim;
            double key = newestKey[keyOffset + i];
            for (int j = 0; j < valueDim; j++) {
                double sum = key * newestValue[valueOffset + j];
                if (m > 0) {
                    sum += targetFactor * blocks[row + j];
                }
                for (int level = 1; level < m; level++) {
                    sum += factors[factorBase + level] * blocks[levelOffsets[level] + i * valueDim + j];
                }
                blocks[row + j] = sum;
            }
        }
        for (int level = 1; level <= m + 1; level++) {
            factors[factorBase + level] = 1.0;
        }
    }

    // ---------------------------------------------------------------- read of a scalar-decay bucket

    /** acc += coef * S^T q, i.e. acc[j] += coef * sum_i q[i] S[i][j]. */
    static void readInto(float[] blocks, int offset, int keyDim, int valueDim, float[] q, int qOffset, float coef,
            float[] acc) {
        int j = 0;
        for (; j + 4 * LANES <= valueDim; j += 4 * LANES) {
            FloatVector sum0 = FloatVector.zero(FLOATS);
            FloatVector sum1 = FloatVector.zero(FLOATS);
            FloatVector sum2 = FloatVector.zero(FLOATS);
            FloatVector sum3 = FloatVector.zero(FLOATS);
            for (int i = 0, row = offset + j; i < keyDim; i++, row += valueDim) {
                FloatVector qi = FloatVector.broadcast(FLOATS, q[qOffset + i]);
                sum0 = FloatVector.fromArray(FLOATS, blocks, row).fma(qi, sum0);
                sum1 = FloatVector.fromArray(FLOATS, blocks, row + LANES).fma(qi, sum1);
                sum2 = FloatVector.fromArray(FLOATS, blocks, row + 2 * LANES).fma(qi, sum2);
                sum3 = FloatVector.fromArray(FLOATS, blocks, row + 3 * LANES).fma(qi, sum3);
            }
            accumulate(acc, j, coef, sum0);
            accumulate(acc, j + LANES, coef, sum1);
            accumulate(acc, j + 2 * LANES, coef, sum2);
            accumulate(acc, j + 3 * LANES, coef, sum3);
        }
        for (; j + LANES <= valueDim; j += LANES) {
            FloatVector sum = FloatVector.zero(FLOATS);
            for (int i = 0, row = offset + j; i < keyDim; i++, row += valueDim) {
                sum = FloatVector.fromArray(FLOATS, blocks, row).fma(FloatVector.broadcast(FLOATS, q[qOffset + i]), sum);
            }
            accumulate(acc, j, coef, sum);
        }
        for (; j < valueDim; j++) {
            float sum = 0;
            for (int i = 0, at = offset + j; i < keyDim; i++, at += valueDim) {
                sum += q[qOffset + i] * blocks[at];
            }
            acc[j] += coef * sum;
        }
    }

    static void readInto(double[] blocks, int offset, int keyDim, int valueDim, double[] q, int qOffset,
            double coef, double[] acc) {
        for (int j = 0; j < valueDim; j++) {
            double sum = 0;
            for (int i = 0, at = offset + j; i < keyDim; i++, at += valueDim) {
                sum += q[qOffset + i] * blocks[at];
            }
            acc[j] += coef * sum;
        }
    }

    // ---------------------------------------------------------------- delta-rule transition fused with the read

    /**
     * Stored S <- S - beta k (k^T S) (the factor c carries exp(g)), and acc += coef * S_new^T q, where
     * S_new^T q = S^T q - beta (k.q) (S^T k).
     *
     * <p>The transition acts on each column of S on its own (column j needs only w_j = (S^T k)_j), so the block is
     * walked in column strips: one pass over the strip's K rows sums w = S^T k and r = S^T q, then a second pass
     * applies S[i][j] -= beta k_i w_j while the strip (K x 4 vectors, at most 32 KiB for K = 128 and 16 float
     * lanes) still sits in L1. Each block thus crosses the L2-to-L1 boundary once per step instead of twice.
     */
    static void deltaTransitionAndRead(float[] blocks, int offset, int keyDim, int valueDim, float[] q,
            int qOffset, float[] k, int kOffset, float beta, float kDotQ, float coef, float[] acc) {
        deltaColumnsFrom(0, blocks, offset, keyDim, valueDim, q, qOffset, k, kOffset, beta, beta * kDotQ, coef, acc);
    }

    /** {@link #deltaTransitionAndRead} on columns [from, V); {@code from} is a multiple of the lane count. */
    private static void deltaColumnsFrom(int from, float[] blocks, int offset, int keyDim, int valueDim, float[] q,
            int qOffset, float[] k, int kOffset, float beta, float betaKDotQ, float coef, float[] acc) {
        int j = from;
        for (; j + 4 * LANES <= valueDim; j += 4 * LANES) {
            deltaStripOfFourVectors(blocks, offset + j, keyDim, valueDim, q, qOffset, k, kOffset, beta, betaKDotQ,
                    coef, acc, j);
        }
        for (; j + LANES <= valueDim; j += LANES) {
            deltaStripOfOneVector(blocks, offset + j, keyDim, valueDim, q, qOffset, k, kOffset, beta, betaKDotQ,
                    coef, acc, j);
        }
        for (; j < valueDim; j++) {
            deltaColumn(blocks, offset + j, keyDim, valueDim, q, qOffset, k, kOffset, beta, betaKDotQ, coef, acc, j);
        }
    }

    /**
     * {@link #carry} of m followed by {@link #deltaTransitionAndRead} on the carried bucket (level m+1, which the
     * delta-rule step transitions and reads right after the carry), with the same float operations in the same
     * order: each strip of 4 vectors is summed, stored, and reduced into w = S^T k and r = S^T q in one pass, so
     * the carried block is not read back from L2. Leaves factor 1 on levels 1..m+1.
     */
    static void carryThenDeltaTransitionAndRead(float[] blocks, int[] levelOffsets, double[] factors, int factorBase,
            int m, float[] newestKey, int keyOffset, float[] newestValue, int valueOffset, int keyDim, int valueDim,
            float[] q, int qOffset, float[] k, int kOffset, float beta, float kDotQ, float coef, float[] acc) {
        int target = levelOffsets[m + 1];
        float betaKDotQ = beta * kDotQ;
        int j = 0;
        for (; j + 4 * LANES <= valueDim; j += 4 * LANES) {
            carryIntoStripOfFourVectors(blocks, levelOffsets, factors, factorBase, m, newestKey, keyOffset,
                    newestValue, valueOffset + j, keyDim, valueDim, j, k, kOffset, q, qOffset, beta, betaKDotQ, coef,
                    acc);
        }
        if (j < valueDim) {
            carryColumns(blocks, levelOffsets, factors, factorBase, m, newestKey, keyOffset, newestValue, valueOffset,
                    keyDim, valueDim, j, valueDim);
            deltaColumnsFrom(j, blocks, target, keyDim, valueDim, q, qOffset, k, kOffset, beta, betaKDotQ, coef, acc);
        }
        resetCarriedFactors(factors, factorBase, m);
    }

    /** The fused carry and delta transition on the 4 * LANES columns starting at column j. */
    private static void carryIntoStripOfFourVectors(float[] blocks, int[] levelOffsets, double[] factors,
            int factorBase, int m, float[] newestKey, int keyOffset, float[] newestValue, int valueStart, int keyDim,
            int valueDim, int j, float[] k, int kOffset, float[] q, int qOffset, float beta, float betaKDotQ,
            float coef, float[] acc) {
        FloatVector value0 = FloatVector.fromArray(FLOATS, newestValue, valueStart);
        FloatVector value1 = FloatVector.fromArray(FLOATS, newestValue, valueStart + LANES);
        FloatVector value2 = FloatVector.fromArray(FLOATS, newestValue, valueStart + 2 * LANES);
        FloatVector value3 = FloatVector.fromArray(FLOATS, newestValue, valueStart + 3 * LANES);
        FloatVector targetFactor = FloatVector.broadcast(FLOATS, (float) factors[factorBase + m]);
        int stripStart = levelOffsets[m + 1] + j;
        FloatVector w0 = FloatVector.zero(FLOATS);
        FloatVector w1 = FloatVector.zero(FLOATS);
        FloatVector w2 = FloatVector.zero(FLOATS);
        FloatVector w3 = FloatVector.zero(FLOATS);
        FloatVector r0 = FloatVector.zero(FLOATS);
        FloatVector r1 = FloatVector.zero(FLOATS);
        FloatVector r2 = FloatVector.zero(FLOATS);
        FloatVector r3 = FloatVector.zero(FLOATS);
        for (int i = 0, row = stripStart; i < keyDim; i++, row += valueDim) {
            // Carry: row = key_i v (+ c_m S^m) + c_1 S^1 + ... + c_(m-1) S^(m-1) on this row of the strip, built
            // in place (no vector values cross a branch or a loop, so none is boxed).
            FloatVector key = FloatVector.broadcast(FLOATS, newestKey[keyOffset + i]);
            if (m == 0) {
                value0.mul(key).intoArray(blocks, row);
                value1.mul(key).intoArray(blocks, row + LANES);
                value2.mul(key).intoArray(blocks, row + 2 * LANES);
                value3.mul(key).intoArray(blocks, row + 3 * LANES);
            } else {
                value0.fma(key, FloatVector.fromArray(FLOATS, blocks, row).mul(targetFactor)).intoArray(blocks, row);
                value1.fma(key, FloatVector.fromArray(FLOATS, blocks, row + LANES).mul(targetFactor))
                        .intoArray(blocks, row + LANES);
                value2.fma(key, FloatVector.fromArray(FLOATS, blocks, row + 2 * LANES).mul(targetFactor))
                        .intoArray(blocks, row + 2 * LANES);
                value3.fma(key, FloatVector.fromArray(FLOATS, blocks, row + 3 * LANES).mul(targetFactor))
                        .intoArray(blocks, row + 3 * LANES);
            }
            for (int level = 1; level < m; level++) {
                addScaled(blocks, row, (float) factors[factorBase + level], blocks,
                        levelOffsets[level] + i * valueDim + j, 4 * LANES);
            }
            FloatVector s0 = FloatVector.fromArray(FLOATS, blocks, row);
            FloatVector s1 = FloatVector.fromArray(FLOATS, blocks, row + LANES);
            FloatVector s2 = FloatVector.fromArray(FLOATS, blocks, row + 2 * LANES);
            FloatVector s3 = FloatVector.fromArray(FLOATS, blocks, row + 3 * LANES);
            // Delta-rule reads of the carried row: w += k_i s, r += q_i s.
            FloatVector ki = FloatVector.broadcast(FLOATS, k[kOffset + i]);
            FloatVector qi = FloatVector.broadcast(FLOATS, q[qOffset + i]);
            w0 = s0.fma(ki, w0);
            w1 = s1.fma(ki, w1);
            w2 = s2.fma(ki, w2);
            w3 = s3.fma(ki, w3);
            r0 = s0.fma(qi, r0);
            r1 = s1.fma(qi, r1);
            r2 = s2.fma(qi, r2);
            r3 = s3.fma(qi, r3);
        }
        // acc += coef * (r - beta (k.q) w), written out here: this method is too large for C2 to inline a helper
        // that takes vectors, and a vector passed to a call that is not inlined is boxed.
        FloatVector.fromArray(FLOATS, acc, j).add(r0.sub(w0.mul(betaKDotQ)).mul(coef)).intoArray(acc, j);
        FloatVector.fromArray(FLOATS, acc, j + LANES).add(r1.sub(w1.mul(betaKDotQ)).mul(coef))
                .intoArray(acc, j + LANES);
        FloatVector.fromArray(FLOATS, acc, j + 2 * LANES).add(r2.sub(w2.mul(betaKDotQ)).mul(coef))
                .intoArray(acc, j + 2 * LANES);
        FloatVector.fromArray(FLOATS, acc, j + 3 * LANES).add(r3.sub(w3.mul(betaKDotQ)).mul(coef))
                .intoArray(acc, j + 3 * LANES);
        // Pass 2 (strip in L1): S[i][strip] += (-beta k_i) w.
        for (int i = 0, row = stripStart; i < keyDim; i++, row += valueDim) {
            FloatVector negBetaK = FloatVector.broadcast(FLOATS, -beta * k[kOffset + i]);
            w0.fma(negBetaK, FloatVector.fromArray(FLOATS, blocks, row)).intoArray(blocks, row);
            w1.fma(negBetaK, FloatVector.fromArray(FLOATS, blocks, row + LANES)).intoArray(blocks, row + LANES);
            w2.fma(negBetaK, FloatVector.fromArray(FLOATS, blocks, row + 2 * LANES))
                    .intoArray(blocks, row + 2 * LANES);
            w3.fma(negBetaK, FloatVector.fromArray(FLOATS, blocks, row + 3 * LANES))
                    .intoArray(blocks, row + 3 * LANES);
        }
    }

    /** {@link #deltaTransitionAndRead} on the 4 * LANES columns starting at {@code stripStart} (column j). */
    private static void deltaStripOfFourVectors(float[] blocks, int stripStart, int keyDim, int valueDim, float[] q,
            int qOffset, float[] k, int kOffset, float beta, float betaKDotQ, float coef, float[] acc, int j) {
        // Pass 1: w = S^T k and r = S^T q over the strip, accumulators in registers.
        FloatVector w0 = FloatVector.zero(FLOATS);
        FloatVector w1 = FloatVector.zero(FLOATS);
        FloatVector w2 = FloatVector.zero(FLOATS);
        FloatVector w3 = FloatVector.zero(FLOATS);
        FloatVector r0 = FloatVector.zero(FLOATS);
        FloatVector r1 = FloatVector.zero(FLOATS);
        FloatVector r2 = FloatVector.zero(FLOATS);
        FloatVector r3 = FloatVector.zero(FLOATS);
        for (int i = 0, row = stripStart; i < keyDim; i++, row += valueDim) {
            FloatVector ki = FloatVector.broadcast(FLOATS, k[kOffset + i]);
            FloatVector qi = FloatVector.broadcast(FLOATS, q[qOffset + i]);
            FloatVector s0 = FloatVector.fromArray(FLOATS, blocks, row);
            FloatVector s1 = FloatVector.fromArray(FLOATS, blocks, row + LANES);
            FloatVector s2 = FloatVector.fromArray(FLOATS, blocks, row + 2 * LANES);
            FloatVector s3 = FloatVector.fromArray(FLOATS, blocks, row + 3 * LANES);
            w0 = s0.fma(ki, w0);
            w1 = s1.fma(ki, w1);
            w2 = s2.fma(ki, w2);
            w3 = s3.fma(ki, w3);
            r0 = s0.fma(qi, r0);
            r1 = s1.fma(qi, r1);
            r2 = s2.fma(qi, r2);
            r3 = s3.fma(qi, r3);
        }
        // acc += coef * (r - beta (k.q) w): the read of the transitioned bucket, written out because a helper
        // taking vectors that C2 declines to inline would box them.
        FloatVector.fromArray(FLOATS, acc, j).add(r0.sub(w0.mul(betaKDotQ)).mul(coef)).intoArray(acc, j);
        FloatVector.fromArray(FLOATS, acc, j + LANES).add(r1.sub(w1.mul(betaKDotQ)).mul(coef))
                .intoArray(acc, j + LANES);
        FloatVector.fromArray(FLOATS, acc, j + 2 * LANES).add(r2.sub(w2.mul(betaKDotQ)).mul(coef))
                .intoArray(acc, j + 2 * LANES);
        FloatVector.fromArray(FLOATS, acc, j + 3 * LANES).add(r3.sub(w3.mul(betaKDotQ)).mul(coef))
                .intoArray(acc, j + 3 * LANES);
        // Pass 2 (strip in L1): S[i][strip] += (-beta k_i) w.
        for (int i = 0, row = stripStart; i < keyDim; i++, row += valueDim) {
            FloatVector negBetaK = FloatVector.broadcast(FLOATS, -beta * k[kOffset + i]);
            w0.fma(negBetaK, FloatVector.fromArray(FLOATS, blocks, row)).intoArray(blocks, row);
            w1.fma(negBetaK, FloatVector.fromArray(FLOATS, blocks, row + LANES)).intoArray(blocks, row + LANES);
            w2.fma(negBetaK, FloatVector.fromArray(FLOATS, blocks, row + 2 * LANES))
                    .intoArray(blocks, row + 2 * LANES);
            w3.fma(negBetaK, FloatVector.fromArray(FLOATS, blocks, row + 3 * LANES))
                    .intoArray(blocks, row + 3 * LANES);
        }
    }

    /** {@link #deltaTransitionAndRead} on the LANES columns starting at {@code stripStart} (column j). */
    private static void deltaStripOfOneVector(float[] blocks, int stripStart, int keyDim, int valueDim, float[] q,
            int qOffset, float[] k, int kOffset, float beta, float betaKDotQ, float coef, float[] acc, int j) {
        FloatVector w = FloatVector.zero(FLOATS);
        FloatVector r = FloatVector.zero(FLOATS);
        for (int i = 0, row = stripStart; i < keyDim; i++, row += valueDim) {
            FloatVector s = FloatVector.fromArray(FLOATS, blocks, row);
            w = s.fma(FloatVector.broadcast(FLOATS, k[kOffset + i]), w);
            r = s.fma(FloatVector.broadcast(FLOATS, q[qOffset + i]), r);
        }
        FloatVector.fromArray(FLOATS, acc, j).add(r.sub(w.mul(betaKDotQ)).mul(coef)).intoArray(acc, j);
        for (int i = 0, row = stripStart; i < keyDim; i++, row += valueDim) {
            FloatVector negBetaK = FloatVector.broadcast(FLOATS, -beta * k[kOffset + i]);
            w.fma(negBetaK, FloatVector.fromArray(FLOATS, blocks, row)).intoArray(blocks, row);
        }
    }

    /** {@link #deltaTransitionAndRead} on the single column j, the scalar tail. */
    private static void deltaColumn(float[] blocks, int columnStart, int keyDim, int valueDim, float[] q, int qOffset,
            float[] k, int kOffset, float beta, float betaKDotQ, float coef, float[] acc, int j) {
        float w = 0;
        float r = 0;
        for (int i = 0, at = columnStart; i < keyDim; i++, at += valueDim) {
            w += k[kOffset + i] * blocks[at];
            r += q[qOffset + i] * blocks[at];
        }
        acc[j] += coef * (r - betaKDotQ * w);
        for (int i = 0, at = columnStart; i < keyDim; i++, at += valueDim) {
            blocks[at] += -beta * k[kOffset + i] * w;
        }
    }

    static void deltaTransitionAndRead(double[] blocks, int offset, int keyDim, int valueDim, double[] q,
            int qOffset, double[] k, int kOffset, double beta, double kDotQ, double coef, double[] w, double[] r,
            double[] acc) {
        for (int j = 0; j < valueDim; j++) {
            double wj = 0;
            double rj = 0;
            for (int i = 0, at = offset + j; i < keyDim; i++, at += valueDim) {
                wj += k[kOffset + i] * blocks[at];
                rj += q[qOffset + i] * blocks[at];
            }
            w[j] = wj;
            r[j] = rj;
        }
        double betaKDotQ = beta * kDotQ;
        for (int j = 0; j < valueDim; j++) {
            acc[j] += coef * (r[j] - betaKDotQ * w[j]);
        }
        for (int i = 0; i < keyDim; i++) {
            double betaK = beta * k[kOffset + i];
            int row = offset + i * valueDim;
            for (int j = 0; j < valueDim; j++) {
                blocks[row + j] -= betaK * w[j];
            }
        }
    }

    // ---------------------------------------------------------------- row helpers (float)

    /** dst[0..n) = f * src[0..n). */
    private static void scaled(float[] dst, int dstOffset, float f, float[] src, int srcOffset, int n) {
        FloatVector factor = FloatVector.broadcast(FLOATS, f);
        int j = 0;
        for (; j + LANES <= n; j += LANES) {
            FloatVector.fromArray(FLOATS, src, srcOffset + j).mul(factor).intoArray(dst, dstOffset + j);
        }
        for (; j < n; j++) {
            dst[dstOffset + j] = f * src[srcOffset + j];
        }
    }

    /** dst[0..n) = keep * dst[0..n) + f * src[0..n). */
    private static void scaleAndAddScaled(float[] dst, int dstOffset, float keep, float f, float[] src, int srcOffset,
            int n) {
        FloatVector keepFactor = FloatVector.broadcast(FLOATS, keep);
        FloatVector factor = FloatVector.broadcast(FLOATS, f);
        int j = 0;
        for (; j + LANES <= n; j += LANES) {
            FloatVector kept = FloatVector.fromArray(FLOATS, dst, dstOffset + j).mul(keepFactor);
            FloatVector.fromArray(FLOATS, src, srcOffset + j).fma(factor, kept).intoArray(dst, dstOffset + j);
        }
        for (; j < n; j++) {
            dst[dstOffset + j] = keep * dst[dstOffset + j] + f * src[srcOffset + j];
        }
    }

    /** dst[0..n) += f * src[0..n). */
    private static void addScaled(float[] dst, int dstOffset, float f, float[] src, int srcOffset, int n) {
        FloatVector factor = FloatVector.broadcast(FLOATS, f);
        int j = 0;
        for (; j + LANES <= n; j += LANES) {
            FloatVector.fromArray(FLOATS, src, srcOffset + j).fma(factor, FloatVector.fromArray(FLOATS, dst, dstOffset + j))
                    .intoArray(dst, dstOffset + j);
        }
        for (; j < n; j++) {
            dst[dstOffset + j] += f * src[srcOffset + j];
        }
    }

    /** acc[j .. j+LANES) += coef * sum. */
    private static void accumulate(float[] acc, int j, float coef, FloatVector sum) {
        sum.fma(FloatVector.broadcast(FLOATS, coef), FloatVector.fromArray(FLOATS, acc, j)).intoArray(acc, j);
    }

    static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        float sum = 0;
        for (int i = 0; i < length; i++) {
            sum += a[aOffset + i] * b[bOffset + i];
        }
        return sum;
    }

    static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += a[aOffset + i] * b[bOffset + i];
        }
        return sum;
    }
}
