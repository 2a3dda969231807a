package loglinear.kernels;

import loglinear.jit.KernelContext;

/**
 * Operands stored once as the bfloat16 pair words of {@code KernelContext.mmaPairHigh}/{@code mmaPairLow}, for the
 * tensor-core products of {@code KernelContext.mmaAccumulatePairs} (three bfloat16 products per 16-deep step, half
 * the tensor-core instructions of the three TF32 products of {@code mmaAccumulate}, with no split at each fragment
 * load). A row of C floats becomes W = {@link #wordsPerRow}(C) words, word w holding the elements 2w and 2w + 1
 * (0 past C); a matrix of R rows keeps its high words at row * W + w and its low words R W further on, so one int
 * buffer of 2 R W words holds both.
 */
public final class PairWords {
    private PairWords() {}

    /**
     * Pair words of a row of {@code columns} floats: the columns rounded up to a multiple of 8, halved, so that rows
     * start 16 bytes apart and a slice of a row moves as whole quads of words.
     */
    public static int wordsPerRow(int columns) {
        return ((columns + 7) / 8) * 4;
    }

    /**
     * pairs[row * W + w] = high(x[row][2w], x[row][2w + 1]) and pairs[rows * W + row * W + w] = low(...), for the
     * row-major {@code rows} x {@code columns} matrix x (elements past the last column read as 0).
     * Global (256 * ceil(rows W / 256)), local (256).
     */
    public static void splitRows(KernelContext ctx, float[] x, int[] pairs, int rows, int columns) {
        int words = wordsPerRow(columns);
        int word = ctx.globalIdx;
        if (word < rows * words) {
            int row = word / words;
            int column = 2 * (word - row * words);
            float first = 0f;
            float second = 0f;
            if (column < columns) {
                first = x[row * columns + column];
            }
            if (column + 1 < columns) {
                second = x[row * columns + column + 1];
            }
            pairs[word] = ctx.mmaPairHigh(first, second);
            pairs[rows * words + word] = ctx.mmaPairLow(first, second);
        }
    }
}
