package loglinear.kernels;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceException;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.Range;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * The launch plan of the (log-linear) Gated DeltaNet forward on one device. The sequence is cut into segments of
 * 2^s chunks of 64 ({@link PlanConfig#segmentLog2()}). First {@link ChunkScoreKernels#chunkScores} computes every
 * chunk's K K^T and Q K^T once per (b, q/k group), since every head of a group shares them; then, with more than
 * one segment, three stages run:
 * <ol>
 *   <li>{@link GdnSegmentKernels#segmentSummaries}: every segment's net transition (K x K) and net write (K x V), in
 *       parallel over (b, h, segment), the chunk quantities computed once for every 64-column tile;</li>
 *   <li>{@link GdnSegmentKernels#segmentSweep}: a short Fenwick sweep over segments per (b, h, V tile) that stores
 *       the segment-level read states of every segment;</li>
 *   <li>{@link GdnKernels#chunkSweep}: per (b, h, segment, V tile) in parallel, the chunk sweep of the segment,
 *       starting its high levels from the stored read states, writing o.</li>
 * </ol>
 * With one segment only stage 3 runs: one work-group per (b, h, V tile) sweeps every chunk in order. That is the
 * sequential form {@link #sequential} builds, the reference the segmented form is tested against.
 *
 * <p>Intermediates: the chunk products K K^T and Q K^T (B G chunks 64 64 floats each: 128 MiB at the paper's
 * shape), W, Qt (C x K) and U (C x 64) per work-group, the sweep states of stage 2, normalised q and k when qkL2Norm
 * is set, and one {@code states} buffer in two regions:
 * <ul>
 *   <li>from 0, the segment summaries (K x (K + V) per segment), which stage 3 no longer needs, so the same floats
 *       then hold each work-group's s local chunk-level states (K x 64 each);</li>
 *   <li>from {@code readBase}, the read states (popcount(segment) K x V per segment), which stage 3 carries through
 *       its chunks in place as chunk levels s and up.</li>
 * </ul>
 * The local states grow with the number of segments (B H segments ceil(V / 64) s K 64 floats); at T = 131,072,
 * B = 2, H = 48, K = 128, V = 64 and s = 5 they take 960 MiB and the read states 576 MiB, against 7,350 MiB of
 * inputs and output.
 *
 * <p>{@link PlanConfig#intraSegment()} has no meaning here (the segment pass is always a chunk sweep) and is not
 * read.
 *
 * <p>As one window of a windowed forward ({@link WindowedForwardPlan}) the plan numbers chunks and segments
 * globally: stage 2's Fenwick states stay in {@code sweepStates} from one window to the next and cross each window's
 * last segment too, so stages 1-3 run on every window as they do on a whole sequence.
 */
public final class GdnForwardPlan implements WindowPlan {
    /** Largest K and V the kernels take. */
    public static final int MAX_HEAD_DIM = 256;

    private final Device device;
    private final Variant variant;
    private final Shape shape;
    private final Options options;
    private final PlanConfig config;
    private final int chunks;
    private final int levels;
    private final int segmentLog2;
    private final int segments;
    private final int windowCount;
    private final int sweepLevels;
    private final int readsPerHead;
    private final int vTiles;
    private final int kTiles;
    private final DeviceInputs inputs;
    private final PlanResources resources;
    private final StageClock clock;
    private final DeviceBuffer chunkScratch;
    private final DeviceBuffer states;
    private final int readBase;
    private final DeviceBuffer sweepStates;
    private final DeviceBuffer readOffsets;
    private final QkNormalization qkNormalization;
    private final Kernel summaryKernel;
    private final Kernel segmentSweepKernel;
    private final Kernel chunkSweepKernel;
    private final Kernel scoreKernel;
    private final DeviceBuffer keyScores;
    private final DeviceBuffer queryScores;

    /** The segmented plan with segments of 2^{@code config.segmentLog2()} chunks. */
    public GdnForwardPlan(Device device, Variant variant, Shape shape, Options options, PlanConfig config) {
        this(device, variant, shape, options, config, false, 1);
    }

    /**
     * A plan for one window of a windowed forward of {@code windowCount} windows when {@code windowCount > 1}
     * ({@link WindowedForwardPlan}): {@code shape} is the window's shape (T = W, a power-of-two multiple of the
     * segment length), stage 1 summarizes every segment, and the read states have room for the window-level reads
     * of any window.
     */
    GdnForwardPlan(Device device, Variant variant, Shape shape, Options options, PlanConfig config,
                   int windowCount) {
        this(device, variant, shape, options, config, false, windowCount);
    }

    /** The sequential plan: one segment, one work-group per (b, h, V tile) over every chunk. */
    public static GdnForwardPlan sequential(Device device, Variant variant, Shape shape, Options options) {
        return new GdnForwardPlan(device, variant, shape, options, PlanConfig.defaults(), true, 1);
    }

    private GdnForwardPlan(Device device, Variant variant, Shape shape, Options options, PlanConfig config,
                           boolean oneSegment, int windowCount) {
        validate(device, variant, shape, options, config);
        boolean windowed = windowCount > 1;
        if (windowed) {
            PlanChecks.requireWindowLength(shape, config);
        }
        this.device = device;
        this.variant = variant;
        this.shape = shape;
        this.options = options;
        this.config = config;
        this.chunks = (shape.length() + Mamba2Kernels.CHUNK - 1) / Mamba2Kernels.CHUNK;
        this.levels = GdnKernels.stateLevels(chunks);
        this.segmentLog2 = oneSegment ? levels : Math.min(config.segmentLog2(), levels);
        this.segments = (chunks + (1 << segmentLog2) - 1) >> segmentLog2;
        this.windowCount = windowCount;
        this.sweepLevels = GdnKernels.stateLevels(Math.toIntExact((long) segments * windowCount));
        int[] offsets = new int[segments + 1];
        for (int s = 0; s < segments; s++) {
            offsets[s + 1] = offsets[s] + Integer.bitCount(s);
        }
        // A window's segments also read the set bits of the window index: popcount(n) more states each.
        this.readsPerHead = Math.toIntExact(offsets[segments]
                + (long) segments * PlanChecks.mostWindowBits(windowCount));
        this.vTiles = (shape.valueDim() + Mamba2Kernels.TILE - 1) / Mamba2Kernels.TILE;
        this.kTiles = (shape.keyDim() + Mamba2Kernels.TILE - 1) / Mamba2Kernels.TILE;
        long heads = (long) shape.batch() * shape.heads();
        long keyDim = shape.keyDim();
        long tileState = keyDim * Mamba2Kernels.TILE;
        long mainGroups = heads * segments * vTiles;
        long summaryGroups = heads * summaryCapacity(segments, windowed);
        long scratchElements = Math.max(mainGroups * GdnKernels.chunkScratchFloats(shape.keyDim()),
                summaryGroups * GdnSegmentKernels.summaryScratchFloats(shape.keyDim(), shape.valueDim()));
        long localStateElements = mainGroups * segmentLog2 * tileState;
        long summaryElements = summaryGroups * (keyDim * keyDim + keyDim * shape.valueDim());
        long sweepElements = segments > 1 || windowed ? heads * vTiles * (sweepLevels + 1) * tileState : 1;
        long readElements = heads * readsPerHead * keyDim * shape.valueDim();
        long stateElements = Math.max(1, Math.max(localStateElements, summaryElements) + readElements);
        DeviceInputs.requireIndexable("GDN chunk scratch (groups*(2*64*K + 64*64) or segments*(64*K + 64*V))",
                scratchElements, shape);
        DeviceInputs.requireIndexable("GDN states (max(B*H*segments*vTiles*s*K*64, B*H*(segments-1)*(K*K+K*V))"
                + " + B*H*reads*K*V)", stateElements, shape);
        DeviceInputs.requireIndexable("GDN sweep states (B*H*vTiles*(levels+1)*K*64)", sweepElements, shape);
        this.readBase = (int) Math.max(localStateElements, summaryElements);
        long scoreElements = (long) shape.batch() * shape.groups() * chunks * ChunkScoreKernels.SCORE_FLOATS;
        DeviceInputs.requireIndexable("GDN chunk products K K^T and Q K^T (B*G*chunks*64*64 each)", scoreElements,
                shape);
        long qkNormElements = QkNormalization.elements(shape, options);
        long intermediateBytes = (scratchElements + stateElements + sweepElements + qkNormElements
                + 2 * scoreElements) * Float.BYTES
                + (long) (segments + 1) * Integer.BYTES;
        PlanResources.requireFits(device, variant, shape, true, intermediateBytes);
        // Compile first so a compile failure leaves nothing allocated.
        this.qkNormalization = QkNormalization.compile(device, options);
        boolean acrossSegments = segments > 1 || windowed;
        this.summaryKernel = acrossSegments ? device.compile(GdnSegmentKernels.class, "segmentSummaries") : null;
        this.segmentSweepKernel = acrossSegments ? device.compile(GdnSegmentKernels.class, "segmentSweep") : null;
        this.chunkSweepKernel = device.compile(GdnKernels.class, "chunkSweep");
        this.scoreKernel = device.compile(ChunkScoreKernels.class, "chunkScores");
        this.resources = PlanResources.withInputs(device, variant, shape, true);
        this.inputs = resources.inputs();
        this.clock = new StageClock(device);
        try {
            this.chunkScratch = resources.allocate(ElementType.FLOAT, scratchElements);
            this.states = resources.allocate(ElementType.FLOAT, stateElements);
            this.sweepStates = resources.allocate(ElementType.FLOAT, sweepElements);
            this.readOffsets = resources.allocate(ElementType.INT, segments + 1);
            this.keyScores = resources.allocate(ElementType.FLOAT, scoreElements);
            this.queryScores = resources.allocate(ElementType.FLOAT, scoreElements);
            qkNormalization.allocate(resources, shape);
            device.write(readOffsets, offsets);
        } catch (DeviceException e) {
            throw resources.allocationFailed(e, intermediateBytes);
        }
    }

    private static void validate(Device device, Variant variant, Shape shape, Options options, PlanConfig config) {
        PlanChecks.requireDevice(device);
        if (variant == null || !variant.deltaRule()) {
            throw new IllegalArgumentException("variant " + (variant == null ? "null" : variant.cliName())
                    + " is not a Gated DeltaNet variant: expected gdn or loglinear-gdn");
        }
        PlanChecks.requireArguments(shape, options, config);
        PlanChecks.requireLengthAndHeadDims(shape, MAX_HEAD_DIM, "kernel's");
        PlanChecks.requireLaunchGrids(shape);
        PlanChecks.requireLevels(shape);
    }

    @Override
    public float[] run(Inputs hostInputs) {
        requireOpen();
        PlanChecks.requireHostInputs(hostInputs, shape);
        if (hostInputs.beta() == null) {
            throw new IllegalArgumentException("beta is missing: " + variant.cliName() + " needs beta of shape"
                    + " [B, T, H] = " + shape.gateElements() + " elements");
        }
        inputs.write(hostInputs);
        runResident();
        return inputs.readOutput();
    }

    @Override
    public void runResident() {
        requireOpen();
        PlanChecks.requireWholeSequencePlan(windowCount);
        launchStages(shape.length(), 0, false);
    }

    @Override
    public int windowCount() {
        return windowCount;
    }

    /** Nothing to clear: the segment sweep writes every Fenwick state it reads since window 0 began. */
    @Override
    public void resetWindowStates() {
        requireOpen();
    }

    @Override
    public void runWindow(int windowIndex, int windowLength) {
        requireOpen();
        PlanChecks.requireWindowRun(shape, windowCount, windowIndex, windowLength);
        launchStages(windowLength, windowIndex, windowIndex + 1 < windowCount);
    }

    /**
     * Stages 0-3 on the first {@code length} tokens of the inputs (laid out as [B, length, ...]), as window
     * {@code windowIndex} (0 for a whole sequence); {@code carryLast}: the states also cross the last segment.
     */
    private void launchStages(int length, int windowIndex, boolean carryLast) {
        clock.start();
        DeviceBuffer q = inputs.q();
        DeviceBuffer k = inputs.k();
        if (qkNormalization.active()) {
            // qkL2Norm: q, k <- x / sqrt(sum x^2 + 1e-6), into the plan's own buffers.
            qkNormalization.launch(inputs, shape.batch() * length * shape.groups(), shape.keyDim());
            q = qkNormalization.q();
            k = qkNormalization.k();
            clock.mark("l2norm");
        }
        int heads = shape.batch() * shape.heads();
        int chunksHere = (length + Mamba2Kernels.CHUNK - 1) / Mamba2Kernels.CHUNK;
        int segmentsHere = (chunksHere + (1 << segmentLog2) - 1) >> segmentLog2;
        int chunkOffset = windowIndex * chunks;
        int summaryCount = carryLast ? segmentsHere : segmentsHere - 1;
        // Stage 0: every chunk's K K^T and Q K^T, once per q/k group.
        Range scoreGrid = Range.of(Mamba2Kernels.GROUP_THREADS, chunksHere, shape.batch() * shape.groups());
        device.launch(scoreKernel, scoreGrid, Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1), k, k, keyScores,
                length, shape.groups(), shape.keyDim(), chunksHere);
        device.launch(scoreKernel, scoreGrid, Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1), q, k, queryScores,
                length, shape.groups(), shape.keyDim(), chunksHere);
        clock.mark("chunk-products");
        if (segmentSweepKernel != null) {
            if (summaryCount > 0) {
                // Stage 1: net transition and net write of every segment the states cross.
                device.launch(summaryKernel, Range.of(Mamba2Kernels.GROUP_THREADS, heads, summaryCount),
                        Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1),
                        k, inputs.v(), inputs.g(), inputs.beta(), keyScores, states, chunkScratch, length,
                        shape.heads(), shape.headsPerGroup(), shape.groups(), shape.keyDim(), shape.valueDim(),
                        segmentLog2, kTiles, chunksHere);
                clock.mark("segment-summaries");
            }
            // Stage 2: Fenwick sweep over segments, storing every segment's read states.
            device.launch(segmentSweepKernel, Range.of(Mamba2Kernels.GROUP_THREADS * vTiles, heads),
                    Range.of(Mamba2Kernels.GROUP_THREADS, 1),
                    states, sweepStates, readOffsets, shape.keyDim(), shape.valueDim(), segmentsHere, sweepLevels,
                    Math.max(1, readsPerHead), readBase, Math.max(1, summaryCount), chunkOffset >> segmentLog2,
                    carryLast ? 1 : 0);
            clock.mark("segment-sweep");
        }
        // Stage 3: per (b, h, segment, V tile) the chunk sweep of the segment, writing o.
        device.launch(chunkSweepKernel, Range.of(Mamba2Kernels.GROUP_THREADS * vTiles, heads, segmentsHere),
                Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1),
                q, k, inputs.v(), inputs.g(), inputs.beta(), inputs.lambda(), keyScores, queryScores, inputs.o(),
                states, readOffsets,
                chunkScratch, length, shape.heads(), shape.headsPerGroup(), shape.groups(), shape.keyDim(),
                shape.valueDim(), shape.levels(), variant.logLinear() ? 1 : 0, (float) options.scale(), chunksHere,
                segmentLog2, Math.max(1, readsPerHead), readBase, chunkOffset);
        clock.mark("chunk-sweep");
        clock.finish();
    }

    /** Segment summaries room: every segment of a window plan, all but the last otherwise. */
    private static long summaryCapacity(int segments, boolean windowed) {
        return windowed ? segments : segments - 1;
    }

    /** Chunks of 64 tokens the sweep walks. */
    public int chunks() {
        return chunks;
    }

    /** Chunk-level states each work-group keeps. */
    public int stateLevels() {
        return levels;
    }

    /** Segments of 2^s chunks (1 for the sequential form; per window for a window plan). */
    public int segments() {
        return segments;
    }

    @Override
    public PlanConfig config() {
        return config;
    }

    @Override
    public long allocatedBytes() {
        return resources.allocatedBytes();
    }

    @Override
    public long intermediateBytes() {
        return resources.intermediateBytes();
    }

    @Override
    public void setTiming(boolean enabled) {
        clock.setEnabled(enabled);
    }

    @Override
    public StageTimings lastTimings() {
        return clock.lastTimings();
    }

    @Override
    public Device device() {
        return device;
    }

    @Override
    public Variant variant() {
        return variant;
    }

    @Override
    public Shape shape() {
        return shape;
    }

    @Override
    public Options options() {
        return options;
    }

    @Override
    public DeviceInputs inputs() {
        return inputs;
    }

    private void requireOpen() {
        resources.requireOpen();
    }

    @Override
    public void close() {
        resources.close();
    }
}
