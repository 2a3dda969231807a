package loglinear.reference;

import java.util.Arrays;

/**
 * The recurrent form of spec section 4: O(log T) state, one token per step. For each step t and each (b, h):
 * <ol>
 *   <li>Fenwick carry (t > 0): m = numberOfTrailingZeros(t); S^(m+1) = S^0 + ... + S^m; S^0..S^m = 0.</li>
 *   <li>Transition every occupied bucket: Mamba-2 S *= exp(g_t); GDN S = exp(g_t)(I - beta k k^T) S, computed as
 *       S - beta k (k^T S) without forming K x K (the exp(g_t) goes into the bucket's scalar factor).</li>
 *   <li>Write the token: S^0 = k v^T, or beta k v^T for GDN.</li>
 *   <li>Read: o = sum_l lambda^(l) scale (S^l)^T q; only bucket 0 and buckets l with bit l-1 of t set are
 *       occupied, so the others are skipped.</li>
 * </ol>
 * Base variants use lambda = 1 (and LINEAR g = 0); inputs a variant does not read may be null.
 *
 * <p>A FLOAT state computes in float (Vector API inner loops) and is used through {@link #step} and
 * {@link #prefill}; a DOUBLE state through {@link #stepDouble} and {@link #prefillDouble}. A step allocates
 * nothing; the decoder keeps scratch buffers, so use one decoder per thread.
 */
public final class RecurrentDecoder {
    private final Variant variant;
    private final Options options;
    private final Scratch scratch = new Scratch();

    public RecurrentDecoder(Variant variant, Options options) {
        if (variant == null || options == null) {
            throw new IllegalArgumentException("variant and options must not be null, got variant=" + variant
                    + ", options=" + options);
        }
        this.variant = variant;
        this.options = options;
    }

    public Variant variant() {
        return variant;
    }

    public Options options() {
        return options;
    }

    /**
     * One token for a FLOAT state: q, k [B, G, K]; v [B, H, V]; g, beta [B, H]; lambda [B, H, L'] with
     * L' >= levels(position + 1) (extra columns ignored); writes o [B, H, V].
     */
    public void step(RecurrentState state, float[] q, float[] k, float[] v, float[] g, float[] beta,
            float[] lambda, float[] o) {
        requirePrecision(state, RecurrentState.Precision.FLOAT, "step");
        StepLayout layout = StepLayout.of(variant, state, q, k, v, g, beta, lambda);
        requireLength("o", o, layout.vLength, "[B, H, V]", state.batch(), state.heads(), state.valueDim());
        requireCapacity(state, 1);
        beginToken(state);
        for (int b = 0; b < state.batch(); b++) {
            tokenFloat(state, b, layout.groups, q, k, b * layout.groups * state.keyDim(), v,
                    b * state.heads() * state.valueDim(), g, beta, b * state.heads(), lambda, layout.lambdaWidth, o);
        }
        state.advance();
    }

    /** {@link #step} for a DOUBLE state, writing o [B, H, V] in double. */
    public void stepDouble(RecurrentState state, float[] q, float[] k, float[] v, float[] g, float[] beta,
            float[] lambda, double[] o) {
        requirePrecision(state, RecurrentState.Precision.DOUBLE, "stepDouble");
        StepLayout layout = StepLayout.of(variant, state, q, k, v, g, beta, lambda);
        if (o == null || o.length != layout.vLength) {
            throw new IllegalArgumentException("o has " + (o == null ? "no" : o.length) + " elements, expected [B, H, V] = "
                    + Arrays.toString(new int[] {state.batch(), state.heads(), state.valueDim()}) + " = "
                    + layout.vLength + " elements");
        }
        requireCapacity(state, 1);
        beginToken(state);
        for (int b = 0; b < state.batch(); b++) {
            tokenDouble(state, b, layout.groups, q, k, b * layout.groups * state.keyDim(), v,
                    b * state.heads() * state.valueDim(), g, beta, b * state.heads(), lambda, layout.lambdaWidth, o);
        }
        state.advance();
    }

