package loglinear.kernels;

import java.util.ArrayList;
import java.util.List;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceEvent;
import loglinear.jit.DeviceException;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.Range;
import loglinear.reference.Inputs;
import loglinear.reference.Levels;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * The launch plan of the (log-linear) Gated DeltaNet forward on one device. The sequence is cut into segments of
 * 2^s chunks of 64 ({@link PlanConfig#segmentLog2()}); with more than one segment three stages run:
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
 * <p>Intermediates: W, Qt (C x K) and U (C x 64) per work-group, the chunk-level states (levels x K x 64 per
 * work-group, levels = bitLength(chunks - 1)), the segment summaries (K x (K + V) per segment), sweep states and
 * read states (popcount(segment) K x V per segment), and normalised q and k when qkL2Norm is set. The chunk-level
 * states grow with the number of segments (B H segments ceil(V / 64) levels K 64 floats), so small s at long T
 * costs memory: the default s = 5 keeps them at a fraction of the inputs (T = 131,072, H = 4, K = 128, V = 64:
 * 92 MB of level states against about 400 MB of inputs and output).
 *
 * <p>{@link PlanConfig#intraSegment()} has no meaning here (the segment pass is always a chunk sweep) and is not
 * read.
 */
public final class GdnForwardPlan implements ForwardPlan {
    /** Largest K and V the kernels take. */
    public static final int MAX_HEAD_DIM = 256;

    private final Device device;
    private final Variant variant;
    private final Shape shape;
    private final Options options;
    private final int chunks;
    private final int levels;
    private final int segmentLog2;
    private final int segments;
    private final int sweepLevels;
    private final int readsPerHead;
    private final int vTiles;
    private final int kTiles;
    private final DeviceInputs inputs;
    private final List<DeviceBuffer> intermediates = new ArrayList<>();
    private final DeviceBuffer chunkScratch;
    private final DeviceBuffer levelStates;
    private final DeviceBuffer summaries;
    private final DeviceBuffer sweepStates;
    private final DeviceBuffer readStates;
    private final DeviceBuffer readOffsets;
    private final DeviceBuffer normalizedQ;
    private final DeviceBuffer normalizedK;
    private final Kernel normalizeKernel;
    private final Kernel summaryKernel;
    private final Kernel segmentSweepKernel;
    private final Kernel chunkSweepKernel;
    private boolean timing;
    private StageTimings lastTimings;
    private boolean closed;

    /** The segmented plan with segments of 2^{@code config.segmentLog2()} chunks. */
    public GdnForwardPlan(Device device, Variant variant, Shape shape, Options options, PlanConfig config) {
        this(device, variant, shape, options, config, false);
    }

    /** The sequential plan: one segment, one work-group per (b, h, V tile) over every chunk. */
    public static GdnForwardPlan sequential(Device device, Variant variant, Shape shape, Options options) {
        return new GdnForwardPlan(device, variant, shape, options, PlanConfig.defaults(), true);
    }

    private GdnForwardPlan(Device device, Variant variant, Shape shape, Options options, PlanConfig config,
                           boolean oneSegment) {
        validate(device, variant, shape, options, config);
        this.device = device;
        this.variant = variant;
        this.shape = shape;
        this.options = options;
        this.chunks = (shape.length() + Mamba2Kernels.CHUNK - 1) / Mamba2Kernels.CHUNK;
        this.levels = GdnKernels.stateLevels(chunks);
        this.segmentLog2 = oneSegment ? levels : Math.min(config.segmentLog2(), levels);
        this.segments = (chunks + (1 << segmentLog2) - 1) >> segmentLog2;
        this.sweepLevels = GdnKernels.stateLevels(segments);
        int[] offsets = new int[segments + 1];
        for (int s = 0; s < segments; s++) {
            offsets[s + 1] = offsets[s] + Integer.bitCount(s);
        }
        this.readsPerHead = offsets[segments];
        this.vTiles = (shape.valueDim() + Mamba2Kernels.TILE - 1) / Mamba2Kernels.TILE;
        this.kTiles = (shape.keyDim() + Mamba2Kernels.TILE - 1) / Mamba2Kernels.TILE;
        long heads = (long) shape.batch() * shape.heads();
        long keyDim = shape.keyDim();
        long tileState = keyDim * Mamba2Kernels.TILE;
        long mainGroups = heads * segments * vTiles;
        long summaryGroups = heads * (segments - 1);
        long scratchElements = Math.max(mainGroups * GdnKernels.chunkScratchFloats(shape.keyDim()),
                summaryGroups * GdnSegmentKernels.summaryScratchFloats(shape.keyDim(), shape.valueDim()));
        long stateElements = mainGroups * levels * tileState;
        long summaryElements = Math.max(1, heads * (segments - 1) * (keyDim * keyDim + keyDim * shape.valueDim()));
        long sweepElements = segments > 1 ? heads * vTiles * (sweepLevels + 1) * tileState : 1;
        long readElements = Math.max(1, heads * readsPerHead * keyDim * shape.valueDim());
        DeviceInputs.requireIndexable("GDN chunk scratch (groups*(2*64*K + 64*64) or segments*(64*K + 64*V))",
                scratchElements, shape);
        DeviceInputs.requireIndexable("GDN level states (B*H*segments*vTiles*levels*K*64)", stateElements, shape);
        DeviceInputs.requireIndexable("GDN segment summaries (B*H*(segments-1)*(K*K+K*V))", summaryElements, shape);
        DeviceInputs.requireIndexable("GDN sweep states (B*H*vTiles*(levels+1)*K*64)", sweepElements, shape);
        DeviceInputs.requireIndexable("GDN read states (B*H*reads*K*V)", readElements, shape);
        long qkNormElements = options.qkL2Norm() ? 2 * shape.qkElements() : 0;
        long intermediateBytes = (scratchElements + stateElements + summaryElements + sweepElements + readElements
                + qkNormElements) * Float.BYTES + (long) (segments + 1) * Integer.BYTES;
        long wanted = DeviceInputs.bytesFor(shape, true) + intermediateBytes;
        long free = device.freeMemoryBytes();
        if (wanted > free) {
            throw new DeviceException("forward plan for " + variant.cliName() + " " + shape + " needs " + wanted
                    + " bytes of device memory, " + free + " bytes free on " + device.name());
        }
        // Compile first so a compile failure leaves nothing allocated.
        this.normalizeKernel = options.qkL2Norm() ? device.compile(Mamba2Kernels.class, "l2NormalizeRows") : null;
        this.summaryKernel = segments > 1 ? device.compile(GdnSegmentKernels.class, "segmentSummaries") : null;
        this.segmentSweepKernel = segments > 1 ? device.compile(GdnSegmentKernels.class, "segmentSweep") : null;
        this.chunkSweepKernel = device.compile(GdnKernels.class, "chunkSweep");
        this.inputs = DeviceInputs.allocate(device, shape, true);
        try {
            this.chunkScratch = allocate(ElementType.FLOAT, scratchElements);
            this.levelStates = allocate(ElementType.FLOAT, stateElements);
            this.summaries = allocate(ElementType.FLOAT, summaryElements);
            this.sweepStates = allocate(ElementType.FLOAT, sweepElements);
            this.readStates = allocate(ElementType.FLOAT, readElements);
            this.readOffsets = allocate(ElementType.INT, segments + 1);
            this.normalizedQ = options.qkL2Norm() ? allocate(ElementType.FLOAT, Math.max(1, shape.qkElements()))
                    : null;
            this.normalizedK = options.qkL2Norm() ? allocate(ElementType.FLOAT, Math.max(1, shape.qkElements()))
                    : null;
            device.write(readOffsets, offsets);
        } catch (DeviceException e) {
            freeAll();
            throw new DeviceException("could not allocate " + intermediateBytes + " bytes of intermediates for "
                    + variant.cliName() + " " + shape + " on " + device.name() + " (" + device.freeMemoryBytes()
                    + " bytes free): " + e.getMessage(), e);
        }
    }

    private static void validate(Device device, Variant variant, Shape shape, Options options, PlanConfig config) {
        if (device == null) {
            throw new IllegalArgumentException("device is missing: expected an open loglinear.jit.Device");
        }
        if (variant == null || !variant.deltaRule()) {
            throw new IllegalArgumentException("variant " + (variant == null ? "null" : variant.cliName())
                    + " is not a Gated DeltaNet variant: expected gdn or loglinear-gdn");
        }
        if (shape == null || options == null || config == null) {
            throw new IllegalArgumentException("shape, options and config must not be null");
        }
        if (shape.length() < 1) {
            throw new IllegalArgumentException("T (length) must be >= 1 for a GPU forward, got " + shape.length()
                    + " in " + shape);
        }
        if (shape.keyDim() > MAX_HEAD_DIM) {
            throw new IllegalArgumentException("K (keyDim) = " + shape.keyDim() + " in " + shape
                    + " is larger than the kernel's maximum " + MAX_HEAD_DIM);
        }
        if (shape.valueDim() > MAX_HEAD_DIM) {
            throw new IllegalArgumentException("V (valueDim) = " + shape.valueDim() + " in " + shape
                    + " is larger than the kernel's maximum " + MAX_HEAD_DIM);
        }
        int needed = Levels.levels(shape.length());
        if (shape.levels() < needed) {
            throw new IllegalArgumentException("L (levels) = " + shape.levels() + " is smaller than levels(T) = "
                    + needed + " for T = " + shape.length());
        }
    }

    private DeviceBuffer allocate(ElementType type, long length) {
        DeviceBuffer buffer = device.allocate(type, length);
        intermediates.add(buffer);
        return buffer;
    }

    private void freeAll() {
        intermediates.forEach(DeviceBuffer::close);
        intermediates.clear();
        inputs.close();
    }

    @Override
    public float[] run(Inputs hostInputs) {
        requireOpen();
        if (hostInputs == null) {
            throw new IllegalArgumentException("inputs must not be null");
        }
        if (!hostInputs.shape().equals(shape)) {
            throw new IllegalArgumentException("inputs have shape " + hostInputs.shape() + ", the plan was built for "
                    + shape);
        }
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
        List<String> names = new ArrayList<>();
        List<DeviceEvent> events = new ArrayList<>();
        if (timing) {
            events.add(device.recordEvent());
        }
        DeviceBuffer q = inputs.q();
        DeviceBuffer k = inputs.k();
        if (options.qkL2Norm()) {
            // qkL2Norm: q, k <- x / sqrt(sum x^2 + 1e-6), into the plan's own buffers.
            int rows = shape.batch() * shape.length() * shape.groups();
            Range global = Range.of(roundUp(rows, Mamba2Kernels.ROW_THREADS));
            Range local = Range.of(Mamba2Kernels.ROW_THREADS);
            device.launch(normalizeKernel, global, local, inputs.q(), normalizedQ, rows, shape.keyDim());
            device.launch(normalizeKernel, global, local, inputs.k(), normalizedK, rows, shape.keyDim());
            q = normalizedQ;
            k = normalizedK;
            mark("l2norm", names, events);
        }
        int heads = shape.batch() * shape.heads();
        if (segments > 1) {
            // Stage 1: net transition and net write of every segment but the last.
            device.launch(summaryKernel, Range.of(Mamba2Kernels.GROUP_THREADS, segments - 1, heads),
                    Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1),
                    k, inputs.v(), inputs.g(), inputs.beta(), summaries, chunkScratch, shape.length(), shape.heads(),
                    shape.headsPerGroup(), shape.groups(), shape.keyDim(), shape.valueDim(), segmentLog2, kTiles);
            mark("segment-summaries", names, events);
            // Stage 2: Fenwick sweep over segments, storing every segment's read states.
            device.launch(segmentSweepKernel, Range.of(Mamba2Kernels.GROUP_THREADS * vTiles, heads),
                    Range.of(Mamba2Kernels.GROUP_THREADS, 1),
                    summaries, sweepStates, readOffsets, readStates, shape.keyDim(), shape.valueDim(), segments,
                    sweepLevels, Math.max(1, readsPerHead));
            mark("segment-sweep", names, events);
        }
        // Stage 3: per (b, h, segment, V tile) the chunk sweep of the segment, writing o.
        device.launch(chunkSweepKernel, Range.of(Mamba2Kernels.GROUP_THREADS * vTiles, segments, heads),
                Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1),
                q, k, inputs.v(), inputs.g(), inputs.beta(), inputs.lambda(), inputs.o(), readStates, readOffsets,
                chunkScratch, levelStates, shape.length(), shape.heads(), shape.headsPerGroup(), shape.groups(),
                shape.keyDim(), shape.valueDim(), shape.levels(), variant.logLinear() ? 1 : 0,
                (float) options.scale(), chunks, levels, segmentLog2, Math.max(1, readsPerHead));
        mark("chunk-sweep", names, events);
        if (timing) {
            device.synchronize();
            List<Float> millis = new ArrayList<>();
            for (int i = 1; i < events.size(); i++) {
                millis.add(events.get(i).elapsedMillisSince(events.get(i - 1)));
            }
            float total = events.getLast().elapsedMillisSince(events.getFirst());
            events.forEach(DeviceEvent::close);
            lastTimings = new StageTimings(names, millis, total);
        }
    }

    private void mark(String stage, List<String> names, List<DeviceEvent> events) {
        if (timing) {
            names.add(stage);
            events.add(device.recordEvent());
        }
    }

    private static int roundUp(int n, int multiple) {
        return Math.max(multiple, (n + multiple - 1) / multiple * multiple);
    }

    /** Chunks of 64 tokens the sweep walks. */
    public int chunks() {
        return chunks;
    }

    /** Chunk-level states each work-group keeps. */
    public int stateLevels() {
        return levels;
    }

    /** Segments of 2^s chunks (1 for the sequential form). */
    public int segments() {
        return segments;
    }

    @Override
    public long allocatedBytes() {
        return inputs.bytes() + intermediateBytes();
    }

    @Override
    public long intermediateBytes() {
        long total = 0;
        for (DeviceBuffer buffer : intermediates) {
            total += buffer.bytes();
        }
        return total;
    }

    @Override
    public void setTiming(boolean enabled) {
        this.timing = enabled;
    }

    @Override
    public StageTimings lastTimings() {
        return lastTimings;
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
        if (closed) {
            throw new IllegalStateException("forward plan for " + variant.cliName() + " " + shape + " is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            freeAll();
        }
    }
}
