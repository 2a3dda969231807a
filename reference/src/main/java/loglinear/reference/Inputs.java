package loglinear.reference;

import java.util.Arrays;

/**
 * The float32 tensors of one forward, flat in C order (spec section 1).
 *
 * <p>{@code beta} is needed by the delta-rule variants only and may be null otherwise. Every other tensor is
 * required; {@link #defaults} builds g = 0, lambda = 1 for callers that have none.
 */
public record Inputs(Shape shape, float[] q, float[] k, float[] v, float[] g, float[] beta, float[] lambda) {

    public Inputs {
        if (shape == null) {
            throw new IllegalArgumentException("shape must not be null");
        }
        requireLength("q", q, shape.qkElements(), shape.qkDims(), "[B, T, G, K]");
        requireLength("k", k, shape.qkElements(), shape.qkDims(), "[B, T, G, K]");
        requireLength("v", v, shape.vElements(), shape.vDims(), "[B, T, H, V]");
        requireLength("g", g, shape.gateElements(), shape.gateDims(), "[B, T, H]");
        if (beta != null) {
            requireLength("beta", beta, shape.gateElements(), shape.gateDims(), "[B, T, H]");
        }
        requireLength("lambda", lambda, shape.lambdaElements(), shape.lambdaDims(), "[B, T, H, L]");
    }

    /** Inputs with g = 0 and lambda = 1 where the caller passes null. */
    public static Inputs defaults(Shape shape, float[] q, float[] k, float[] v, float[] g, float[] beta, float[] lambda) {
        float[] gate = g != null ? g : new float[Math.toIntExact(shape.gateElements())];
        float[] lam = lambda;
        if (lam == null) {
            lam = new float[Math.toIntExact(shape.lambdaElements())];
            Arrays.fill(lam, 1f);
        }
        return new Inputs(shape, q, k, v, gate, beta, lam);
    }

    /** Checks what a variant needs beyond the shapes (beta for the delta rule). */
    public Inputs requireFor(Variant variant) {
        if (variant.deltaRule() && beta == null) {
            throw new IllegalArgumentException("variant " + variant.cliName() + " needs beta of shape "
                    + Arrays.toString(shape.gateDims()) + " [B, T, H], got none");
        }
        return this;
    }

    /**
     * Rejects NaN and infinities, naming the tensor and the first bad index (as a multi-index in its shape).
     * Callers that have already checked their data may skip this scan.
     */
    public Inputs requireFinite() {
        requireFinite("q", q, shape.qkDims());
        requireFinite("k", k, shape.qkDims());
        requireFinite("v", v, shape.vDims());
        requireFinite("g", g, shape.gateDims());
        if (beta != null) {
            requireFinite("beta", beta, shape.gateDims());
        }
        requireFinite("lambda", lambda, shape.lambdaDims());
        return this;
    }

    private static void requireFinite(String name, float[] data, int[] dims) {
        for (int i = 0; i < data.length; i++) {
            if (!Float.isFinite(data[i])) {
                throw new IllegalArgumentException(name + " has a non-finite value " + data[i] + " at index "
                        + Arrays.toString(unravel(i, dims)) + " (flat " + i + ") of shape " + Arrays.toString(dims));
            }
        }
    }

    private static void requireLength(String name, float[] data, long expected, int[] dims, String layout) {
        if (data == null) {
            throw new IllegalArgumentException(name + " is missing: expected shape " + Arrays.toString(dims) + " " + layout);
        }
        if (data.length != expected) {
            throw new IllegalArgumentException(name + " has " + data.length + " elements, expected shape "
                    + Arrays.toString(dims) + " " + layout + " = " + expected + " elements");
        }
    }

    /** The multi-index of flat position {@code flat} in a C-order array of the given dims. */
    public static int[] unravel(long flat, int[] dims) {
        int[] index = new int[dims.length];
        for (int d = dims.length - 1; d >= 0; d--) {
            index[d] = (int) (flat % dims[d]);
            flat /= dims[d];
        }
        return index;
    }
}
