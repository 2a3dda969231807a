package loglinear.experiments.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import loglinear.reference.Inputs;
import loglinear.reference.Levels;
import loglinear.reference.Npy;
import loglinear.reference.NpyArray;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * Reads the inputs of one forward from a folder of float32 .npy files (spec section 1) and checks their shapes:
 * B, T, G, K from q.npy; H, V from v.npy; L from lambda.npy. Missing g.npy means zeros (allowed for linear only),
 * missing lambda.npy means ones; beta.npy is read for the delta-rule variants only and required there.
 * Every error names the file, the shape found and the shape expected.
 */
public final class InputDirectory {
    private InputDirectory() {}

    public static Inputs read(Path directory, Variant variant, String argumentName) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(argumentName + ": " + directory + " is not a directory");
        }
        // Step 1: q fixes B, T, G, K; k must match it.
        NpyArray q = require(directory, "q", argumentName, "[B, T, G, K]");
        int[] qDims = requireRank(q, "q", 4, "[B, T, G, K]");
        NpyArray k = require(directory, "k", argumentName, "[B, T, G, K] = " + Arrays.toString(qDims));
        requireDims(k, "k", qDims, "[B, T, G, K] (the shape of q.npy)");
        int batch = qDims[0];
        int length = qDims[1];
        int groups = qDims[2];
        int keyDim = qDims[3];

        // Step 2: v fixes H, V; B and T must match q and H must be a multiple of G.
        NpyArray v = require(directory, "v", argumentName, "[B, T, H, V] = [" + batch + ", " + length + ", H, V]");
        int[] vDims = requireRank(v, "v", 4, "[B, T, H, V] = [" + batch + ", " + length + ", H, V]");
        if (vDims[0] != batch || vDims[1] != length) {
            throw new IllegalArgumentException("v.npy: shape " + Arrays.toString(vDims) + ", expected [B, T, H, V] = ["
                    + batch + ", " + length + ", H, V] (B and T of q.npy)");
        }
        int heads = vDims[2];
        int valueDim = vDims[3];
        if (heads < 1 || groups < 1 || heads % groups != 0) {
            throw new IllegalArgumentException("v.npy: shape " + Arrays.toString(vDims) + " has H = " + heads
                    + " heads, not a positive multiple of G = " + groups + " groups of q.npy " + Arrays.toString(qDims)
                    + " (expected H % G == 0)");
        }
        int[] gateDims = {batch, length, heads};

        // Step 3: g (zeros allowed for linear), beta (delta rule only).
        float[] g = null;
        if (exists(directory, "g")) {
            NpyArray gate = require(directory, "g", argumentName, "[B, T, H]");
            requireDims(gate, "g", gateDims, "[B, T, H]");
            g = gate.float32();
        } else if (variant.gated()) {
            throw missing(directory, "g", argumentName, "[B, T, H] = " + Arrays.toString(gateDims) + " (variant "
                    + variant.cliName() + " reads the decay g; only linear may omit it)");
        }
        float[] beta = null;
        if (variant.deltaRule()) {
            NpyArray b = require(directory, "beta", argumentName, "[B, T, H] = " + Arrays.toString(gateDims)
                    + " (variant " + variant.cliName() + " needs beta)");
            requireDims(b, "beta", gateDims, "[B, T, H]");
            beta = b.float32();
        }

        // Step 4: lambda [B, T, H, L] with L >= levels(T) (ones when absent).
        int needed = Levels.levels(length);
        float[] lambda = null;
        int levels = needed;
        if (exists(directory, "lambda")) {
            String expected = "[B, T, H, L] = [" + batch + ", " + length + ", " + heads + ", L >= " + needed + "]";
            NpyArray lam = require(directory, "lambda", argumentName, expected);
            int[] lDims = requireRank(lam, "lambda", 4, expected);
            if (lDims[0] != batch || lDims[1] != length || lDims[2] != heads) {
                throw new IllegalArgumentException("lambda.npy: shape " + Arrays.toString(lDims) + ", expected "
                        + expected);
            }
            if (lDims[3] < needed) {
                throw new IllegalArgumentException("lambda.npy: shape " + Arrays.toString(lDims) + " has L = " + lDims[3]
                        + " levels, fewer than levels(T) = " + needed + " for T = " + length + "; expected " + expected);
            }
            levels = lDims[3];
            lambda = lam.float32();
        }
        Shape shape = new Shape(batch, length, heads, groups, keyDim, valueDim, levels);
        return Inputs.defaults(shape, q.float32(), k.float32(), v.float32(), g, beta, lambda).requireFor(variant);
    }

    private static boolean exists(Path directory, String name) {
        return Files.exists(directory.resolve(name + ".npy"));
    }

    private static NpyArray require(Path directory, String name, String argumentName, String expected) {
        if (!exists(directory, name)) {
            throw missing(directory, name, argumentName, expected);
        }
        NpyArray array = Npy.read(directory.resolve(name + ".npy"));
        if (array.dtype() != NpyArray.Dtype.FLOAT32) {
            throw new IllegalArgumentException(name + ".npy: dtype '" + array.dtype().descr() + "' ("
                    + array.dtype().name().toLowerCase(java.util.Locale.ROOT) + ") with shape "
                    + Arrays.toString(array.shape()) + ", expected float32 '<f4' " + expected);
        }
        return array;
    }

    private static IllegalArgumentException missing(Path directory, String name, String argumentName, String expected) {
        return new IllegalArgumentException(argumentName + ": " + name + ".npy not found in " + directory
                + ", expected float32 " + expected);
    }

    private static int[] requireRank(NpyArray array, String name, int rank, String expected) {
        int[] dims = array.shape();
        if (dims.length != rank) {
            throw new IllegalArgumentException(name + ".npy: shape " + Arrays.toString(dims) + " has " + dims.length
                    + " dimensions, expected " + rank + ": " + expected);
        }
        return dims;
    }

    private static void requireDims(NpyArray array, String name, int[] expectedDims, String layout) {
        int[] dims = array.shape();
        if (!Arrays.equals(dims, expectedDims)) {
            throw new IllegalArgumentException(name + ".npy: shape " + Arrays.toString(dims) + ", expected " + layout
                    + " = " + Arrays.toString(expectedDims));
        }
    }
}
