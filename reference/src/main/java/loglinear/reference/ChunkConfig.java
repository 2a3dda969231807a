package loglinear.reference;

/**
 * How the chunkwise CPU forward runs: chunk size C, worker threads, and whether the inner loops use the Vector API.
 *
 * @param chunk      C, one of 16, 32, 64, 128 (a power of two, so chunks are aligned with the Fenwick levels)
 * @param threads    worker threads, >= 1; work is split over (batch, head) pairs
 * @param vectorized true: jdk.incubator.vector loops; false: the same loops in plain scalar Java, for comparison
 */
public record ChunkConfig(int chunk, int threads, boolean vectorized) {
    /** The chunk sizes the chunkwise forward accepts. */
    public static final int[] CHUNK_SIZES = {16, 32, 64, 128};
    public static final int DEFAULT_CHUNK = 64;

    public ChunkConfig {
        boolean supported = false;
        for (int size : CHUNK_SIZES) {
            supported |= size == chunk;
        }
        if (!supported) {
            throw new IllegalArgumentException("chunk must be one of 16, 32, 64, 128, got " + chunk);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** C = 64, one thread per available processor, vectorized. */
    public static ChunkConfig defaults() {
        return new ChunkConfig(DEFAULT_CHUNK, Runtime.getRuntime().availableProcessors(), true);
    }

    /** The defaults with another chunk size. */
    public static ChunkConfig ofChunk(int chunk) {
        return new ChunkConfig(chunk, Runtime.getRuntime().availableProcessors(), true);
    }

    public ChunkConfig withThreads(int newThreads) {
        return new ChunkConfig(chunk, newThreads, vectorized);
    }

    public ChunkConfig withVectorized(boolean newVectorized) {
        return new ChunkConfig(chunk, threads, newVectorized);
    }

    /** c with C = 2^c. */
    public int chunkLog2() {
        return Integer.numberOfTrailingZeros(chunk);
    }
}