    /** Runs all T tokens of {@code inputs} through a FLOAT state, from its current position; o [B, T, H, V]. */
    public float[] prefill(Inputs inputs, RecurrentState state) {
        requirePrecision(state, RecurrentState.Precision.FLOAT, "prefill");
        Shape shape = requirePrefill(inputs, state);
        float[] o = new float[Math.toIntExact(shape.vElements())];
        for (int t = 0; t < shape.length(); t++) {
            beginToken(state);
            for (int b = 0; b < shape.batch(); b++) {
                int token = b * shape.length() + t;
                tokenFloat(state, b, shape.groups(), inputs.q(), inputs.k(), token * shape.groups() * shape.keyDim(),
                        inputs.v(), token * shape.heads() * shape.valueDim(), inputs.g(), inputs.beta(),
                        token * shape.heads(), inputs.lambda(), shape.levels(), o);
            }
            state.advance();
        }
        return o;
    }

    /** {@link #prefill} for a DOUBLE state; o [B, T, H, V] in double. */
    public double[] prefillDouble(Inputs inputs, RecurrentState state) {
        requirePrecision(state, RecurrentState.Precision.DOUBLE, "prefillDouble");
        Shape shape = requirePrefill(inputs, state);
        double[] o = new double[Math.toIntExact(shape.vElements())];
        for (int t = 0; t < shape.length(); t++) {
            beginToken(state);
            for (int b = 0; b < shape.batch(); b++) {
                int token = b * shape.length() + t;
                tokenDouble(state, b, shape.groups(), inputs.q(), inputs.k(), token * shape.groups() * shape.keyDim(),
                        inputs.v(), token * shape.heads() * shape.valueDim(), inputs.g(), inputs.beta(),
                        token * shape.heads(), inputs.lambda(), shape.levels(), o);
            }
            state.advance();
        }
        return o;
    }

    // ---------------------------------------------------------------- one token

    /** The part of step 1 shared by every (b, h): level m+1 takes over level m's block (m = ntz(t) >= 1). */
    private static void beginToken(RecurrentState state) {
        long t = state.position();
        if (t > 0 && Long.numberOfTrailingZeros(t) >= 1) {
            state.renameForCarry(Long.numberOfTrailingZeros(t));
        }
    }

