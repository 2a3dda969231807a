package loglinear.jit;

/**
 * Where the accumulator elements of {@link KernelContext#mmaAccumulate} sit in the C tile: the tensor cores'
 * m16n8k8 fragment layout, the same on every backend. Lane l holds, in {@code acc[e]} (tile n = e / 4,
 * i = e % 4), C[row(l, e), column(l, e)] with row = l / 4 + 8 (i / 2) and column = 8 n + 2 (l % 4) + i % 2.
 * Kernels call these plain static methods (they are translated like any helper) to map accumulators to rows and
 * columns in their epilogues.
 */
public final class MmaLayout {
    /** Rows of the C tile of one sub-group. */
    public static final int ROWS = 16;
    /** Columns of one n-tile. */
    public static final int TILE_COLUMNS = 8;
    /** Reduction step of one tensor-core instruction: depth must be a multiple of it. */
    public static final int DEPTH_STEP = 8;
    /** Accumulator elements per lane and n-tile. */
    public static final int ELEMENTS_PER_TILE = 4;
    /**
     * Most n-tiles one product call takes (the CUDA form holds every n-tile's B fragment of a reduction step in
     * registers at once, so that the three products of each step can be issued one term at a time).
     */
    public static final int MAX_N_TILES = 8;

    private MmaLayout() {
    }

    /** Row of C held by {@code acc[element]} of lane {@code lane}: lane / 4 + 8 ((element % 4) / 2). */
    public static int row(int lane, int element) {
        return (lane >> 2) + (((element & 3) >> 1) << 3);
    }

    /** Column of C held by {@code acc[element]} of lane {@code lane}: 8 (element / 4) + 2 (lane % 4) + element % 2. */
    public static int column(int lane, int element) {
        return ((element >> 2) << 3) + ((lane & 3) << 1) + (element & 1);
    }

    /**
     * The emulator's (and OpenCL's) definition: per step p, the lane's A values of rows g and g + 8 (0 at or past
     * aRows) and B values of its columns (0 at or past bColumns), one fma into each accumulator element.
     */
    static void emulate(int lane, float[] acc, int nTiles, float[] a, int aOffset, int aRowStride, int aColStride,
                        int aRows, float[] b, int bOffset, int bRowStride, int bColStride, int bColumns, int depth) {
        emulate(lane, acc, nTiles, null, 0, a, aOffset, aRowStride, aColStride, aRows, b, bOffset, bRowStride,
                bColStride, bColumns, depth);
    }

    /** As above, with A's rows scaled: A[r, p] = rowScale[rowScaleOffset + r] * a[...] (no scale when null). */
    static void emulate(int lane, float[] acc, int nTiles, float[] rowScale, int rowScaleOffset, float[] a,
                        int aOffset, int aRowStride, int aColStride, int aRows, float[] b, int bOffset,
                        int bRowStride, int bColStride, int bColumns, int depth) {
        for (int e = 0; e < ELEMENTS_PER_TILE * nTiles; e++) {
            int r = row(lane, e);
            int c = column(lane, e);
            float sum = acc[e];
            for (int p = 0; p < depth; p++) {
                float x = r < aRows ? a[aOffset + r * aRowStride + p * aColStride] : 0f;
                if (rowScale != null) {
                    x = rowScale[rowScaleOffset + r] * x;
                }
                float y = c < bColumns ? b[bOffset + p * bRowStride + c * bColStride] : 0f;
                sum = Math.fma(x, y, sum);
            }
            acc[e] = sum;
        }
    }

    static void requireArguments(float[] acc, int nTiles, int depth) {
        if (nTiles < 1 || nTiles > MAX_N_TILES) {
            throw new IllegalArgumentException("nTiles must be in 1.." + MAX_N_TILES + ", got " + nTiles);
        }
        if (acc.length < ELEMENTS_PER_TILE * nTiles) {
            throw new IllegalArgumentException("acc has " + acc.length + " elements, expected at least "
                    + ELEMENTS_PER_TILE * nTiles + " (4 per n-tile, nTiles = " + nTiles + ")");
        }
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0, got " + depth);
        }
        if (depth % DEPTH_STEP != 0) {
            throw new IllegalArgumentException("depth must be a non-negative multiple of " + DEPTH_STEP + ", got "
                    + depth);
        }
    }
}
