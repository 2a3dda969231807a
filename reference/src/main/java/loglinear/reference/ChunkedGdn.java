package loglinear.reference;

import java.util.Arrays;

/**
 * Chunkwise log-linear Gated DeltaNet in float32 through the WY / UT representation (spec section 6); Gated
 * DeltaNet (lambda = 1) and DeltaNet (g = 0) run through the same code. One instance holds one worker's scratch.
 *
 * <p>Per chunk, with Gamma[a,b] = exp(Gl[a] - Gl[b]) (b <= a), M = (Q K^T) * Gamma and
 * A = (I + StrictLower(diag(beta) (Gamma * K K^T)))^-1, U = A (beta V):
 * <ul>
 *   <li>Intra: the coefficient of v_s in o_a is G[a,s] = q_a^T P(a,s) beta_s k_s, and G = M A diag(beta) (the
 *       plain-GDN intra output is M U = M A diag(beta) V). The log-linear intra term is O = (G * Lambda) V with
 *       Lambda[a,s] = lambda[a, level(a,s)]. Weighting M U instead would be wrong: U_b mixes the values of every
 *       s <= b, which sit at different levels.</li>
 *   <li>Transition: the scalar gates commute out of A_t ... A_1 = exp(Gl) prod (I - beta k k^T), so the chunk's
 *       transition is exp(Gl[last]) (I - K^T W^) with the ungated W^ = A^ (beta K),
 *       A^ = (I + StrictLower(diag(beta) K K^T))^-1. The scalar part only moves the state's log scale
 *       ({@link ChunkLevelStates}); the matrix part S = S - K^T (W^ S) is applied to every state that holds keys
 *       (only the write is placed by the Fenwick carry). States merged by the carry are merged first and transformed
 *       once, since the transition is linear.</li>
 *   <li>Reads: q_a^T P(a, start) = exp(Gl[a]) (Q - M^ W^)_a with M^ = Q K^T on and below the diagonal, so each
 *       chunk level costs one C x K x V product with row factors lambda[a, c+l] exp(Gl[a]) times the state's
 *       scale.</li>
 *   <li>Write: S^(m+1) += (K * exp(Gl[last] - Gl))^T U.</li>
 * </ul>
 */
final class ChunkedGdn implements ChunkedHeadSweep {
    private final Shape shape;
    private final boolean vectorized;
    private final int chunk;
    private final int chunkBits;
    private final int chunks;
    private final ChunkTile tile;
    private final ChunkLevelStates states;
    private final int[] levelTable;
    private final float[] decay;
    private final float[] queryKey;
    private final float[] queryKeyGated;
    private final float[] keyKey;
    private final float[] strictLower;
    private final float[] inverse;
    private final float[] inverseUngated;
    private final float[] effective;
    private final float[] weightedKeys;
    private final float[] wUngated;
    private final float[] weightedValues;
    private final float[] u;
    private final float[] queryHat;
    private final float[] chunkOutput;
    private final float[] rowScale;
    private final float[] minusOnes;
    private final float[] stateProduct;
    private final float[] keysDecayed;
    private final float[] factors;

    ChunkedGdn(Variant variant, Inputs inputs, Options options, ChunkConfig config) {
        this.shape = inputs.shape();
        this.vectorized = config.vectorized();
        this.chunk = config.chunk();
        this.chunkBits = config.chunkLog2();
        this.chunks = Math.ceilDiv(shape.length(), chunk);
        int keyDim = shape.keyDim();
        int valueDim = shape.valueDim();
        this.states = new ChunkLevelStates(chunks, keyDim, valueDim);
        this.tile = new ChunkTile(variant, inputs, options, chunk, states.levels());
        this.levelTable = Levels.chunkLevelTable(chunk);
        int square = chunk * chunk;
        this.decay = new float[square];
        this.queryKey = new float[square];
        this.queryKeyGated = new float[square];
        this.keyKey = new float[square];
        this.strictLower = new float[square];
        this.inverse = new float[square];
        this.inverseUngated = new float[square];
        this.effective = new float[square];
        this.weightedKeys = new float[chunk * keyDim];
        this.wUngated = new float[chunk * keyDim];
        this.weightedValues = new float[chunk * valueDim];
        this.u = new float[chunk * valueDim];
        this.queryHat = new float[chunk * keyDim];
        this.chunkOutput = new float[chunk * valueDim];
        this.rowScale = new float[chunk];
        this.minusOnes = new float[chunk];
        Arrays.fill(minusOnes, -1f);
        this.stateProduct = new float[chunk * valueDim];
        this.keysDecayed = new float[keyDim * chunk];
        this.factors = new float[chunk];
    }

    @Override
    public void run(int batch, int head, float[] o) {
        states.clear();
        for (int z = 0; z < chunks; z++) {
            tile.load(batch, head, z);
            prepareChunk();
            intraChunk();
            if (z > 0) {
                readStates(z);
            }
            ChunkStages.scatterOutput(tile, shape, batch, head, z, chunkOutput, o);
            if (z + 1 < chunks) {
                writeChunk(z);
            }
        }
    }

