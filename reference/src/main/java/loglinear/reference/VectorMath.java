package loglinear.reference;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 inner loops of the chunkwise forms: small row-major GEMMs, row updates and exponentials, each with a
 * Vector API body ({@link FloatVector#SPECIES_PREFERRED}, species loop, fma, scalar tail) and a plain scalar body that
 * computes the same thing, selected by a flag so the two can be compared.
 *
 * <p>Matrices are views into flat arrays: {@code (array, offset, stride)} with element (i, j) at
 * {@code offset + i * stride + j}.
 */
public final class VectorMath {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    /** Rows of c computed together by the vector GEMM body (each b row loaded once serves this many rows). */
    static final int ROW_BLOCK = 4;

    private VectorMath() {}

    /** Lanes of the preferred float species on this machine. */
    public static int lanes() {
        return LANES;
    }

    /**
     * {@code c[i, j] += s_i * sum_p a[i, p] * b[p, j]} for {@code i < rows}, {@code j < cols}, {@code p < depth}, with
     * {@code s_i = rowScale[rowScaleOffset + i]} or 1 when {@code rowScale} is null.
     *
     * <p>{@code lowerA}: a is lower triangular ({@code a[i, p] = 0} for {@code p > i}); the depth of each block of
     * {@link #ROW_BLOCK} rows is cut to the block's last row, so a must hold zeros above its diagonal.
     * {@code lowerC}: only {@code c[i, j]} with {@code j <= i} is wanted; the columns of each row block are cut to the
     * block's last row rounded up to whole vectors, so some entries above the diagonal may be written too.
     */
    public static void multiplyAdd(boolean vectorized, int rows, int cols, int depth,
            float[] a, int aOffset, int aStride, float[] b, int bOffset, int bStride,
            float[] c, int cOffset, int cStride, float[] rowScale, int rowScaleOffset,
            boolean lowerA, boolean lowerC) {
        for (int i0 = 0; i0 < rows; i0 += ROW_BLOCK) {
            int blockRows = Math.min(ROW_BLOCK, rows - i0);
            int blockDepth = lowerA ? Math.min(depth, i0 + blockRows) : depth;
            int blockCols = lowerC ? Math.min(cols, roundUpToLanes(i0 + blockRows)) : cols;
            int aRow = aOffset + i0 * aStride;
            int cRow = cOffset + i0 * cStride;
            if (vectorized && blockRows == ROW_BLOCK) {
                float s0 = scaleOf(rowScale, rowScaleOffset + i0);
                float s1 = scaleOf(rowScale, rowScaleOffset + i0 + 1);
                float s2 = scaleOf(rowScale, rowScaleOffset + i0 + 2);
                float s3 = scaleOf(rowScale, rowScaleOffset + i0 + 3);
                block4(blockCols, blockDepth, a, aRow, aStride, b, bOffset, bStride, c, cRow, cStride, s0, s1, s2, s3);
            } else {
                for (int r = 0; r < blockRows; r++) {
                    float s = scaleOf(rowScale, rowScaleOffset + i0 + r);
                    int ar = aRow + r * aStride;
                    int cr = cRow + r * cStride;
                    if (vectorized) {
                        row1(blockCols, blockDepth, a, ar, b, bOffset, bStride, c, cr, s);
                    } else {
                        rowScalar(blockCols, blockDepth, a, ar, b, bOffset, bStride, c, cr, s);
                    }
                }
            }
        }
    }

    /** Plain {@code c += a b} of full matrices. */
    public static void multiplyAdd(boolean vectorized, int rows, int cols, int depth,
            float[] a, int aOffset, int aStride, float[] b, int bOffset, int bStride,
            float[] c, int cOffset, int cStride) {
        multiplyAdd(vectorized, rows, cols, depth, a, aOffset, aStride, b, bOffset, bStride, c, cOffset, cStride,
                null, 0, false, false);
    }

    private static int roundUpToLanes(int n) {
        return (n + LANES - 1) / LANES * LANES;
    }

    private static float scaleOf(float[] rowScale, int index) {
        return rowScale == null ? 1f : rowScale[index];
    }

    /** Four rows of c: each b row segment is loaded once and used with four broadcast a values. */
    private static void block4(int cols, int depth, float[] a, int aRow, int aStride, float[] b, int bOffset,
            int bStride, float[] c, int cRow, int cStride, float s0, float s1, float s2, float s3) {
        int a0 = aRow;
        int a1 = aRow + aStride;
        int a2 = aRow + 2 * aStride;
        int a3 = aRow + 3 * aStride;
        int c0 = cRow;
        int c1 = cRow + cStride;
        int c2 = cRow + 2 * cStride;
        int c3 = cRow + 3 * cStride;
        int j = 0;
        // Step: 4 rows x 2 vectors of columns, accumulated over the whole depth in registers.
        for (; j + 2 * LANES <= cols; j += 2 * LANES) {
            FloatVector acc00 = FloatVector.zero(SPECIES);
            FloatVector acc01 = FloatVector.zero(SPECIES);
            FloatVector acc10 = FloatVector.zero(SPECIES);
            FloatVector acc11 = FloatVector.zero(SPECIES);
            FloatVector acc20 = FloatVector.zero(SPECIES);
            FloatVector acc21 = FloatVector.zero(SPECIES);
            FloatVector acc30 = FloatVector.zero(SPECIES);
            FloatVector acc31 = FloatVector.zero(SPECIES);
            int bp = bOffset + j;
            for (int p = 0; p < depth; p++, bp += bStride) {
                FloatVector b0 = FloatVector.fromArray(SPECIES, b, bp);
                FloatVector b1 = FloatVector.fromArray(SPECIES, b, bp + LANES);
                FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + p]);
                acc00 = x.fma(b0, acc00);
                acc01 = x.fma(b1, acc01);
                x = FloatVector.broadcast(SPECIES, a[a1 + p]);
                acc10 = x.fma(b0, acc10);
                acc11 = x.fma(b1, acc11);
                x = FloatVector.broadcast(SPECIES, a[a2 + p]);
                acc20 = x.fma(b0, acc20);
                acc21 = x.fma(b1, acc21);
                x = FloatVector.broadcast(SPECIES, a[a3 + p]);
                acc30 = x.fma(b0, acc30);
                acc31 = x.fma(b1, acc31);
            }
            addScaled(acc00, s0, c, c0 + j);
            addScaled(acc01, s0, c, c0 + j + LANES);
            addScaled(acc10, s1, c, c1 + j);
            addScaled(acc11, s1, c, c1 + j + LANES);
            addScaled(acc20, s2, c, c2 + j);
            addScaled(acc21, s2, c, c2 + j + LANES);
            addScaled(acc30, s3, c, c3 + j);
            addScaled(acc31, s3, c, c3 + j + LANES);
        }
        // Step: 4 rows x 1 vector.
        for (; j + LANES <= cols; j += LANES) {
            FloatVector acc0 = FloatVector.zero(SPECIES);
            FloatVector acc1 = FloatVector.zero(SPECIES);
            FloatVector acc2 = FloatVector.zero(SPECIES);
            FloatVector acc3 = FloatVector.zero(SPECIES);
            int bp = bOffset + j;
            for (int p = 0; p < depth; p++, bp += bStride) {
                FloatVector b0 = FloatVector.fromArray(SPECIES, b, bp);
                acc0 = FloatVector.broadcast(SPECIES, a[a0 + p]).fma(b0, acc0);
                acc1 = FloatVector.broadcast(SPECIES, a[a1 + p]).fma(b0, acc1);
                acc2 = FloatVector.broadcast(SPECIES, a[a2 + p]).fma(b0, acc2);
                acc3 = FloatVector.broadcast(SPECIES, a[a3 + p]).fma(b0, acc3);
            }
            addScaled(acc0, s0, c, c0 + j);
            addScaled(acc1, s1, c, c1 + j);
            addScaled(acc2, s2, c, c2 + j);
            addScaled(acc3, s3, c, c3 + j);
        }
        // Step: scalar tail columns.
        for (; j < cols; j++) {
            float sum0 = 0f;
            float sum1 = 0f;
            float sum2 = 0f;
            float sum3 = 0f;
            int bp = bOffset + j;
            for (int p = 0; p < depth; p++, bp += bStride) {
                float bv = b[bp];
                sum0 = Math.fma(a[a0 + p], bv, sum0);
                sum1 = Math.fma(a[a1 + p], bv, sum1);
                sum2 = Math.fma(a[a2 + p], bv, sum2);
                sum3 = Math.fma(a[a3 + p], bv, sum3);
            }
            c[c0 + j] += s0 * sum0;
            c[c1 + j] += s1 * sum1;
            c[c2 + j] += s2 * sum2;
            c[c3 + j] += s3 * sum3;
        }
    }

    /** One row of c with the Vector API. */
    private static void row1(int cols, int depth, float[] a, int aRow, float[] b, int bOffset, int bStride,
            float[] c, int cRow, float s) {
        int j = 0;
        for (; j + LANES <= cols; j += LANES) {
            FloatVector acc = FloatVector.zero(SPECIES);
            int bp = bOffset + j;
            for (int p = 0; p < depth; p++, bp += bStride) {
                acc = FloatVector.broadcast(SPECIES, a[aRow + p]).fma(FloatVector.fromArray(SPECIES, b, bp), acc);
            }
            addScaled(acc, s, c, cRow + j);
        }
        for (; j < cols; j++) {
            float sum = 0f;
            int bp = bOffset + j;
            for (int p = 0; p < depth; p++, bp += bStride) {
                sum = Math.fma(a[aRow + p], b[bp], sum);
            }
            c[cRow + j] += s * sum;
        }
    }

    /** One row of c in scalar Java: {@code c[j] += (s a[p]) b[p, j]}, p outer, j inner. */
    private static void rowScalar(int cols, int depth, float[] a, int aRow, float[] b, int bOffset, int bStride,
            float[] c, int cRow, float s) {
        for (int p = 0; p < depth; p++) {
            float factor = s * a[aRow + p];
            int bp = bOffset + p * bStride;
            for (int j = 0; j < cols; j++) {
                c[cRow + j] += factor * b[bp + j];
            }
        }
    }

    private static void addScaled(FloatVector acc, float s, float[] c, int index) {
        FloatVector current = FloatVector.fromArray(SPECIES, c, index);
        acc.fma(FloatVector.broadcast(SPECIES, s), current).intoArray(c, index);
    }

    /** {@code y[i] += alpha * x[i]} for {@code i < length}. */
    public static void axpy(boolean vectorized, int length, float alpha, float[] x, int xOffset, float[] y,
            int yOffset) {
        int i = 0;
        if (vectorized) {
            FloatVector factor = FloatVector.broadcast(SPECIES, alpha);
            for (; i + LANES <= length; i += LANES) {
                FloatVector xv = FloatVector.fromArray(SPECIES, x, xOffset + i);
                xv.fma(factor, FloatVector.fromArray(SPECIES, y, yOffset + i)).intoArray(y, yOffset + i);
            }
        }
        for (; i < length; i++) {
            y[yOffset + i] += alpha * x[xOffset + i];
        }
    }

    /** {@code y[i] = alpha * x[i]} for {@code i < length} (x and y may be the same array). */
    public static void scaleInto(boolean vectorized, int length, float alpha, float[] x, int xOffset, float[] y,
            int yOffset) {
        int i = 0;
        if (vectorized) {
            FloatVector factor = FloatVector.broadcast(SPECIES, alpha);
            for (; i + LANES <= length; i += LANES) {
                FloatVector.fromArray(SPECIES, x, xOffset + i).mul(factor).intoArray(y, yOffset + i);
            }
        }
        for (; i < length; i++) {
            y[yOffset + i] = alpha * x[xOffset + i];
        }
    }

    /** {@code out[i] = x[i] * y[i]} for {@code i < length}. */
    public static void multiplyInto(boolean vectorized, int length, float[] x, int xOffset, float[] y, int yOffset,
            float[] out, int outOffset) {
        int i = 0;
        if (vectorized) {
            for (; i + LANES <= length; i += LANES) {
                FloatVector.fromArray(SPECIES, x, xOffset + i).mul(FloatVector.fromArray(SPECIES, y, yOffset + i))
                        .intoArray(out, outOffset + i);
            }
        }
        for (; i < length; i++) {
            out[outOffset + i] = x[xOffset + i] * y[yOffset + i];
        }
    }

    /** max_i |x[i]| for {@code i < length}; 0 for an empty range. */
    public static float maxAbs(boolean vectorized, int length, float[] x, int offset) {
        int i = 0;
        float max = 0f;
        if (vectorized && length >= LANES) {
            FloatVector maxVector = FloatVector.zero(SPECIES);
            for (; i + LANES <= length; i += LANES) {
                maxVector = maxVector.max(FloatVector.fromArray(SPECIES, x, offset + i).abs());
            }
            max = maxVector.reduceLanes(VectorOperators.MAX);
        }
        for (; i < length; i++) {
            max = Math.max(max, Math.abs(x[offset + i]));
        }
        return max;
    }

    /** {@code out[i] = exp(base - x[i])} for {@code i < length}. */
    public static void expOfDifference(boolean vectorized, int length, float base, float[] x, int xOffset,
            float[] out, int outOffset) {
        int i = 0;
        if (vectorized) {
            FloatVector baseVector = FloatVector.broadcast(SPECIES, base);
            for (; i + LANES <= length; i += LANES) {
                baseVector.sub(FloatVector.fromArray(SPECIES, x, xOffset + i)).lanewise(VectorOperators.EXP)
                        .intoArray(out, outOffset + i);
            }
        }
        for (; i < length; i++) {
            out[outOffset + i] = (float) Math.exp(base - x[xOffset + i]);
        }
    }
}
