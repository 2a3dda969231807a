package loglinear.reference;

import java.util.Arrays;

/** Stage code shared by the chunkwise Mamba-2 and Gated DeltaNet sweeps; all matrices are C x C or C x n row-major. */
final class ChunkStages {
    /** Rows per block of {@link #invertUnitLower}. */
    static final int INVERSE_BLOCK = 16;
    private static final float[] MINUS_ONES = minusOnes(INVERSE_BLOCK);

    private ChunkStages() {}

    private static float[] minusOnes(int length) {
        float[] out = new float[length];
        Arrays.fill(out, -1f);
        return out;
    }

    /** D[a, b] = exp(Gl[a] - Gl[b]) for b <= a and 0 above the diagonal (masked before the exponential). */
    static void decayMatrix(boolean vectorized, ChunkTile tile, float[] decay) {
        int chunk = tile.chunk;
        float[] gate = tile.gateCumulative;
        for (int a = 0; a < chunk; a++) {
            VectorMath.expOfDifference(vectorized, a + 1, gate[a], gate, 0, decay, a * chunk);
            Arrays.fill(decay, a * chunk + a + 1, (a + 1) * chunk, 0f);
        }
    }

    /** scores = Q K^T on and below the diagonal (entries above it are left undefined). */
    static void queryKeyScores(boolean vectorized, ChunkTile tile, float[] scores) {
        int chunk = tile.chunk;
        Arrays.fill(scores, 0, chunk * chunk, 0f);
        VectorMath.multiplyAdd(vectorized, chunk, chunk, tile.keyDim, tile.q, 0, tile.keyDim,
                tile.kTransposed, 0, chunk, scores, 0, chunk, null, 0, false, true);
    }

    /** scores = K K^T on and below the diagonal (entries above it are left undefined). */
    static void keyKeyScores(boolean vectorized, ChunkTile tile, float[] scores) {
        int chunk = tile.chunk;
        Arrays.fill(scores, 0, chunk * chunk, 0f);
        VectorMath.multiplyAdd(vectorized, chunk, chunk, tile.keyDim, tile.k, 0, tile.keyDim,
                tile.kTransposed, 0, chunk, scores, 0, chunk, null, 0, false, true);
    }

    /**
     * In place: m[a, b] *= lambda[a, level(a, b)] (times columnScale[b] when given) for b <= a; 0 above the diagonal.
     * The level table is the chunk's C x C table (aligned chunks share it).
     */
    static void applyLevelWeights(ChunkTile tile, int[] levelTable, float[] m, float[] columnScale) {
        int chunk = tile.chunk;
        int columns = tile.lambdaColumns;
        for (int a = 0; a < chunk; a++) {
            int row = a * chunk;
            int lambdaRow = a * columns;
            for (int b = 0; b <= a; b++) {
                float weight = tile.lambda[lambdaRow + levelTable[row + b]];
                if (columnScale != null) {
                    weight *= columnScale[b];
                }
                m[row + b] *= weight;
            }
            Arrays.fill(m, row + a + 1, row + chunk, 0f);
        }
    }

    /**
     * out[a, b] = x[a, b] * decay[a, b] (x alone when decay is null) for b <= a (b < a when strict); 0 elsewhere.
     * x and out may be the same array.
     */
    static void lowerPart(int chunk, float[] x, float[] decay, float[] out, boolean strict) {
        for (int a = 0; a < chunk; a++) {
            int row = a * chunk;
            int end = strict ? a : a + 1;
            for (int b = 0; b < end; b++) {
                out[row + b] = decay == null ? x[row + b] : x[row + b] * decay[row + b];
            }
            Arrays.fill(out, row + end, row + chunk, 0f);
        }
    }

