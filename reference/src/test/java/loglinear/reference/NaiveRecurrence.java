package loglinear.reference;

/**
 * The textbook full-state recurrences of the base models, independent of the masked oracle and of the Fenwick
 * decoder: Mamba-2 S_t = exp(g_t) S_{t-1} + k_t v_t^T; Gated DeltaNet S_t = exp(g_t)(I - beta_t k_t k_t^T) S_{t-1}
 * + beta_t k_t v_t^T; o_t = scale S_t^T q_t. Linear attention is Mamba-2 with g = 0, DeltaNet is GDN with g = 0.
 */
final class NaiveRecurrence {
    private NaiveRecurrence() {}

    static double[] forward(Variant variant, Inputs inputs, Options options) {
        Shape shape = inputs.shape();
        int keyDim = shape.keyDim();
        int valueDim = shape.valueDim();
        double[] q = L2Norm.rowsInDouble(inputs.q(), keyDim, options.qkL2Norm());
        double[] k = L2Norm.rowsInDouble(inputs.k(), keyDim, options.qkL2Norm());
        double[] o = new double[Math.toIntExact(shape.vElements())];
        for (int b = 0; b < shape.batch(); b++) {
            for (int h = 0; h < shape.heads(); h++) {
                double[][] state = new double[keyDim][valueDim];
                for (int t = 0; t < shape.length(); t++) {
                    int qk = ((b * shape.length() + t) * shape.groups() + shape.groupOf(h)) * keyDim;
                    int gate = (b * shape.length() + t) * shape.heads() + h;
                    int v = gate * valueDim;
                    double decay = variant.gated() ? Math.exp(inputs.g()[gate]) : 1.0;
                    double beta = variant.deltaRule() ? inputs.beta()[gate] : 1.0;
                    // S = exp(g) (S - beta k (k^T S)) for the delta rule, exp(g) S otherwise.
                    double[] kTs = new double[valueDim];
                    if (variant.deltaRule()) {
                        for (int i = 0; i < keyDim; i++) {
                            for (int j = 0; j < valueDim; j++) {
                                kTs[j] += k[qk + i] * state[i][j];
                            }
                        }
                    }
                    for (int i = 0; i < keyDim; i++) {
                        for (int j = 0; j < valueDim; j++) {
                            double erased = variant.deltaRule() ? beta * k[qk + i] * kTs[j] : 0.0;
                            state[i][j] = decay * (state[i][j] - erased) + beta * k[qk + i] * inputs.v()[v + j];
                        }
                    }
                    for (int j = 0; j < valueDim; j++) {
                        double sum = 0;
                        for (int i = 0; i < keyDim; i++) {
                            sum += state[i][j] * q[qk + i];
                        }
                        o[v + j] = options.scale() * sum;
                    }
                }
            }
        }
        return o;
    }
}
