package loglinear.reference;

import java.util.Arrays;

/**
 * The inter-chunk states of one (batch, head) in the level-fused sweep (spec section 5): one K x V row-major state
 * per chunk level l = 1 .. levels, where chunk level l holds the chunks z' with bitlength(z XOR z') = l, read at
 * token level c + l. While chunk z is processed, exactly the states of the set bits of z are non-empty (bit l-1 of
 * z set for state l); empty states are kept at zero.
 *
 * <p>Each state is stored as {@code S^l = exp(logScale[l]) * normalized[l]}: the scalar decay of a chunk only adds
 * Gl[last] to the log scale, and readers fold {@code exp(logScale)} into per-row factors. The stored matrices
 * therefore keep the magnitude of the keys and values that were written, and never drift into subnormal floats,
 * however long the sequence ({@link #renormalize} does the same for matrix transitions). Factors below {@link #NEGLIGIBLE} are flushed to zero (as flush-to-zero hardware does).
 */
final class ChunkLevelStates {
    /** Relative factors below 2^-100 are treated as zero. */
    static final float NEGLIGIBLE = 0x1p-100f;
    private static final int RENORMALIZE_EXPONENT = 30;
    private static final double LN_2 = Math.log(2.0);

    private final int keyDim;
    private final int valueDim;
    private final float[][] states;
    private final double[] logScale;

    /** States for a sweep over {@code chunks} chunks: chunk levels 1 .. bitlength(chunks - 1). */
    ChunkLevelStates(int chunks, int keyDim, int valueDim) {
        this.keyDim = keyDim;
        this.valueDim = valueDim;
        int levels = levelsFor(chunks);
        this.states = new float[levels + 1][];
        for (int l = 1; l <= levels; l++) {
            states[l] = new float[keyDim * valueDim];
        }
        this.logScale = new double[levels + 1];
    }

    /** Chunk levels a sweep over {@code chunks} chunks uses: bitlength(chunks - 1), 0 for a single chunk. */
    static int levelsFor(int chunks) {
        return chunks <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(chunks - 1);
    }

    int levels() {
        return states.length - 1;
    }

    /** The normalized state of chunk level l (1-based), K x V row-major; the state is exp(logScale(l)) times it. */
    float[] normalized(int level) {
        return states[level];
    }

    double logScale(int level) {
        return logScale[level];
    }

    /** True when chunk level l is non-empty while chunk {@code chunkIndex} is processed: bit l-1 of the index. */
    static boolean isRead(int chunkIndex, int level) {
        return ((chunkIndex >>> (level - 1)) & 1) != 0;
    }

    /**
     * After {@link #carryAfter} of chunk z returned {@code target}: true when state l holds keys of earlier chunks
     * (the set bits of z + 1, except a target that received nothing because z is even). Those are the states the
     * chunk's transition must be applied to.
     */
    static boolean holdsCarriedKeys(int chunkIndex, int level, int target) {
        return isRead(chunkIndex + 1, level) && (level != target || target > 1);
    }

    void clear() {
        for (int l = 1; l < states.length; l++) {
            Arrays.fill(states[l], 0f);
        }
        Arrays.fill(logScale, 0.0);
    }

    /**
     * The Fenwick carry after chunk z, before z's own write: with m = number of trailing one-bits of z,
     * S^(m+1) = S^1 + ... + S^m and S^1 .. S^m = 0. Returns m + 1, the level that receives chunk z's write.
     * Afterwards the non-empty states are those of the set bits of z + 1.
     */
    int carryAfter(int chunkIndex, boolean vectorized) {
        int trailingOnes = Integer.numberOfTrailingZeros(~chunkIndex);
        int target = trailingOnes + 1;
        if (trailingOnes == 0) {
            return target;
        }
        // Step: S^(m+1) = sum_j exp(ls_j - top) S^j at log scale top = max_j ls_j.
        double top = Double.NEGATIVE_INFINITY;
        for (int l = 1; l <= trailingOnes; l++) {
            top = Math.max(top, logScale[l]);
        }
        float[] destination = states[target];
        int size = keyDim * valueDim;
        for (int l = 1; l <= trailingOnes; l++) {
            float factor = (float) Math.exp(logScale[l] - top);
            if (factor >= NEGLIGIBLE) {
                VectorMath.axpy(vectorized, size, factor, states[l], 0, destination, 0);
            }
            Arrays.fill(states[l], 0f);
            logScale[l] = 0.0;
        }
        logScale[target] = top;
        return target;
    }

    /** The scalar part of chunk z's transition, exp(gate), applied to every state that holds earlier keys. */
    void decay(int chunkIndex, int target, double gate) {
        for (int l = 1; l < states.length; l++) {
            if (holdsCarriedKeys(chunkIndex, l, target)) {
                logScale[l] += gate;
            }
        }
    }

    /**
     * Moves a power of two between state l and its log scale when the largest entry leaves [2^-30, 2^30], so that
     * matrix transitions that shrink a state (the delta rule's I - beta k k^T) never drive it into subnormal floats.
     */
    void renormalize(int level, boolean vectorized) {
        float[] state = states[level];
        float max = VectorMath.maxAbs(vectorized, state.length, state, 0);
        if (max == 0f) {
            return;
        }
        int exponent = Math.getExponent(max);
        if (exponent >= -RENORMALIZE_EXPONENT && exponent <= RENORMALIZE_EXPONENT) {
            return;
        }
        VectorMath.scaleInto(vectorized, state.length, Math.scalb(1f, -exponent), state, 0, state, 0);
        logScale[level] += exponent * LN_2;
    }

    /**
     * Brings state {@code target} to a log scale of at least 0, so a write of absolute scale 1 can be added, and
     * returns the factor that write must be multiplied by (1, or exp(-logScale) when the state has grown).
     */
    float prepareWrite(int chunkIndex, int target, boolean vectorized) {
        boolean holdsKeys = holdsCarriedKeys(chunkIndex, target, target);
        double scale = logScale[target];
        if (!holdsKeys) {
            logScale[target] = 0.0;
            return 1f;
        }
        if (scale > 0) {
            float factor = (float) Math.exp(-scale);
            return factor >= NEGLIGIBLE ? factor : 0f;
        }
        float[] state = states[target];
        float factor = (float) Math.exp(scale);
        if (factor >= NEGLIGIBLE) {
            VectorMath.scaleInto(vectorized, state.length, factor, state, 0, state, 0);
        } else {
            Arrays.fill(state, 0f);
        }
        logScale[target] = 0.0;
        return 1f;
    }
}
