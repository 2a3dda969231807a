package loglinear.reference;

import java.util.Arrays;

/**
 * The oracle: the masked O(T^2) form of spec section 3 in double precision, with plain loops.
 *
 * <p>Log-linear Mamba-2 (linear attention: g = 0, lambda = 1; Mamba-2: lambda = 1):
 * {@code o[t] = sum_{s<=t} lambda[t, level(t,s)] * scale * (q[t].k[s]) * exp(Gc[t] - Gc[s]) * v[s]}.
 *
 * <p>Log-linear Gated DeltaNet (GDN: lambda = 1), with {@code A_r = exp(g_r)(I - beta_r k_r k_r^T)} and
 * {@code P(t,s) = A_t ... A_{s+1}}: {@code o[t] = sum_{s<=t} lambda[t, level(t,s)] * scale * q[t]^T P(t,s) beta_s k_s v_s^T}.
 * It is evaluated as {@code u_t = q_t}, {@code u_s = A_{s+1}^T u_{s+1}} walking s downwards, so each query costs
 * O(T K) rather than O(T K^2).
 */
public final class MaskedReference {
    private MaskedReference() {}

    /** o [B, T, H, V] of {@code variant} for float32 inputs, computed in double. */
    public static double[] forward(Variant variant, Inputs inputs, Options options) {
        inputs.requireFor(variant);
        Shape shape = inputs.shape();
        return forwardInDouble(variant, shape,
                widen(inputs.q()), widen(inputs.k()), widen(inputs.v()), widen(inputs.g()),
                inputs.beta() == null ? null : widen(inputs.beta()), widen(inputs.lambda()), options);
    }

    /**
     * The same operator on double tensors (flat, C order, shapes as in {@link Inputs}). {@code beta} may be null
     * for variants without the delta rule. q and k are normalised here when {@code options.qkL2Norm()}.
     */
    public static double[] forwardInDouble(Variant variant, Shape shape, double[] q, double[] k, double[] v,
            double[] g, double[] beta, double[] lambda, Options options) {
        requireLength("q", q, shape.qkElements(), shape.qkDims());
        requireLength("k", k, shape.qkElements(), shape.qkDims());
        requireLength("v", v, shape.vElements(), shape.vDims());
        requireLength("g", g, shape.gateElements(), shape.gateDims());
        requireLength("lambda", lambda, shape.lambdaElements(), shape.lambdaDims());
        if (variant.deltaRule()) {
            if (beta == null) {
                throw new IllegalArgumentException("variant " + variant.cliName() + " needs beta of shape "
                        + Arrays.toString(shape.gateDims()) + " [B, T, H], got none");
            }
            requireLength("beta", beta, shape.gateElements(), shape.gateDims());
        }
        double[] qn = options.qkL2Norm() ? normalizedRows(q, shape.keyDim()) : q;
        double[] kn = options.qkL2Norm() ? normalizedRows(k, shape.keyDim()) : k;
        double[] o = new double[Math.toIntExact(shape.vElements())];
        for (int b = 0; b < shape.batch(); b++) {
            for (int h = 0; h < shape.heads(); h++) {
                HeadView head = new HeadView(variant, shape, b, h, qn, kn, v, g, beta, lambda, options.scale());
                if (variant.deltaRule()) {
                    deltaRuleHead(head, o);
                } else {
                    scalarDecayHead(head, o);
                }
            }
        }
        return o;
    }

    /** Step: o[t] += lambda * scale * (q[t].k[s]) * exp(Gc[t] - Gc[s]) * v[s] for all s <= t. */
    private static void scalarDecayHead(HeadView head, double[] o) {
        int length = head.shape.length();
        double[] cumulativeGate = head.cumulativeGate();
        for (int t = 0; t < length; t++) {
            for (int s = 0; s <= t; s++) {
                double qk = 0;
                for (int i = 0; i < head.keyDim; i++) {
                    qk += head.q(t, i) * head.k(s, i);
                }
                double weight = head.lambda(t, Levels.level(t, s)) * head.scale * qk
                        * Math.exp(cumulativeGate[t] - cumulativeGate[s]);
                head.addToOutput(o, t, s, weight);
            }
        }
    }