    /**
     * One token of batch row b. Offsets: q/k rows of this token start at {@code qkBase} (group-major), v and o at
     * {@code vBase} (head-major), g/beta at {@code gateBase}, lambda at {@code gateBase * lambdaWidth}.
     */
    private void tokenFloat(RecurrentState state, int b, int groups, float[] q, float[] k, int qkBase, float[] v,
            int vBase, float[] g, float[] beta, int gateBase, float[] lambda, int lambdaWidth, float[] o) {
        int keyDim = state.keyDim();
        int valueDim = state.valueDim();
        scratch.ensure(groups, keyDim, valueDim, state.levels());
        float[] qn = scratch.qFloat;
        float[] kn = scratch.kFloat;
        float[] acc = scratch.accFloat;
        for (int grp = 0; grp < groups; grp++) {
            L2Norm.copyRow(q, qkBase + grp * keyDim, keyDim, options.qkL2Norm(), qn, grp * keyDim);
            L2Norm.copyRow(k, qkBase + grp * keyDim, keyDim, options.qkL2Norm(), kn, grp * keyDim);
        }
        long t = state.position();
        int headsPerGroup = state.heads() / groups;
        float[] blocks = state.floatBlocks;
        float[] newestKey = state.floatNewestKey;
        float[] newestValue = state.floatNewestValue;
        double[] factors = state.decayFactors;
        int[] levelOffsets = scratch.levelOffsets;
        for (int h = 0; h < state.heads(); h++) {
            int pair = b * state.heads() + h;
            int qkOffset = (h / headsPerGroup) * keyDim;
            int gate = gateBase + h;
            int lambdaRow = gate * lambdaWidth;
            int factorBase = state.factorIndex(pair, 0);
            int keyOffset = pair * keyDim;
            int valueOffset = pair * valueDim;
            for (int level = 1; level < state.levels(); level++) {
                levelOffsets[level] = state.blockOffset(pair, level);
            }
            // Step 1: Fenwick carry S^(m+1) = S^0 + ... + S^m (S^0 is the previous token's beta k v^T). The
            // delta rule fuses it into step 2 of bucket m+1, the first bucket the loop below visits.
            int carried = t > 0 ? Long.numberOfTrailingZeros(t) : -1;
            if (carried >= 0 && !variant.deltaRule()) {
                RecurrentBucketMath.carry(blocks, levelOffsets, factors, factorBase, carried, newestKey, keyOffset,
                        newestValue, valueOffset, keyDim, valueDim);
            }
            // Steps 2 and 4 for buckets l >= 1 (bit l-1 of t set): transition, then acc += lambda scale c S^T q.
            double decay = Math.exp(gateValue(g, gate));
            float betaValue = variant.deltaRule() ? beta[gate] : 1f;
            float kDotQ = RecurrentBucketMath.dot(kn, qkOffset, qn, qkOffset, keyDim);
            Arrays.fill(acc, 0, valueDim, 0f);
            for (long bits = t; bits != 0; bits &= bits - 1) {
                int level = Long.numberOfTrailingZeros(bits) + 1;
                if (variant.deltaRule() && level == carried + 1) {
                    // The carry leaves factor 1 on the carried bucket, so after the transition it is exp(g).
                    float coef = (float) (lambdaValue(lambda, lambdaRow, level) * options.scale() * decay);
                    RecurrentBucketMath.carryThenDeltaTransitionAndRead(blocks, levelOffsets, factors, factorBase,
                            carried, newestKey, keyOffset, newestValue, valueOffset, keyDim, valueDim, qn, qkOffset,
                            kn, qkOffset, betaValue, kDotQ, coef, acc);
                    factors[factorBase + level] *= decay;
                    continue;
                }
                factors[factorBase + level] *= decay;
                float coef = (float) (lambdaValue(lambda, lambdaRow, level) * options.scale() * factors[factorBase + level]);
                if (variant.deltaRule()) {
                    RecurrentBucketMath.deltaTransitionAndRead(blocks, levelOffsets[level], keyDim, valueDim, qn,
                            qkOffset, kn, qkOffset, betaValue, kDotQ, coef, acc);
                } else {
                    RecurrentBucketMath.readInto(blocks, levelOffsets[level], keyDim, valueDim, qn, qkOffset, coef, acc);
                }
            }
            // Step 3: S^0 = beta k v^T, kept as the pair (beta k, v).
            int vOffset = vBase + h * valueDim;
            for (int i = 0; i < keyDim; i++) {
                newestKey[keyOffset + i] = betaValue * kn[qkOffset + i];
            }
            System.arraycopy(v, vOffset, newestValue, valueOffset, valueDim);
            // Step 4 for bucket 0: (S^0)^T q = beta (k.q) v.
            float coef0 = (float) (lambdaValue(lambda, lambdaRow, 0) * options.scale() * betaValue * kDotQ);
            for (int j = 0; j < valueDim; j++) {
                o[vOffset + j] = acc[j] + coef0 * v[vOffset + j];
            }
        }
    }

