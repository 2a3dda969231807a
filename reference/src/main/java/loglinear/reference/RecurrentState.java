package loglinear.reference;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The O(log T) decoding state of spec section 4: L buckets S^0..S^(L-1), each K x V, per (batch row, head), and
 * the number of tokens consumed so far.
 *
 * <p>Storage:
 * <ul>
 *   <li>S^0 always holds exactly one token, {@code beta k v^T}, so it is kept as that rank-one pair: the newest
 *       key (already multiplied by beta) and the newest value, K + V numbers per (b, h).</li>
 *   <li>S^1..S^(L-1) live in L-1 blocks of K x V (row-major) per (b, h); {@code blockOfLevel[l]} says which block
 *       holds level l. The table is shared by all (b, h), whose schedules are identical, and lets the Fenwick carry
 *       move S^m to level m+1 by renaming instead of copying.</li>
 *   <li>Each level l >= 1 has a scalar decay factor c: the bucket's value is {@code c * block}, so a scalar decay
 *       exp(g) costs one multiply instead of K*V.</li>
 * </ul>
 * After t tokens, bucket 0 and the buckets l >= 1 with bit l-1 of t-1 set are occupied; the others are empty and
 * their blocks' contents are meaningless ({@link #bucket} reports them as zeros).
 *
 * <p>A state built with L levels holds up to 2^(L-1) tokens (positions 0 .. 2^(L-1) - 1).
 */
public final class RecurrentState {
    /** Number format of the buckets. */
    public enum Precision { FLOAT, DOUBLE }

    private static final int MAGIC = 0x4C4C5354; // "LLST"
    private static final int HEADER_BYTES = 4 + 4 * 6 + 8;

    private final Precision precision;
    private final int batch;
    private final int heads;
    private final int keyDim;
    private final int valueDim;
    private final int levels;
    /** Blocks of levels 1..L-1, (b*H + h)*(L-1) + block, each K x V; FLOAT precision only, else null. */
    final float[] floatBlocks;
    final double[] doubleBlocks;
    /** beta * k of the newest token, [B*H, K]; the matching precision only, else null. */
    final float[] floatNewestKey;
    final double[] doubleNewestKey;
    /** v of the newest token, [B*H, V]; the matching precision only, else null. */
    final float[] floatNewestValue;
    final double[] doubleNewestValue;
    /** Decay factor c of each level, (b*H + h)*L + l; entry l = 0 is unused and stays 1. */
    final double[] decayFactors;
    /** Block that holds level l (1 <= l < L); entry 0 is unused. */
    final int[] blockOfLevel;
    private long position;

    private RecurrentState(Precision precision, int batch, int heads, int keyDim, int valueDim, int levels) {
        requirePositive("batch", batch);
        requirePositive("heads", heads);
        requirePositive("keyDim", keyDim);
        requirePositive("valueDim", valueDim);
        if (levels < 1 || levels > 63) {
            throw new IllegalArgumentException("levels must be in [1, 63], got " + levels);
        }
        if (precision == null) {
            throw new IllegalArgumentException("precision must not be null, expected FLOAT or DOUBLE");
        }
        long blockElements = (long) batch * heads * (levels - 1) * keyDim * valueDim;
        if (blockElements > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("state of B=" + batch + " H=" + heads + " L=" + levels + " K=" + keyDim
                    + " V=" + valueDim + " has " + blockElements + " elements, more than one Java array holds");
        }
        this.precision = precision;
        this.batch = batch;
        this.heads = heads;
        this.keyDim = keyDim;
        this.valueDim = valueDim;
        this.levels = levels;
        boolean isFloat = precision == Precision.FLOAT;
        int keys = batch * heads * keyDim;
        int values = batch * heads * valueDim;
        this.floatBlocks = isFloat ? new float[(int) blockElements] : null;
        this.doubleBlocks = isFloat ? null : new double[(int) blockElements];
        this.floatNewestKey = isFloat ? new float[keys] : null;
        this.doubleNewestKey = isFloat ? null : new double[keys];
        this.floatNewestValue = isFloat ? new float[values] : null;
        this.doubleNewestValue = isFloat ? null : new double[values];
        this.decayFactors = new double[batch * heads * levels];
        Arrays.fill(decayFactors, 1.0);
        this.blockOfLevel = new int[levels];
        for (int level = 1; level < levels; level++) {
            blockOfLevel[level] = level - 1;
        }
    }

