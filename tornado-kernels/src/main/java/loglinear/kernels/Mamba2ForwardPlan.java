package loglinear.kernels;

import static loglinear.kernels.PlanChecks.roundUp;

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
 * The launch plan of the (log-linear) Mamba-2 and linear-attention forward on one device: the stages of
 * {@link Mamba2Kernels} with buffers allocated once. The masked form runs cumsum, end states, segment sweep and
 * output; the sweep form runs cumsum, scores, the walk over every segment (in-segment terms of o and the end
 * states), segment sweep, the split of Q into pair words and the segment-level reads (stage names in
 * {@link #lastTimings}: cumsum, scores, sweep, segment-sweep, query-pairs, segment-reads). Intermediates: Gs (one
 * float per padded token and head), the segment end states (B H (segments - 1) K V floats) and the stored
 * segment-level read states (B H sum_sigma popcount(sigma) V rows; K floats each in the masked form, 2 W pair words
 * each in the sweep form, W = {@link PairWords#wordsPerRow}(K), the same bytes for K a multiple of 8), in the sweep
 * form the in-segment level states (F[2..s] per group), Q as pair words (2 B T G W ints) and the raw scores of every
 * chunk and of every aligned chunk pair, Q K^T (B G (chunks + chunks / 2) 64 64 floats, computed once per q/k group by
 * {@link ChunkScoreKernels}), plus normalised
 * q and k when qkL2Norm is set. As one window of a
 * {@link WindowedForwardPlan} it also keeps the last segment's end state, room for the window-level reads, and the
 * carried window-level states (B H levels K V floats), and runs {@link Mamba2WindowKernels#windowAdvance} after each
 * window but the last.
 */
public final class Mamba2ForwardPlan implements WindowPlan {
    /** Largest K and V the kernels take. */
    public static final int MAX_HEAD_DIM = 256;

    private final Device device;
    private final Variant variant;
    private final Shape shape;
    private final Options options;
    private final PlanConfig config;
    private final Layout layout;
    private final DeviceInputs inputs;
    private final PlanResources resources;
    private final StageClock clock;
    private final DeviceBuffer gs;
    private final DeviceBuffer endStates;
    private final DeviceBuffer readStates;
    private final DeviceBuffer readPairs;
    private final DeviceBuffer queryPairs;
    private final DeviceBuffer readOffsets;
    private final DeviceBuffer levelStates;
    private final DeviceBuffer scores;
    private final DeviceBuffer pairScores;
    private final DeviceBuffer windowLevels;
    private final int windowCount;
    private final int windowLevelCount;
    private final Kernel windowAdvanceKernel;
    private final QkNormalization qkNormalization;
    private final Kernel cumsumKernel;
    private final Kernel endStatesKernel;
    private final Kernel sweepKernel;
    private final Kernel outputKernel;
    private final Kernel scoreKernel;
    private final Kernel pairScoreKernel;
    private final Kernel segmentReadKernel;
    private final Kernel splitKernel;

    /**
     * Sizes derived from the shape: chunks of 64, segments of 2^s chunks, the padded length, and the popcount
     * prefix offsets of the stored read states.
     */
    record Layout(int chunks, int segmentLog2, int segments, int paddedLength, int[] readOffsets, int readsPerHead) {
        static Layout of(Shape shape, PlanConfig config) {
            return of(shape.length(), config);
        }

        static Layout of(int length, PlanConfig config) {
            int chunks = (length + Mamba2Kernels.CHUNK - 1) / Mamba2Kernels.CHUNK;
            int perSegment = 1 << config.segmentLog2();
            int segments = (chunks + perSegment - 1) / perSegment;
            int[] offsets = new int[segments + 1];
            for (int s = 0; s < segments; s++) {
                offsets[s + 1] = offsets[s] + Integer.bitCount(s);
            }
            return new Layout(chunks, config.segmentLog2(), segments, segments * perSegment * Mamba2Kernels.CHUNK,
                    offsets, offsets[segments]);
        }
    }

    public Mamba2ForwardPlan(Device device, Variant variant, Shape shape, Options options, PlanConfig config) {
        this(device, variant, shape, options, config, 1);
    }

    /**
     * A plan for one window of a windowed forward of {@code windowCount} windows when {@code windowCount > 1}
     * ({@link WindowedForwardPlan}): {@code shape} is the window's shape (T = W, a power-of-two multiple of the
     * segment length), stage 1 keeps every segment's end state, the read states have room for the window-level
     * reads of any window, and the carried window-level states live in this plan.
     */
    Mamba2ForwardPlan(Device device, Variant variant, Shape shape, Options options, PlanConfig config,
                      int windowCount) {
        validate(device, variant, shape, options, config);
        this.device = device;
        this.variant = variant;
        this.shape = shape;
        this.options = options;
        this.config = config;
        this.layout = Layout.of(shape, config);
        this.windowCount = windowCount;
        boolean windowed = windowCount > 1;
        if (windowed) {
            PlanChecks.requireWindowLength(shape, config);
        }
        this.windowLevelCount = windowed ? 32 - Integer.numberOfLeadingZeros(windowCount) + 2 : 1;
        long heads = (long) shape.batch() * shape.heads();
        long stateSize = (long) shape.keyDim() * shape.valueDim();
        long gsElements = heads * layout.paddedLength();
        long endElements = heads * Math.max(1, windowed ? layout.segments() : layout.segments() - 1) * stateSize;
        boolean sweep = config.intraSegment() == PlanConfig.IntraSegment.SWEEP;
        // The sweep form keeps the read states and Q as pair words (PairWords) for its read pass, the masked form
        // the read states as floats.
        long pairRowWords = PairWords.wordsPerRow(shape.keyDim());
        long readElements = sweep ? 1 : heads * Math.max(1, readsPerHead()) * stateSize;
        long readPairWords = sweep ? 2 * heads * Math.max(1, readsPerHead()) * shape.valueDim() * pairRowWords : 1;
        long queryPairWords = sweep ? 2L * shape.batch() * shape.length() * shape.groups() * pairRowWords : 1;
        long windowLevelElements = windowed ? heads * windowLevelCount * stateSize : 1;
        DeviceInputs.requireIndexable("window-level states (B*H*levels*K*V)", windowLevelElements, shape);
        DeviceInputs.requireIndexable("Gs (B*H*padded T)", gsElements, shape);
        DeviceInputs.requireIndexable("segment end states (B*H*segments*K*V)", endElements, shape);
        DeviceInputs.requireIndexable("segment read states (B*H*reads*K*V)", readElements, shape);
        DeviceInputs.requireIndexable("segment read-state pair words (2*B*H*reads*V*W)", readPairWords, shape);
        DeviceInputs.requireIndexable("q pair words (2*B*T*G*W)", queryPairWords, shape);
        long vTiles = (shape.valueDim() + Mamba2Kernels.TILE - 1) / Mamba2Kernels.TILE;
        long scratchElements = sweep
                ? heads * layout.segments() * vTiles * Mamba2SweepKernels.levelSlots(config.segmentLog2())
                        * shape.keyDim() * Mamba2Kernels.TILE
                : 1;
        DeviceInputs.requireIndexable("in-segment level states (B*H*segments*max(1,s-1)*K*64*vTiles)", scratchElements,
                shape);
        long scoreElements = sweep
                ? (long) shape.batch() * shape.groups() * layout.chunks() * ChunkScoreKernels.SCORE_FLOATS : 1;
        DeviceInputs.requireIndexable("chunk scores (B*G*chunks*64*64)", scoreElements, shape);
        long pairScoreElements = sweep && layout.chunks() > 1
                ? (long) shape.batch() * shape.groups() * (layout.chunks() / 2) * ChunkScoreKernels.SCORE_FLOATS : 1;
        long qkNormElements = QkNormalization.elements(shape, options);
        long intermediateBytes = (gsElements + endElements + readElements + scratchElements + qkNormElements
                + windowLevelElements + scoreElements + pairScoreElements) * Float.BYTES
                + (readPairWords + queryPairWords + layout.segments() + 1) * Integer.BYTES;
        PlanResources.requireFits(device, variant, shape, false, intermediateBytes);
        // Compile first so a compile failure leaves nothing allocated.
        this.qkNormalization = QkNormalization.compile(device, options);
        this.cumsumKernel = device.compile(Mamba2Kernels.class, "segmentCumsum");
        this.endStatesKernel = sweep ? null : device.compile(Mamba2EndStateKernels.class, "segmentEndStates");
        this.sweepKernel = device.compile(Mamba2Kernels.class, "segmentSweep");
        this.windowAdvanceKernel = windowed ? device.compile(Mamba2WindowKernels.class, "windowAdvance") : null;
        this.outputKernel = sweep ? device.compile(Mamba2SweepKernels.class, "segmentSweepOutput")
                : device.compile(Mamba2Kernels.class, "chunkOutput");
        this.scoreKernel = sweep ? device.compile(ChunkScoreKernels.class, "chunkScores") : null;
        this.pairScoreKernel = sweep ? device.compile(ChunkScoreKernels.class, "pairCrossScores") : null;
        this.segmentReadKernel = sweep ? device.compile(Mamba2SegmentReadKernels.class, "segmentReads") : null;
        this.splitKernel = sweep ? device.compile(PairWords.class, "splitRows") : null;
        this.resources = PlanResources.withInputs(device, variant, shape, false);
        this.inputs = resources.inputs();
        this.clock = new StageClock(device);
        try {
            this.gs = resources.allocate(ElementType.FLOAT, gsElements);
            this.endStates = resources.allocate(ElementType.FLOAT, endElements);
            this.readStates = resources.allocate(ElementType.FLOAT, readElements);
            this.readPairs = resources.allocate(ElementType.INT, readPairWords);
            this.queryPairs = resources.allocate(ElementType.INT, queryPairWords);
            this.readOffsets = resources.allocate(ElementType.INT, layout.segments() + 1);
            this.levelStates = resources.allocate(ElementType.FLOAT, scratchElements);
            this.scores = resources.allocate(ElementType.FLOAT, scoreElements);
            this.pairScores = resources.allocate(ElementType.FLOAT, pairScoreElements);
            this.windowLevels = resources.allocate(ElementType.FLOAT, windowLevelElements);
            qkNormalization.allocate(resources, shape);
            device.write(readOffsets, layout.readOffsets());
        } catch (DeviceException e) {
            throw resources.allocationFailed(e, intermediateBytes);
        }
    }

    /**
     * Stored read states per (b, h): popcount summed over the segments, and in a windowed plan the most over the
     * windows of popcount(n * segments + sigma) summed over sigma (the window bits add popcount(n) per segment).
     */
    private int readsPerHead() {
        return Math.toIntExact(layout.readsPerHead()
                + (long) layout.segments() * PlanChecks.mostWindowBits(windowCount));
    }

    private static void validate(Device device, Variant variant, Shape shape, Options options, PlanConfig config) {
        PlanChecks.requireDevice(device);
        if (variant == null || variant.deltaRule()) {
            throw new IllegalArgumentException("variant " + (variant == null ? "null" : variant.cliName())
                    + " is not a Mamba-2 family variant: expected linear, mamba2 or loglinear-mamba2");
        }
        PlanChecks.requireArguments(shape, options, config);
        PlanChecks.requireLengthAndHeadDims(shape, MAX_HEAD_DIM, "kernels'");
        PlanChecks.requireLaunchGrids(shape);
        DeviceInputs.requireIndexable("q/k [B, T, G, K]", shape.qkElements(), shape);
        DeviceInputs.requireIndexable("v/o [B, T, H, V]", shape.vElements(), shape);
        DeviceInputs.requireIndexable("lambda [B, T, H, L]", shape.lambdaElements(), shape);
        PlanChecks.requireLevels(shape);
    }

    @Override
    public float[] run(Inputs hostInputs) {
        requireOpen();
        PlanChecks.requireHostInputs(hostInputs, shape);
        inputs.write(hostInputs);
        runResident();
        return inputs.readOutput();
    }

    @Override
    public void runResident() {
        requireOpen();
        PlanChecks.requireWholeSequencePlan(windowCount);
        launchStages(layout, shape.length(), 0);
    }

    @Override
    public int windowCount() {
        return windowCount;
    }

    /** Zeroes the carried window-level states; call before window 0 of a windowed forward. */
    @Override
    public void resetWindowStates() {
        requireOpen();
        device.write(windowLevels, new float[Math.toIntExact(windowLevels.length())]);
    }

    /**
     * Window {@code windowIndex} of a windowed forward on what {@link #inputs()} holds in its first
     * {@code windowLength} tokens (the window's tensors laid out as a [B, windowLength, ...] shape): stages 0-3 with
     * the global segment index, then the window-level Fenwick step when a later window follows. Asynchronous.
     */
    @Override
    public void runWindow(int windowIndex, int windowLength) {
        requireOpen();
        PlanChecks.requireWindowRun(shape, windowCount, windowIndex, windowLength);
        launchStages(Layout.of(windowLength, config), windowLength, windowIndex);
    }

    private void launchStages(Layout layout, int length, int windowIndex) {
        boolean windowed = windowCount > 1;
        int segmentShift = Integer.numberOfTrailingZeros(this.layout.segments());
        int segmentBase = windowIndex << segmentShift;
        int heads = shape.batch() * shape.heads();
        int segments = layout.segments();
        int paddedLength = this.layout.paddedLength();
        int readsPerHead = Math.max(1, readsPerHead());
        int vTiles = (shape.valueDim() + Mamba2Kernels.TILE - 1) / Mamba2Kernels.TILE;
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
        // Stage 0: segment-local cumsum Gs.
        device.launch(cumsumKernel, Range.of(Mamba2Kernels.CHUNK * segments, heads), Range.of(Mamba2Kernels.CHUNK, 1),
                inputs.g(), gs, length, shape.heads(), layout.segmentLog2(), paddedLength,
                variant.gated() ? 1 : 0);
        clock.mark("cumsum");
        // Windowed: every segment's end state feeds the window end state, and window-level reads need stage 2.
        int endStateCount = windowed ? segments : segments - 1;
        int stateSize = shape.keyDim() * shape.valueDim();
        boolean segmentReads = segments > 1 || windowIndex > 0;
        if (config.intraSegment() == PlanConfig.IntraSegment.SWEEP) {
            // Sweep form, stage 1: every chunk's Q K^T and every aligned pair's cross block, once per q/k group.
            device.launch(scoreKernel, Range.of(Mamba2Kernels.GROUP_THREADS, layout.chunks(),
                            shape.batch() * shape.groups()), Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1),
                    q, k, scores, length, shape.groups(), shape.keyDim(), layout.chunks());
            if (layout.chunks() > 1) {
                device.launch(pairScoreKernel, Range.of(Mamba2Kernels.GROUP_THREADS, layout.chunks() / 2,
                                shape.batch() * shape.groups()), Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1),
                        q, k, pairScores, length, shape.groups(), shape.keyDim(), layout.chunks() / 2);
            }
            clock.mark("scores");
            // Stage 2: per (segment, V tile) a walk over the segment's chunks: o = in-segment terms, and the end
            // state of every whole segment below endStateCount.
            device.launch(outputKernel, Range.of(Mamba2Kernels.GROUP_THREADS * vTiles, heads, segments),
                    Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1),
                    q, k, inputs.v(), inputs.lambda(), gs, scores, pairScores, levelStates, endStates, inputs.o(),
                    length, shape.heads(), shape.headsPerGroup(), shape.groups(), shape.keyDim(),
                    shape.valueDim(), shape.levels(), layout.segmentLog2(), paddedLength,
                    variant.logLinear() ? 1 : 0, (float) options.scale(), layout.chunks(), segments, endStateCount);
            clock.mark("sweep");
            if (segmentReads) {
                // Stage 3: Fenwick sweep over segments (read states as pair words), Q as pair words, then o += the
                // segment-level terms, every pair in parallel.
                launchSegmentSweep(layout, heads, endStateCount, readsPerHead, segmentBase, windowed,
                        segmentShift);
                int queryRows = shape.batch() * length * shape.groups();
                int words = PairWords.wordsPerRow(shape.keyDim());
                device.launch(splitKernel, Range.of(roundUp(queryRows * words, Mamba2Kernels.GROUP_THREADS)),
                        Range.of(Mamba2Kernels.GROUP_THREADS), q, queryPairs, queryRows, shape.keyDim());
                clock.mark("query-pairs");
                int blockChunks = Mamba2SegmentReadKernels.blockChunks(layout.segmentLog2());
                device.launch(segmentReadKernel, Range.of(Mamba2Kernels.GROUP_THREADS * vTiles, heads,
                                (layout.chunks() + blockChunks - 1) / blockChunks),
                        Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1),
                        queryPairs, inputs.lambda(), gs, readPairs, readOffsets, inputs.o(), length, shape.heads(),
                        shape.headsPerGroup(), shape.groups(), shape.keyDim(), shape.valueDim(), shape.levels(),
                        layout.segmentLog2(), paddedLength, readsPerHead, variant.logLinear() ? 1 : 0,
                        (float) options.scale(), layout.chunks(), segmentBase, queryRows * words,
                        readPairLowOffset(readsPerHead));
                clock.mark("segment-reads");
            }
        } else {
            if (endStateCount > 0) {
                int keySpans = (shape.keyDim() + Mamba2EndStateKernels.KEY_SPAN - 1) / Mamba2EndStateKernels.KEY_SPAN;
                // Masked form, stage 1: end states of every segment but the last (no later segment of a single
                // plan reads it).
                device.launch(endStatesKernel,
                        Range.of(Mamba2Kernels.GROUP_THREADS * keySpans * vTiles, heads, endStateCount),
                        Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1),
                        k, inputs.v(), gs, endStates, length, shape.heads(), shape.headsPerGroup(),
                        shape.groups(), shape.keyDim(), shape.valueDim(), layout.segmentLog2(), endStateCount,
                        paddedLength, vTiles);
                clock.mark("segment-states");
            }
            if (segmentReads) {
                // Stage 2: Fenwick sweep over segments.
                launchSegmentSweep(layout, heads, endStateCount, readsPerHead, segmentBase, windowed,
                        segmentShift);
            }
            // Stage 3 (masked form): per (chunk, V tile) output, in-segment and segment-level terms.
            device.launch(outputKernel, Range.of(Mamba2Kernels.GROUP_THREADS * vTiles, layout.chunks(), heads),
                    Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1),
                    q, k, inputs.v(), inputs.lambda(), gs, readStates, readOffsets, inputs.o(), length,
                    shape.heads(), shape.headsPerGroup(), shape.groups(), shape.keyDim(), shape.valueDim(),
                    shape.levels(), layout.segmentLog2(), paddedLength, readsPerHead,
                    variant.logLinear() ? 1 : 0, (float) options.scale(), segmentBase);
            clock.mark("output");
        }
        if (windowed && windowIndex + 1 < windowCount) {
            // Window-level Fenwick step: window end state, decay, carry before window n + 1.
            device.launch(windowAdvanceKernel, Range.of(roundUp(stateSize, Mamba2Kernels.GROUP_THREADS), heads),
                    Range.of(Mamba2Kernels.GROUP_THREADS, 1),
                    gs, endStates, windowLevels, shape.keyDim(), shape.valueDim(), layout.segmentLog2(), segments,
                    paddedLength, windowLevelCount, windowIndex + 1);
            clock.mark("window-advance");
        }
        clock.finish();
    }

    /**
     * The Fenwick sweep over segments, one work-item per two state elements: stores every segment's read states,
     * as pair words in the sweep form and as floats in the masked form.
     */
    private void launchSegmentSweep(Layout layout, int heads, int endStateCount, int readsPerHead, int segmentBase,
                                    boolean windowed, int segmentShift) {
        boolean pairs = config.intraSegment() == PlanConfig.IntraSegment.SWEEP;
        int items = shape.valueDim() * PairWords.wordsPerRow(shape.keyDim());
        device.launch(sweepKernel, Range.of(roundUp(items, Mamba2Kernels.GROUP_THREADS), heads),
                Range.of(Mamba2Kernels.GROUP_THREADS, 1),
                gs, endStates, readOffsets, readStates, readPairs, windowLevels, shape.keyDim(), shape.valueDim(),
                layout.segmentLog2(), layout.segments(), endStateCount, this.layout.paddedLength(), readsPerHead,
                segmentBase, windowed ? segmentShift : 31, windowLevelCount, pairs ? 1 : 0,
                pairs ? readPairLowOffset(readsPerHead) : 0);
        clock.mark("segment-sweep");
    }

    /** Where the low words of the read-state pairs start: B H reads V W (the high words come first). */
    private int readPairLowOffset(int readsPerHead) {
        return shape.batch() * shape.heads() * readsPerHead * shape.valueDim() * PairWords.wordsPerRow(shape.keyDim());
    }

    @Override
    public long allocatedBytes() {
        return resources.allocatedBytes();
    }

    @Override
    public long intermediateBytes() {
        return resources.intermediateBytes();
    }

    /** Segments of 2^s chunks this plan uses. */
    public int segments() {
        return layout.segments();
    }

    @Override
    public PlanConfig config() {
        return config;
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