    private void tokenDouble(RecurrentState state, int b, int groups, float[] q, float[] k, int qkBase, float[] v,
            int vBase, float[] g, float[] beta, int gateBase, float[] lambda, int lambdaWidth, double[] o) {
        int keyDim = state.keyDim();
        int valueDim = state.valueDim();
        scratch.ensure(groups, keyDim, valueDim, state.levels());
        double[] qn = scratch.qDouble;
        double[] kn = scratch.kDouble;
        double[] acc = scratch.accDouble;
        for (int grp = 0; grp < groups; grp++) {
            L2Norm.copyRow(q, qkBase + grp * keyDim, keyDim, options.qkL2Norm(), qn, grp * keyDim);
            L2Norm.copyRow(k, qkBase + grp * keyDim, keyDim, options.qkL2Norm(), kn, grp * keyDim);
        }
        long t = state.position();
        int headsPerGroup = state.heads() / groups;
        double[] blocks = state.doubleBlocks;
        double[] newestKey = state.doubleNewestKey;
        double[] newestValue = state.doubleNewestValue;
        double[] factors = state.decayFactors;
        int[] levelOffsets = scratch.levelOffsets;
        for (int h = 0; h < state.heads(); h++) {
            int pair = b * state.heads() + h;
            int qkOffset = (h / headsPerGroup) * keyDim;
            int gate = gateBase + h;
            int lambdaRow = gate * lambdaWidth;
            int factorBase = state.factorIndex(pair, 0);
            int keyOffset = pair * keyDim;
            int valueOffset = pair * valueDim;
            for (int level = 1; level < state.levels(); level++) {
                levelOffsets[level] = state.blockOffset(pair, level);
            }
            // Step 1: Fenwick carry S^(m+1) = S^0 + ... + S^m (S^0 is the previous token's beta k v^T).
            if (t > 0) {
                RecurrentBucketMath.carry(blocks, levelOffsets, factors, factorBase, Long.numberOfTrailingZeros(t),
                        newestKey, keyOffset, newestValue, valueOffset, keyDim, valueDim);
            }
            // Steps 2 and 4 for buckets l >= 1 (bit l-1 of t set): transition, then acc += lambda scale c S^T q.
            double decay = Math.exp(gateValue(g, gate));
            double betaValue = variant.deltaRule() ? beta[gate] : 1.0;
            double kDotQ = RecurrentBucketMath.dot(kn, qkOffset, qn, qkOffset, keyDim);
            Arrays.fill(acc, 0, valueDim, 0.0);
            for (long bits = t; bits != 0; bits &= bits - 1) {
                int level = Long.numberOfTrailingZeros(bits) + 1;
                factors[factorBase + level] *= decay;
                double coef = lambdaValue(lambda, lambdaRow, level) * options.scale() * factors[factorBase + level];
                if (variant.deltaRule()) {
                    RecurrentBucketMath.deltaTransitionAndRead(blocks, levelOffsets[level], keyDim, valueDim, qn,
                            qkOffset, kn, qkOffset, betaValue, kDotQ, coef, scratch.wDouble, scratch.rDouble, acc);
                } else {
                    RecurrentBucketMath.readInto(blocks, levelOffsets[level], keyDim, valueDim, qn, qkOffset, coef, acc);
                }
            }
            // Step 3: S^0 = beta k v^T, kept as the pair (beta k, v).
            int vOffset = vBase + h * valueDim;
            for (int i = 0; i < keyDim; i++) {
                newestKey[keyOffset + i] = betaValue * kn[qkOffset + i];
            }
            for (int j = 0; j < valueDim; j++) {
                newestValue[valueOffset + j] = v[vOffset + j];
            }
            // Step 4 for bucket 0: (S^0)^T q = beta (k.q) v.
            double coef0 = lambdaValue(lambda, lambdaRow, 0) * options.scale() * betaValue * kDotQ;
            for (int j = 0; j < valueDim; j++) {
                o[vOffset + j] = acc[j] + coef0 * v[vOffset + j];
            }
        }
    }

    private double gateValue(float[] g, int index) {
        return variant.gated() ? g[index] : 0.0;
    }

    private double lambdaValue(float[] lambda, int row, int level) {
        return variant.logLinear() ? lambda[row + level] : 1.0;
    }

    // ---------------------------------------------------------------- checks

    private Shape requirePrefill(Inputs inputs, RecurrentState state) {
        inputs.requireFor(variant);
        Shape shape = inputs.shape();
        if (shape.batch() != state.batch() || shape.heads() != state.heads() || shape.keyDim() != state.keyDim()
                || shape.valueDim() != state.valueDim()) {
            throw new IllegalArgumentException("inputs of shape " + shape + " do not fit the state " + state.describe()
                    + ": B, H, K and V must match");
        }
        requireCapacity(state, shape.length());
        if (variant.logLinear() && shape.length() > 0) {
            int needed = levelsFor(state.position() + shape.length());
            if (shape.levels() < needed) {
                throw new IllegalArgumentException("lambda has L = " + shape.levels() + " columns, but tokens up to"
                        + " position " + (state.position() + shape.length() - 1) + " read " + needed + " levels:"
                        + " expected lambda [B, T, H, L] with L >= " + needed);
            }
        }
        return shape;
    }

    private static void requireCapacity(RecurrentState state, long tokens) {
        if (state.position() + tokens > state.capacity()) {
            throw new IllegalArgumentException("state with L = " + state.levels() + " levels holds at most "
                    + state.capacity() + " tokens; it is at position " + state.position() + " and was given " + tokens
                    + " more: build it with L >= " + levelsFor(state.position() + tokens));
        }
    }