    /** An empty state (position 0). */
    public static RecurrentState create(int batch, int heads, int keyDim, int valueDim, int levels,
            Precision precision) {
        return new RecurrentState(precision, batch, heads, keyDim, valueDim, levels);
    }

    /**
     * A state at {@code position} whose buckets are all zero: exactly the state after {@code position} tokens with
     * v = 0. Lets tests and benchmarks start deep into a sequence without decoding it.
     */
    static RecurrentState zeroAt(int batch, int heads, int keyDim, int valueDim, int levels, Precision precision,
            long position) {
        RecurrentState state = new RecurrentState(precision, batch, heads, keyDim, valueDim, levels);
        if (position < 0 || position > state.capacity()) {
            throw new IllegalArgumentException("position " + position + " outside [0, " + state.capacity()
                    + "] for L=" + levels);
        }
        state.position = position;
        return state;
    }

    /** An empty state with the sizes and the L of {@code shape}. */
    public static RecurrentState forShape(Shape shape, Precision precision) {
        return create(shape.batch(), shape.heads(), shape.keyDim(), shape.valueDim(), shape.levels(), precision);
    }

    public Precision precision() {
        return precision;
    }

    public int batch() {
        return batch;
    }

    public int heads() {
        return heads;
    }

    public int keyDim() {
        return keyDim;
    }

    public int valueDim() {
        return valueDim;
    }

    public int levels() {
        return levels;
    }

    /** Tokens consumed so far; the next step processes token number {@code position()}. */
    public long position() {
        return position;
    }

    /** Most tokens this state can hold: 2^(L-1). */
    public long capacity() {
        return 1L << (levels - 1);
    }

    /** Bytes of blocks, newest key/value pairs, decay factors and the level table: O(B H L K V), not O(T). */
    public long sizeInBytes() {
        long elements = (long) batch * heads * ((long) (levels - 1) * keyDim * valueDim + keyDim + valueDim);
        return elements * (precision == Precision.FLOAT ? Float.BYTES : Double.BYTES)
                + (long) decayFactors.length * Double.BYTES + (long) levels * Integer.BYTES;
    }

    /** True when bucket {@code level} holds tokens: level 0 after the first token, level l >= 1 when bit l-1 of
     * position-1 is set. */
    public boolean isOccupied(int level) {
        if (position == 0) {
            return false;
        }
        return level == 0 || (((position - 1) >>> (level - 1)) & 1) == 1;
    }

    /** An independent copy (the same position and bucket values). */
    public RecurrentState copy() {
        RecurrentState copy = new RecurrentState(precision, batch, heads, keyDim, valueDim, levels);
        copy.restoreFrom(this);
        return copy;
    }

    /** Overwrites this state with {@code saved}, which must have the same sizes and precision. */
    public void restoreFrom(RecurrentState saved) {
        if (saved.precision != precision || saved.batch != batch || saved.heads != heads || saved.keyDim != keyDim
                || saved.valueDim != valueDim || saved.levels != levels) {
            throw new IllegalArgumentException("saved state " + saved.describe() + " does not match this state "
                    + describe());
        }
        if (precision == Precision.FLOAT) {
            System.arraycopy(saved.floatBlocks, 0, floatBlocks, 0, floatBlocks.length);
            System.arraycopy(saved.floatNewestKey, 0, floatNewestKey, 0, floatNewestKey.length);
            System.arraycopy(saved.floatNewestValue, 0, floatNewestValue, 0, floatNewestValue.length);
        } else {
            System.arraycopy(saved.doubleBlocks, 0, doubleBlocks, 0, doubleBlocks.length);
            System.arraycopy(saved.doubleNewestKey, 0, doubleNewestKey, 0, doubleNewestKey.length);
            System.arraycopy(saved.doubleNewestValue, 0, doubleNewestValue, 0, doubleNewestValue.length);
        }
        System.arraycopy(saved.decayFactors, 0, decayFactors, 0, decayFactors.length);
        System.arraycopy(saved.blockOfLevel, 0, blockOfLevel, 0, blockOfLevel.length);
        position = saved.position;
    }

