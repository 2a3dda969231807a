package loglinear.kernels;

/**
 * Tuning of a forward plan.
 *
 * @param segmentLog2  s: segments of 2^s chunks of 64 tokens (0 .. 8). Across segments the output reads stored
 *                     states (sum over segments of popcount(segment) K x V states per head), so a larger s stores less.
 * @param intraSegment how the output kernel handles the levels inside a segment
 */
public record PlanConfig(int segmentLog2, IntraSegment intraSegment) {
    public static final int MAX_SEGMENT_LOG2 = 8;
    public static final int DEFAULT_SWEEP_SEGMENT_LOG2 = 5;
    public static final int DEFAULT_MASKED_SEGMENT_LOG2 = 4;
    /** Segment size of the Mamba-2 family's automatic form up to {@link #SHORT_SEQUENCE_CHUNKS} chunks. */
    public static final int SHORT_SWEEP_SEGMENT_LOG2 = 4;
    /** Longest sequence, in chunks of 64 (65,536 tokens), for which the automatic Mamba-2 form takes s = 4. */
    public static final int SHORT_SEQUENCE_CHUNKS = 1024;

    /** The two forms of stage 3. */
    public enum IntraSegment {
        /**
         * One work-group per (segment, V tile) walks the segment's chunks with the in-segment Fenwick states in a
         * scratch area ({@link Mamba2SweepKernels}): the least arithmetic, 2^s sequential chunk steps per group.
         */
        SWEEP,
        /**
         * One work-group per (chunk, V tile) attends to every earlier chunk of its segment in masked form
         * ({@link Mamba2Kernels#chunkOutput}): no scratch, fully parallel, about (2^s + 1) / 2 tile pairs per chunk.
         */
        MASKED
    }

    public PlanConfig {
        if (segmentLog2 < 0 || segmentLog2 > MAX_SEGMENT_LOG2) {
            throw new IllegalArgumentException("segmentLog2 must be in 0.." + MAX_SEGMENT_LOG2 + ", got "
                    + segmentLog2);
        }
        if (intraSegment == null) {
            throw new IllegalArgumentException("intraSegment must not be null: expected SWEEP or MASKED");
        }
    }

    /** The sweep form with segments of 2^5 chunks. */
    public static PlanConfig defaults() {
        return new PlanConfig(DEFAULT_SWEEP_SEGMENT_LOG2, IntraSegment.SWEEP);
    }

    /**
     * The form for {@code variant} and {@code shape}: always the sweep. Measured on an H100 at B = 2, H = 48, K = 128,
     * V = 64, the sweep was faster than the masked form at every length from 1,024 to 1,048,576 tokens, also where
     * it makes few work-groups; the masked form stays selectable through {@link #masked}. Segments of 2^5 chunks
     * ({@link #defaults}), except for the Mamba-2 family up to {@link #SHORT_SEQUENCE_CHUNKS} chunks: there 2^4
     * chunks were faster at every length measured (1,024 .. 65,536: 1% at 32,768 and 65,536, 3.5% at 16,384, 17% at
     * 8,192; docs/results/h100/pair-sweep/segment-size) for at most 1.39x the bytes of inputs plus output, while at
     * 131,072 the two were within 1% and s = 5 stores 1.3 GB less. With the read pass on pair words, s = 3 was 2-10%
     * faster than s = 4 from 4,096 to 16,384 tokens, but its stored states took the peak at 16,384 to 1.62x the
     * bytes of inputs plus output, past the 1.5x the plans keep to (docs/results/h100/pair-reads), so s = 4 stays.
     */
    public static PlanConfig auto(loglinear.reference.Variant variant, loglinear.reference.Shape shape) {
        if (variant == null) {
            throw new IllegalArgumentException("variant must not be null");
        }
        if (shape == null) {
            throw new IllegalArgumentException("shape must not be null");
        }
        long chunks = ((long) shape.length() + 63) / 64;
        if (!variant.deltaRule() && chunks <= SHORT_SEQUENCE_CHUNKS) {
            return sweep(SHORT_SWEEP_SEGMENT_LOG2);
        }
        return defaults();
    }

    public static PlanConfig sweep(int segmentLog2) {
        return new PlanConfig(segmentLog2, IntraSegment.SWEEP);
    }

    public static PlanConfig masked(int segmentLog2) {
        return new PlanConfig(segmentLog2, IntraSegment.MASKED);
    }
}
