package loglinear.reference;

/**
 * The Fenwick partition of the causal mask (spec section 2).
 *
 * <p>{@code level(t, t) = 0}; for {@code s < t}, {@code level(t, s) = bitlength(t XOR s)}. Level l >= 1 is the
 * aligned block of 2^(l-1) earlier tokens that share t's bits above bit l-1 and have bit l-1 clear.
 */
public final class Levels {
    private Levels() {}

    /** Level of the (query t, key s) pair, {@code 0 <= s <= t}. */
    public static int level(int t, int s) {
        if (s < 0 || s > t) {
            throw new IllegalArgumentException("level(t, s) needs 0 <= s <= t, got t=" + t + ", s=" + s);
        }
        return 32 - Integer.numberOfLeadingZeros(t ^ s);
    }

    /** Number of levels a sequence of length T uses: bitlength(T-1) + 1, and 1 for T <= 1. */
    public static int levels(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("levels(T) needs T >= 0, got T=" + length);
        }
        if (length <= 1) {
            return 1;
        }
        return 32 - Integer.numberOfLeadingZeros(length - 1) + 1;
    }

    /**
     * The C x C level table of an aligned chunk, row-major: {@code table[a * C + b] = level(a, b)} for b <= a and
     * -1 above the diagonal. Because chunks are aligned (C = 2^c), level(iC+a, iC+b) = level(a, b) for every chunk i.
     */
    public static int[] chunkLevelTable(int chunk) {
        if (chunk <= 0 || Integer.bitCount(chunk) != 1) {
            throw new IllegalArgumentException("chunk must be a power of two, got " + chunk);
        }
        int[] table = new int[chunk * chunk];
        for (int a = 0; a < chunk; a++) {
            for (int b = 0; b < chunk; b++) {
                table[a * chunk + b] = b <= a ? level(a, b) : -1;
            }
        }
        return table;
    }
}