    /** Back to position 0 with every bucket empty. */
    public void clear() {
        restoreFrom(new RecurrentState(precision, batch, heads, keyDim, valueDim, levels));
    }

    /** The value of bucket l of (b, h), K x V row-major, in double; zeros when the bucket is empty. */
    public double[] bucket(int batchIndex, int head, int level) {
        if (batchIndex < 0 || batchIndex >= batch || head < 0 || head >= heads || level < 0 || level >= levels) {
            throw new IllegalArgumentException("bucket (b=" + batchIndex + ", h=" + head + ", l=" + level
                    + ") is outside the state's B=" + batch + " H=" + heads + " L=" + levels);
        }
        double[] out = new double[keyDim * valueDim];
        if (!isOccupied(level)) {
            return out;
        }
        int pair = batchIndex * heads + head;
        boolean isFloat = precision == Precision.FLOAT;
        if (level == 0) {
            for (int i = 0; i < keyDim; i++) {
                double key = isFloat ? floatNewestKey[pair * keyDim + i] : doubleNewestKey[pair * keyDim + i];
                for (int j = 0; j < valueDim; j++) {
                    int at = pair * valueDim + j;
                    out[i * valueDim + j] = key * (isFloat ? floatNewestValue[at] : doubleNewestValue[at]);
                }
            }
            return out;
        }
        int offset = blockOffset(pair, level);
        double factor = decayFactors[pair * levels + level];
        for (int i = 0; i < out.length; i++) {
            out[i] = factor * (isFloat ? floatBlocks[offset + i] : doubleBlocks[offset + i]);
        }
        return out;
    }

