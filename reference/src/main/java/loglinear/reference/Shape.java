package loglinear.reference;

/**
 * Sizes of one forward (spec section 1): q, k are [B, T, G, K]; v, o are [B, T, H, V]; g, beta are [B, T, H];
 * lambda is [B, T, H, L]. Head h reads q/k group h / (H / G).
 *
 * @param batch    B >= 1
 * @param length   T >= 0
 * @param heads    H >= 1
 * @param groups   G >= 1, H % G == 0
 * @param keyDim   K >= 1
 * @param valueDim V >= 1
 * @param levels   L >= levels(T): columns of lambda (extra columns are ignored)
 */
public record Shape(int batch, int length, int heads, int groups, int keyDim, int valueDim, int levels) {

    public Shape {
        requirePositive("B (batch)", batch);
        if (length < 0) {
            throw new IllegalArgumentException("T (length) must be >= 0, got " + length);
        }
        requirePositive("H (heads)", heads);
        requirePositive("G (groups)", groups);
        requirePositive("K (keyDim)", keyDim);
        requirePositive("V (valueDim)", valueDim);
        requirePositive("L (levels)", levels);
        if (heads % groups != 0) {
            throw new IllegalArgumentException("H (heads) = " + heads + " is not divisible by G (groups) = " + groups
                    + ": every q/k group must serve the same number of heads");
        }
        int needed = Levels.levels(length);
        if (levels < needed) {
            throw new IllegalArgumentException("L (levels) = " + levels + " is smaller than levels(T) = " + needed
                    + " for T = " + length + ": lambda needs at least " + needed + " columns");
        }
    }

    /** A shape with the fewest levels T needs. */
    public static Shape of(int batch, int length, int heads, int groups, int keyDim, int valueDim) {
        if (length < 0) {
            throw new IllegalArgumentException("T (length) must be >= 0, got " + length);
        }
        return new Shape(batch, length, heads, groups, keyDim, valueDim, Levels.levels(length));
    }

    /** Heads that share one q/k group: H / G. */
    public int headsPerGroup() {
        return heads / groups;
    }

    /** The q/k group head h reads. */
    public int groupOf(int head) {
        return head / headsPerGroup();
    }

    public long qkElements() {
        return (long) batch * length * groups * keyDim;
    }

    public long vElements() {
        return (long) batch * length * heads * valueDim;
    }

    public long gateElements() {
        return (long) batch * length * heads;
    }

    public long lambdaElements() {
        return (long) batch * length * heads * levels;
    }

    public int[] qkDims() {
        return new int[] {batch, length, groups, keyDim};
    }

    public int[] vDims() {
        return new int[] {batch, length, heads, valueDim};
    }

    public int[] gateDims() {
        return new int[] {batch, length, heads};
    }

    public int[] lambdaDims() {
        return new int[] {batch, length, heads, levels};
    }

    /** Same sizes with another length (levels grown if the new length needs more). */
    public Shape withLength(int newLength) {
        return new Shape(batch, newLength, heads, groups, keyDim, valueDim, Math.max(levels, Levels.levels(newLength)));
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }

    @Override
    public String toString() {
        return "B=" + batch + " T=" + length + " H=" + heads + " G=" + groups + " K=" + keyDim + " V=" + valueDim
                + " L=" + levels;
    }
}
