package loglinear.reference;

import java.util.Arrays;

/**
 * One chunk of one (batch, head) gathered into contiguous float32 rows, the working set of the chunkwise forms.
 * Rows past the end of the sequence are padding: q = k = v = 0, g = 0, beta = 0, lambda = 0 (spec section 5).
 * A worker allocates one tile and reloads it for every chunk.
 */
final class ChunkTile {
    final int chunk;
    final int keyDim;
    final int valueDim;
    /** Columns of {@link #lambda}: token levels 0 .. c + chunkLevels. */
    final int lambdaColumns;
    /** C x K: q rows, L2-normalised if asked, times scale. */
    final float[] q;
    /** C x K: k rows, L2-normalised if asked. */
    final float[] k;
    /** K x C: the transpose of {@link #k}. */
    final float[] kTransposed;
    /** C x V: v rows. */
    final float[] v;
    /** C: Gl[a] = g[iC] + ... + g[iC + a], the gate cumulated inside the chunk. */
    final float[] gateCumulative;
    /** C: exp(Gl[a]) in double. */
    final double[] gateExp;
    /** C: beta rows (delta rule only; zero otherwise). */
    final float[] beta;
    /** C x lambdaColumns: lambda[a, level]; 1 for variants that are not log-linear; 0 for padding and missing levels. */
    final float[] lambda;
    /** Rows of this chunk inside the sequence (the rest is padding). */
    int validRows;

    private final Variant variant;
    private final Inputs inputs;
    private final Options options;
    private final float[] rowBuffer;

    ChunkTile(Variant variant, Inputs inputs, Options options, int chunk, int chunkLevels) {
        this.variant = variant;
        this.inputs = inputs;
        this.options = options;
        this.chunk = chunk;
        this.keyDim = inputs.shape().keyDim();
        this.valueDim = inputs.shape().valueDim();
        this.lambdaColumns = Integer.numberOfTrailingZeros(chunk) + 1 + chunkLevels;
        this.q = new float[chunk * keyDim];
        this.k = new float[chunk * keyDim];
        this.kTransposed = new float[keyDim * chunk];
        this.v = new float[chunk * valueDim];
        this.gateCumulative = new float[chunk];
        this.gateExp = new double[chunk];
        this.beta = new float[chunk];
        this.lambda = new float[chunk * lambdaColumns];
        this.rowBuffer = new float[keyDim];
    }

    /** Gathers chunk {@code chunkIndex} of (batch, head). */
    void load(int batch, int head, int chunkIndex) {
        Shape shape = inputs.shape();
        int length = shape.length();
        int heads = shape.heads();
        int group = shape.groupOf(head);
        int first = chunkIndex * chunk;
        validRows = Math.max(0, Math.min(chunk, length - first));
        float scale = (float) options.scale();
        boolean normalize = options.qkL2Norm();
        double gateSum = 0;
        for (int a = 0; a < chunk; a++) {
            if (a >= validRows) {
                padRow(a);
                gateCumulative[a] = (float) gateSum;
                gateExp[a] = Math.exp(gateCumulative[a]);
                continue;
            }
            int token = first + a;
            int qkOffset = ((batch * length + token) * shape.groups() + group) * keyDim;
            int gateIndex = (batch * length + token) * heads + head;
            // Step: q row = scale * q / ||q|| (norm only when asked).
            L2Norm.copyRow(inputs.q(), qkOffset, keyDim, normalize, rowBuffer, 0);
            for (int i = 0; i < keyDim; i++) {
                q[a * keyDim + i] = scale * rowBuffer[i];
            }
            // Step: k row and its transpose.
            L2Norm.copyRow(inputs.k(), qkOffset, keyDim, normalize, k, a * keyDim);
            for (int i = 0; i < keyDim; i++) {
                kTransposed[i * chunk + a] = k[a * keyDim + i];
            }
            System.arraycopy(inputs.v(), gateIndex * valueDim, v, a * valueDim, valueDim);
            // Step: Gl[a] = sum of g over the chunk up to a (g = 0 for linear attention).
            if (variant.gated()) {
                gateSum += inputs.g()[gateIndex];
            }
            gateCumulative[a] = (float) gateSum;
            gateExp[a] = Math.exp(gateCumulative[a]);
            beta[a] = variant.deltaRule() ? inputs.beta()[gateIndex] : 0f;
            loadLambdaRow(a, gateIndex, shape.levels());
        }
    }

    private void loadLambdaRow(int a, int gateIndex, int levels) {
        int row = a * lambdaColumns;
        if (!variant.logLinear()) {
            Arrays.fill(lambda, row, row + lambdaColumns, 1f);
            return;
        }
        int present = Math.min(levels, lambdaColumns);
        System.arraycopy(inputs.lambda(), gateIndex * levels, lambda, row, present);
        Arrays.fill(lambda, row + present, row + lambdaColumns, 0f);
    }

    private void padRow(int a) {
        Arrays.fill(q, a * keyDim, (a + 1) * keyDim, 0f);
        Arrays.fill(k, a * keyDim, (a + 1) * keyDim, 0f);
        for (int i = 0; i < keyDim; i++) {
            kTransposed[i * chunk + a] = 0f;
        }
        Arrays.fill(v, a * valueDim, (a + 1) * valueDim, 0f);
        beta[a] = 0f;
        Arrays.fill(lambda, a * lambdaColumns, (a + 1) * lambdaColumns, 0f);
    }

    /** Gl of the chunk's last row: the log of the decay over the whole chunk. */
    float lastGate() {
        return gateCumulative[chunk - 1];
    }
}