    private static void requirePrecision(RecurrentState state, RecurrentState.Precision expected, String method) {
        if (state == null) {
            throw new IllegalArgumentException("state must not be null");
        }
        if (state.precision() != expected) {
            throw new IllegalArgumentException(method + " needs a " + expected + " state, got " + state.describe());
        }
    }

    /** levels(T) for a long T: bitlength(T - 1) + 1, and 1 for T <= 1. */
    static int levelsFor(long length) {
        return length <= 1 ? 1 : 64 - Long.numberOfLeadingZeros(length - 1) + 1;
    }

    /**
     * Checks a flat tensor's length against its layout (dims d0, d1 and d2 when d2 >= 0); the message is built
     * only on failure, so a step allocates nothing.
     */
    private static void requireLength(String name, float[] data, int expected, String layout, int d0, int d1, int d2) {
        if (data == null || data.length != expected) {
            int[] dims = d2 >= 0 ? new int[] {d0, d1, d2} : new int[] {d0, d1};
            throw new IllegalArgumentException(name + " has " + (data == null ? "no" : data.length)
                    + " elements, expected " + layout + " = " + Arrays.toString(dims) + " = " + expected
                    + " elements");
        }
    }

    /** Sizes of one step's inputs, checked against the state. */
    private record StepLayout(int groups, int lambdaWidth, int vLength) {
        static StepLayout of(Variant variant, RecurrentState state, float[] q, float[] k, float[] v, float[] g,
                float[] beta, float[] lambda) {
            int batch = state.batch();
            int heads = state.heads();
            int keyDim = state.keyDim();
            if (q == null || q.length == 0 || q.length % (batch * keyDim) != 0
                    || heads % (q.length / (batch * keyDim)) != 0) {
                throw new IllegalArgumentException("q has " + (q == null ? "no" : q.length) + " elements, expected"
                        + " [B, G, K] = [" + batch + ", G, " + keyDim + "] with G dividing H = " + heads);
            }
            int groups = q.length / (batch * keyDim);
            requireLength("k", k, q.length, "[B, G, K]", batch, groups, keyDim);
            int vLength = batch * heads * state.valueDim();
            requireLength("v", v, vLength, "[B, H, V]", batch, heads, state.valueDim());
            if (variant.gated()) {
                requireLength("g", g, batch * heads, "[B, H]", batch, heads, -1);
            }
            if (variant.deltaRule()) {
                requireLength("beta", beta, batch * heads, "[B, H]", batch, heads, -1);
            }
            int lambdaWidth = 0;
            if (variant.logLinear()) {
                int needed = levelsFor(state.position() + 1);
                if (lambda == null || lambda.length % (batch * heads) != 0
                        || lambda.length / (batch * heads) < needed) {
                    throw new IllegalArgumentException("lambda has " + (lambda == null ? "no" : lambda.length)
                            + " elements, expected [B, H, L] = [" + batch + ", " + heads + ", L] with L >= " + needed
                            + " at position " + state.position());
                }
                lambdaWidth = lambda.length / (batch * heads);
            }
            return new StepLayout(groups, lambdaWidth, vLength);
        }
    }

    /**
     * Per-token scratch: normalised q/k of every group, the output accumulator, the delta-rule vectors (double
     * state) and the block offset of each level of the current (b, h).
     */
    private static final class Scratch {
        float[] qFloat = new float[0];
        float[] kFloat = new float[0];
        float[] accFloat = new float[0];
        double[] qDouble = new double[0];
        double[] kDouble = new double[0];
        double[] accDouble = new double[0];
        double[] wDouble = new double[0];
        double[] rDouble = new double[0];

        int[] levelOffsets = new int[0];

        void ensure(int groups, int keyDim, int valueDim, int levels) {
            if (levelOffsets.length < levels) {
                levelOffsets = new int[levels];
            }
            int qkLength = groups * keyDim;
            if (qFloat.length < qkLength) {
                qFloat = new float[qkLength];
                kFloat = new float[qkLength];
                qDouble = new double[qkLength];
                kDouble = new double[qkLength];
            }
            if (accFloat.length < valueDim) {
                accFloat = new float[valueDim];
                accDouble = new double[valueDim];
                wDouble = new double[valueDim];
                rDouble = new double[valueDim];
            }
        }
    }
}
