package loglinear.jit;

/**
 * The emulator's (and OpenCL's) definition of {@link KernelContext#mmaAccumulatePairs} and of the pair words of
 * {@link KernelContext#mmaPairHigh}/{@link KernelContext#mmaPairLow}: there a pair keeps both floats exactly, the
 * first one's bits in the high array and the second one's in the low array, so a product over pairs equals the
 * float product over the values. CUDA stores bfloat16 splits instead (see {@code MmaPrelude}); kernels never look
 * inside a word, so they run unchanged on both.
 */
public final class MmaPairs {
    /** Layout flag: pairs run along the reduction index. */
    public static final int ALONG_DEPTH = 1;
    /** Layout flag: pairs run along the operand's other index (its rows for A, its columns for B). */
    public static final int ACROSS_DEPTH = 0;
    /** Reduction step of one bfloat16 tensor-core instruction: depth must be a multiple of it. */
    public static final int DEPTH_STEP = 16;

    private MmaPairs() {
    }

    static int high(float first, float second) {
        return Float.floatToRawIntBits(first);
    }

    static int low(float first, float second) {
        return Float.floatToRawIntBits(second);
    }

    /** The value of element {@code parity} (0 or 1) of the pair in word {@code word}. */
    private static float value(int[] high, int[] low, int word, int parity) {
        return Float.intBitsToFloat(parity == 0 ? high[word] : low[word]);
    }

    static void emulate(int lane, float[] acc, int nTiles, int[] aHigh, int[] aLow, int aOffset, int aStride,
                        int aPairsAlongDepth, int[] bHigh, int[] bLow, int bOffset, int bStride,
                        int bPairsAlongDepth, int depth) {
        for (int e = 0; e < MmaLayout.ELEMENTS_PER_TILE * nTiles; e++) {
            int r = MmaLayout.row(lane, e);
            int c = MmaLayout.column(lane, e);
            float sum = acc[e];
            for (int p = 0; p < depth; p++) {
                float x = aPairsAlongDepth != 0
                        ? value(aHigh, aLow, aOffset + r * aStride + (p >> 1), p & 1)
                        : value(aHigh, aLow, aOffset + p * aStride + (r >> 1), r & 1);
                float y = bPairsAlongDepth != 0
                        ? value(bHigh, bLow, bOffset + c * bStride + (p >> 1), p & 1)
                        : value(bHigh, bLow, bOffset + p * bStride + (c >> 1), c & 1);
                sum = Math.fma(x, y, sum);
            }
            acc[e] = sum;
        }
    }

    static void requireArguments(float[] acc, int nTiles, int aPairsAlongDepth, int bPairsAlongDepth, int depth) {
        MmaLayout.requireArguments(acc, nTiles, depth);
        if (depth % DEPTH_STEP != 0) {
            throw new IllegalArgumentException("depth must be a non-negative multiple of " + DEPTH_STEP + ", got "
                    + depth);
        }
        if ((aPairsAlongDepth & ~1) != 0 || (bPairsAlongDepth & ~1) != 0) {
            throw new IllegalArgumentException("pair layout flags must be 0 (across depth) or 1 (along depth), got "
                    + aPairsAlongDepth + " and " + bPairsAlongDepth);
        }
    }
}