    /** M^, M, A, A^, W^ = A^ (beta K), U = A (beta V) of the loaded chunk. */
    private void prepareChunk() {
        int keyDim = shape.keyDim();
        int valueDim = shape.valueDim();
        ChunkStages.decayMatrix(vectorized, tile, decay);
        // Step: M^ = Q K^T and M = (Q K^T) * Gamma, lower triangular with the diagonal.
        ChunkStages.queryKeyScores(vectorized, tile, queryKeyGated);
        ChunkStages.lowerPart(chunk, queryKeyGated, null, queryKey, false);
        ChunkStages.lowerPart(chunk, queryKey, decay, queryKeyGated, false);
        // Step: A^ = (I + StrictLower(diag(beta) K K^T))^-1 and A = (I + StrictLower(diag(beta) (Gamma * K K^T)))^-1.
        ChunkStages.keyKeyScores(vectorized, tile, keyKey);
        for (int a = 0; a < chunk; a++) {
            VectorMath.scaleInto(vectorized, a, tile.beta[a], keyKey, a * chunk, keyKey, a * chunk);
        }
        // With L = diag(exp(Gl)) L^ diag(exp(-Gl)), A = diag(exp(Gl)) A^ diag(exp(-Gl)), i.e. A = A^ * Gamma.
        ChunkStages.lowerPart(chunk, keyKey, null, strictLower, true);
        ChunkStages.invertUnitLower(vectorized, chunk, strictLower, inverseUngated);
        ChunkStages.lowerPart(chunk, inverseUngated, decay, inverse, false);
        // Step: W^ = A^ (beta K), U = A (beta V).
        for (int a = 0; a < chunk; a++) {
            VectorMath.scaleInto(vectorized, keyDim, tile.beta[a], tile.k, a * keyDim, weightedKeys, a * keyDim);
            VectorMath.scaleInto(vectorized, valueDim, tile.beta[a], tile.v, a * valueDim, weightedValues,
                    a * valueDim);
        }
        Arrays.fill(wUngated, 0f);
        VectorMath.multiplyAdd(vectorized, chunk, keyDim, chunk, inverseUngated, 0, chunk, weightedKeys, 0, keyDim,
                wUngated, 0, keyDim, null, 0, true, false);
        Arrays.fill(u, 0f);
        VectorMath.multiplyAdd(vectorized, chunk, valueDim, chunk, inverse, 0, chunk, weightedValues, 0, valueDim,
                u, 0, valueDim, null, 0, true, false);
    }

    /** O = ((M A diag(beta)) * Lambda) V. */
    private void intraChunk() {
        int valueDim = shape.valueDim();
        Arrays.fill(effective, 0f);
        VectorMath.multiplyAdd(vectorized, chunk, chunk, chunk, queryKeyGated, 0, chunk, inverse, 0, chunk,
                effective, 0, chunk, null, 0, true, true);
        ChunkStages.applyLevelWeights(tile, levelTable, effective, tile.beta);
        Arrays.fill(chunkOutput, 0f);
        VectorMath.multiplyAdd(vectorized, chunk, valueDim, chunk, effective, 0, chunk, tile.v, 0, valueDim,
                chunkOutput, 0, valueDim, null, 0, true, false);
    }

    /** O += diag(lambda[., c+l] exp(Gl)) (Q - M^ W^) S^l for every non-empty chunk level l. */
    private void readStates(int z) {
        int keyDim = shape.keyDim();
        int valueDim = shape.valueDim();
        System.arraycopy(tile.q, 0, queryHat, 0, chunk * keyDim);
        VectorMath.multiplyAdd(vectorized, chunk, keyDim, chunk, queryKey, 0, chunk, wUngated, 0, keyDim,
                queryHat, 0, keyDim, minusOnes, 0, true, false);
        for (int level = 1; level <= states.levels(); level++) {
            if (ChunkLevelStates.isRead(z, level)
                    && ChunkStages.readFactors(tile, chunkBits + level, states.logScale(level), rowScale)) {
                VectorMath.multiplyAdd(vectorized, chunk, valueDim, keyDim, queryHat, 0, keyDim,
                        states.normalized(level), 0, valueDim, chunkOutput, 0, valueDim, rowScale, 0, false, false);
            }
        }
    }

    /** Carry; S = S - K^T (W^ S) and a log-scale decay for every state; then S^(m+1) += Kd^T U. */
    private void writeChunk(int z) {
        int keyDim = shape.keyDim();
        int valueDim = shape.valueDim();
        int target = states.carryAfter(z, vectorized);
        for (int level = 1; level <= states.levels(); level++) {
            if (ChunkLevelStates.holdsCarriedKeys(z, level, target)) {
                float[] state = states.normalized(level);
                // Step: X = -W^ S, then S = S + K^T X.
                Arrays.fill(stateProduct, 0f);
                VectorMath.multiplyAdd(vectorized, chunk, valueDim, keyDim, wUngated, 0, keyDim, state, 0, valueDim,
                        stateProduct, 0, valueDim, minusOnes, 0, false, false);
                VectorMath.multiplyAdd(vectorized, keyDim, valueDim, chunk, tile.kTransposed, 0, chunk, stateProduct,
                        0, valueDim, state, 0, valueDim);
                states.renormalize(level, vectorized);
            }
        }
        states.decay(z, target, tile.lastGate());
        float writeFactor = states.prepareWrite(z, target, vectorized);
        ChunkStages.keysDecayedToEnd(vectorized, tile, writeFactor, factors, keysDecayed);
        VectorMath.multiplyAdd(vectorized, keyDim, valueDim, chunk, keysDecayed, 0, chunk, u, 0, valueDim,
                states.normalized(target), 0, valueDim);
    }
}