    /** The state as bytes (little endian): sizes, position, level table, decay factors, newest pairs, blocks. */
    public byte[] toBytes() {
        long total = HEADER_BYTES + sizeInBytes();
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("state " + describe() + " needs " + total + " bytes, more than one"
                    + " byte[] holds");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).putInt(precision.ordinal()).putInt(batch).putInt(heads).putInt(keyDim)
                .putInt(valueDim).putInt(levels).putLong(position);
        for (int block : blockOfLevel) {
            buffer.putInt(block);
        }
        for (double factor : decayFactors) {
            buffer.putDouble(factor);
        }
        if (precision == Precision.FLOAT) {
            putAll(buffer, floatNewestKey);
            putAll(buffer, floatNewestValue);
            putAll(buffer, floatBlocks);
        } else {
            putAll(buffer, doubleNewestKey);
            putAll(buffer, doubleNewestValue);
            putAll(buffer, doubleBlocks);
        }
        return buffer.array();
    }

    /** The inverse of {@link #toBytes()}. */
    public static RecurrentState fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_BYTES) {
            throw new IllegalArgumentException("state bytes: expected at least " + HEADER_BYTES + " bytes, got "
                    + (bytes == null ? "null" : bytes.length));
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int magic = buffer.getInt();
        if (magic != MAGIC) {
            throw new IllegalArgumentException("state bytes: bad magic 0x" + Integer.toHexString(magic)
                    + ", expected 0x" + Integer.toHexString(MAGIC));
        }
        int precisionOrdinal = buffer.getInt();
        if (precisionOrdinal < 0 || precisionOrdinal >= Precision.values().length) {
            throw new IllegalArgumentException("state bytes: unknown precision " + precisionOrdinal
                    + ", expected 0 (FLOAT) or 1 (DOUBLE)");
        }
        RecurrentState state = new RecurrentState(Precision.values()[precisionOrdinal], buffer.getInt(),
                buffer.getInt(), buffer.getInt(), buffer.getInt(), buffer.getInt());
        long position = buffer.getLong();
        long expected = HEADER_BYTES + state.sizeInBytes();
        if (bytes.length != expected) {
            throw new IllegalArgumentException("state bytes: " + state.describe() + " needs " + expected
                    + " bytes, got " + bytes.length);
        }
        if (position < 0 || position > state.capacity()) {
            throw new IllegalArgumentException("state bytes: position " + position + " outside [0, "
                    + state.capacity() + "] for L=" + state.levels);
        }
        state.position = position;
        boolean[] used = new boolean[state.levels];
        for (int level = 0; level < state.levels; level++) {
            int block = buffer.getInt();
            if (level > 0) {
                if (block < 0 || block >= state.levels - 1 || used[block]) {
                    throw new IllegalArgumentException("state bytes: level table " + level + " -> " + block
                            + " is not a permutation of blocks 0.." + (state.levels - 2));
                }
                used[block] = true;
            }
            state.blockOfLevel[level] = level == 0 ? 0 : block;
        }
        for (int i = 0; i < state.decayFactors.length; i++) {
            state.decayFactors[i] = buffer.getDouble();
        }
        if (state.precision == Precision.FLOAT) {
            getAll(buffer, state.floatNewestKey);
            getAll(buffer, state.floatNewestValue);
            getAll(buffer, state.floatBlocks);
        } else {
            getAll(buffer, state.doubleNewestKey);
            getAll(buffer, state.doubleNewestValue);
            getAll(buffer, state.doubleBlocks);
        }
        return state;
    }

    /** "FLOAT B=1 H=2 K=8 V=4 L=5 at position 7". */
    public String describe() {
        return precision + " B=" + batch + " H=" + heads + " K=" + keyDim + " V=" + valueDim + " L=" + levels
                + " at position " + position;
    }

    @Override
    public String toString() {
        return "RecurrentState[" + describe() + "]";
    }

    /** Start of the block holding level l >= 1 of (b, h) pair {@code pair = b*H + h}. */
    int blockOffset(int pair, int level) {
        return (pair * (levels - 1) + blockOfLevel[level]) * keyDim * valueDim;
    }

    /** Index of level l's decay factor for pair {@code b*H + h}. */
    int factorIndex(int pair, int level) {
        return pair * levels + level;
    }

    /**
     * The renaming half of the Fenwick carry before token t (m = ntz(t) >= 1): level m+1 takes over level m's block
     * (level m+1 is empty before the carry), and level m gets level m+1's unused block.
     */
    void renameForCarry(int m) {
        int moving = blockOfLevel[m];
        blockOfLevel[m] = blockOfLevel[m + 1];
        blockOfLevel[m + 1] = moving;
    }

    void advance() {
        position++;
    }

    private static void putAll(ByteBuffer buffer, float[] data) {
        buffer.asFloatBuffer().put(data);
        buffer.position(buffer.position() + data.length * Float.BYTES);
    }

    private static void putAll(ByteBuffer buffer, double[] data) {
        buffer.asDoubleBuffer().put(data);
        buffer.position(buffer.position() + data.length * Double.BYTES);
    }

    private static void getAll(ByteBuffer buffer, float[] data) {
        buffer.asFloatBuffer().get(data);
        buffer.position(buffer.position() + data.length * Float.BYTES);
    }

    private static void getAll(ByteBuffer buffer, double[] data) {
        buffer.asDoubleBuffer().get(data);
        buffer.position(buffer.position() + data.length * Double.BYTES);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }
}