    /**
     * inverse = (I + L)^-1 for L strictly lower triangular (C x C), by blocked forward substitution over row blocks
     * of {@link #INVERSE_BLOCK}: for rows a of block [i0, i0 + n),
     * inverse[a, :] = e_a - sum_{b < i0} L[a, b] inverse[b, :] - sum_{i0 <= b < a} L[a, b] inverse[b, :];
     * the first sum is one small GEMM per block, the second a few row updates. The result is unit lower triangular.
     */
    static void invertUnitLower(boolean vectorized, int chunk, float[] strictLower, float[] inverse) {
        Arrays.fill(inverse, 0, chunk * chunk, 0f);
        for (int i0 = 0; i0 < chunk; i0 += INVERSE_BLOCK) {
            int rows = Math.min(INVERSE_BLOCK, chunk - i0);
            // Step: inverse[i0.., 0..i0) = -L[i0.., 0..i0) inverse[0..i0, 0..i0).
            if (i0 > 0) {
                VectorMath.multiplyAdd(vectorized, rows, i0, i0, strictLower, i0 * chunk, chunk, inverse, 0, chunk,
                        inverse, i0 * chunk, chunk, MINUS_ONES, 0, false, false);
            }
            // Step: rows of the block, each minus L[a, b] times the earlier rows b of the block.
            for (int a = i0; a < i0 + rows; a++) {
                int row = a * chunk;
                inverse[row + a] = 1f;
                for (int b = i0; b < a; b++) {
                    float factor = strictLower[row + b];
                    if (factor != 0f) {
                        VectorMath.axpy(vectorized, b + 1, -factor, inverse, b * chunk, inverse, row);
                    }
                }
            }
        }
    }

    /**
     * out[i, b] = kT[i, b] * exp(Gl[last] - Gl[b]) * writeFactor: the keys weighted by their decay to the chunk's
     * end, K x C. Factors below {@link ChunkLevelStates#NEGLIGIBLE} are flushed to zero.
     */
    static void keysDecayedToEnd(boolean vectorized, ChunkTile tile, float writeFactor, float[] factors,
            float[] out) {
        int chunk = tile.chunk;
        double last = tile.lastGate();
        for (int b = 0; b < chunk; b++) {
            float factor = (float) (Math.exp(last - tile.gateCumulative[b]) * writeFactor);
            factors[b] = factor >= ChunkLevelStates.NEGLIGIBLE ? factor : 0f;
        }
        for (int i = 0; i < tile.keyDim; i++) {
            VectorMath.multiplyInto(vectorized, chunk, tile.kTransposed, i * chunk, factors, 0, out, i * chunk);
        }
    }

    /**
     * Row factors of a read of chunk level l: out[a] = lambda[a, c + l] * exp(Gl[a]) * exp(logScale), flushed to
     * zero below {@link ChunkLevelStates#NEGLIGIBLE}. Returns false when every factor is zero (the read adds nothing).
     */
    static boolean readFactors(ChunkTile tile, int tokenLevel, double logScale, float[] out) {
        double stateScale = Math.exp(logScale);
        boolean any = false;
        for (int a = 0; a < tile.chunk; a++) {
            double factor = tile.lambda[a * tile.lambdaColumns + tokenLevel] * tile.gateExp[a] * stateScale;
            float rounded = Math.abs(factor) >= ChunkLevelStates.NEGLIGIBLE ? (float) factor : 0f;
            out[a] = rounded;
            any |= rounded != 0f;
        }
        return any;
    }

    /** Copies the valid rows of the chunk's C x V output into o [B, T, H, V]. */
    static void scatterOutput(ChunkTile tile, Shape shape, int batch, int head, int chunkIndex, float[] chunkOutput,
            float[] o) {
        int valueDim = shape.valueDim();
        int first = chunkIndex * tile.chunk;
        for (int a = 0; a < tile.validRows; a++) {
            int index = ((batch * shape.length() + first + a) * shape.heads() + head) * valueDim;
            System.arraycopy(chunkOutput, a * valueDim, o, index, valueDim);
        }
    }
}
