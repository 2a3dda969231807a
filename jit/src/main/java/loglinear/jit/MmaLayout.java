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

    static void requireArguments(float[] acc, int nTiles, int depth) {
        if (nTiles < 1) {
            throw new IllegalArgumentException("nTiles must be >= 1, got " + nTiles);
        }
        if (acc.length < ELEMENTS_PER_TILE * nTiles) {
            throw new IllegalArgumentException("acc has " + acc.length + " elements, expected at least "
                    + ELEMENTS_PER_TILE * nTiles + " (4 per n-tile, nTiles = " + nTiles + ")");
        }
        if (depth < 0 || depth % DEPTH_STEP != 0) {
            throw new IllegalArgumentException("depth must be a non-negative multiple of " + DEPTH_STEP + ", got "
                    + depth);
        }
    }
}