    /** Step: u_t = q_t; for s = t..0: o[t] += lambda * scale * beta_s (u_s.k_s) v_s, then u_{s-1} = A_s^T u_s. */
    private static void deltaRuleHead(HeadView head, double[] o) {
        int length = head.shape.length();
        double[] u = new double[head.keyDim];
        for (int t = 0; t < length; t++) {
            for (int i = 0; i < head.keyDim; i++) {
                u[i] = head.q(t, i);
            }
            for (int s = t; s >= 0; s--) {
                double uk = 0;
                for (int i = 0; i < head.keyDim; i++) {
                    uk += u[i] * head.k(s, i);
                }
                double weight = head.lambda(t, Levels.level(t, s)) * head.scale * head.beta(s) * uk;
                head.addToOutput(o, t, s, weight);
                // A_s^T u = exp(g_s) (u - beta_s k_s (k_s . u)); the transition of step s is applied for keys before s.
                double decay = Math.exp(head.gate(s));
                double betaUk = head.beta(s) * uk;
                for (int i = 0; i < head.keyDim; i++) {
                    u[i] = decay * (u[i] - betaUk * head.k(s, i));
                }
            }
        }
    }

    /** Indexing into one (b, h) slice of the flat tensors, with the variant's fixed values of g and lambda. */
    private static final class HeadView {
        final Shape shape;
        final int keyDim;
        final int valueDim;
        final double scale;
        private final Variant variant;
        private final int batchIndex;
        private final int head;
        private final int group;
        private final double[] q;
        private final double[] k;
        private final double[] v;
        private final double[] g;
        private final double[] beta;
        private final double[] lambda;

        HeadView(Variant variant, Shape shape, int batchIndex, int head, double[] q, double[] k, double[] v,
                double[] g, double[] beta, double[] lambda, double scale) {
            this.variant = variant;
            this.shape = shape;
            this.keyDim = shape.keyDim();
            this.valueDim = shape.valueDim();
            this.scale = scale;
            this.batchIndex = batchIndex;
            this.head = head;
            this.group = shape.groupOf(head);
            this.q = q;
            this.k = k;
            this.v = v;
            this.g = g;
            this.beta = beta;
            this.lambda = lambda;
        }

        double q(int t, int i) {
            return q[qkIndex(t) + i];
        }

        double k(int t, int i) {
            return k[qkIndex(t) + i];
        }

        double gate(int t) {
            return variant.gated() ? g[gateIndex(t)] : 0.0;
        }

        double beta(int t) {
            return beta[gateIndex(t)];
        }

        double lambda(int t, int level) {
            return variant.logLinear() ? lambda[gateIndex(t) * shape.levels() + level] : 1.0;
        }

        /** Gc[t] = g[0] + ... + g[t]. */
        double[] cumulativeGate() {
            double[] cumulative = new double[shape.length()];
            double sum = 0;
            for (int t = 0; t < shape.length(); t++) {
                sum += gate(t);
                cumulative[t] = sum;
            }
            return cumulative;
        }

        /** o[t] += weight * v[s]. */
        void addToOutput(double[] o, int t, int s, double weight) {
            int out = gateIndex(t) * valueDim;
            int in = gateIndex(s) * valueDim;
            for (int j = 0; j < valueDim; j++) {
                o[out + j] += weight * v[in + j];
            }
        }

        private int qkIndex(int t) {
            return ((batchIndex * shape.length() + t) * shape.groups() + group) * keyDim;
        }

        private int gateIndex(int t) {
            return (batchIndex * shape.length() + t) * shape.heads() + head;
        }
    }

    private static double[] normalizedRows(double[] x, int rowLength) {
        double[] out = new double[x.length];
        for (int offset = 0; offset < x.length; offset += rowLength) {
            double sumOfSquares = 0;
            for (int i = 0; i < rowLength; i++) {
                sumOfSquares += x[offset + i] * x[offset + i];
            }
            double factor = 1.0 / Math.sqrt(sumOfSquares + Options.L2_NORM_EPS);
            for (int i = 0; i < rowLength; i++) {
                out[offset + i] = x[offset + i] * factor;
            }
        }
        return out;
    }

    private static double[] widen(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }

    private static void requireLength(String name, double[] data, long expected, int[] dims) {
        if (data == null) {
            throw new IllegalArgumentException(name + " is missing: expected shape " + Arrays.toString(dims));
        }
        if (data.length != expected) {
            throw new IllegalArgumentException(name + " has " + data.length + " elements, expected shape "
                    + Arrays.toString(dims) + " = " + expected + " elements");
        }
    }
}
