package loglinear.reference;

import java.util.Arrays;

/**
 * Chunkwise log-linear Mamba-2 in float32 (spec section 5); Mamba-2 (lambda = 1) and linear attention (g = 0,
 * lambda = 1) run through the same code. One instance holds one worker's scratch, allocated once.
 *
 * <p>Per chunk z with Gl the gate cumulated inside the chunk:
 * <ul>
 *   <li>intra: O = [(Q K^T) * D * Lambda] V with D[a,b] = exp(Gl[a] - Gl[b]) and Lambda[a,b] = lambda[a, level(a,b)];</li>
 *   <li>inter: O += sum over set bits l-1 of z of diag(lambda[., c+l] * exp(Gl)) Q S^l;</li>
 *   <li>write (level-fused sweep): Fenwick carry of the states below z's lowest zero bit, decay of every state by
 *       exp(Gl[last]) (a log-scale update, see {@link ChunkLevelStates}), then
 *       S^(m+1) += (K * exp(Gl[last] - Gl))^T V.</li>
 * </ul>
 */
final class ChunkedMamba2 implements ChunkedHeadSweep {
    private final Shape shape;
    private final boolean vectorized;
    private final int chunk;
    private final int chunkBits;
    private final int chunks;
    private final ChunkTile tile;
    private final ChunkLevelStates states;
    private final int[] levelTable;
    private final float[] decay;
    private final float[] scores;
    private final float[] chunkOutput;
    private final float[] rowScale;
    private final float[] keysDecayed;
    private final float[] factors;

    ChunkedMamba2(Variant variant, Inputs inputs, Options options, ChunkConfig config) {
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
        this.decay = new float[chunk * chunk];
        this.scores = new float[chunk * chunk];
        this.chunkOutput = new float[chunk * valueDim];
        this.rowScale = new float[chunk];
        this.keysDecayed = new float[keyDim * chunk];
        this.factors = new float[chunk];
    }

    @Override
    public void run(int batch, int head, float[] o) {
        int keyDim = shape.keyDim();
        int valueDim = shape.valueDim();
        states.clear();
        for (int z = 0; z < chunks; z++) {
            tile.load(batch, head, z);
            // Step: intra-chunk P = (Q K^T) * D * Lambda, then O = P V (P lower triangular).
            ChunkStages.decayMatrix(vectorized, tile, decay);
            ChunkStages.queryKeyScores(vectorized, tile, scores);
            ChunkStages.lowerPart(chunk, scores, decay, scores, false);
            ChunkStages.applyLevelWeights(tile, levelTable, scores, null);
            Arrays.fill(chunkOutput, 0f);
            VectorMath.multiplyAdd(vectorized, chunk, valueDim, chunk, scores, 0, chunk, tile.v, 0, valueDim,
                    chunkOutput, 0, valueDim, null, 0, true, false);
            // Step: inter-chunk O += diag(lambda[., c+l] exp(Gl)) Q S^l for every non-empty chunk level l.
            for (int level = 1; level <= states.levels(); level++) {
                if (ChunkLevelStates.isRead(z, level)
                        && ChunkStages.readFactors(tile, chunkBits + level, states.logScale(level), rowScale)) {
                    VectorMath.multiplyAdd(vectorized, chunk, valueDim, keyDim, tile.q, 0, keyDim,
                            states.normalized(level), 0, valueDim, chunkOutput, 0, valueDim, rowScale, 0, false,
                            false);
                }
            }
            ChunkStages.scatterOutput(tile, shape, batch, head, z, chunkOutput, o);
            if (z + 1 < chunks) {
                writeChunk(z);
            }
        }
    }

    /** Carry, decay every state by exp(Gl[last]), then S^(m+1) += (K * exp(Gl[last] - Gl))^T V. */
    private void writeChunk(int z) {
        int keyDim = shape.keyDim();
        int valueDim = shape.valueDim();
        int target = states.carryAfter(z, vectorized);
        states.decay(z, target, tile.lastGate());
        float writeFactor = states.prepareWrite(z, target, vectorized);
        ChunkStages.keysDecayedToEnd(vectorized, tile, writeFactor, factors, keysDecayed);
        VectorMath.multiplyAdd(vectorized, keyDim, valueDim, chunk, keysDecayed, 0, chunk, tile.v, 0, valueDim,
                states.normalized(target), 0, valueDim);
    }
}
