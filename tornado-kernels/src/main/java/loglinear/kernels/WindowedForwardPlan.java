package loglinear.kernels;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * A streaming forward for sequences whose tensors do not fit one plan (more than 2^31 - 1 elements, or more than the
 * host should hold at once): the sequence is cut into aligned windows of W = 2^w tokens, run one after another
 * through one window-sized plan whose buffers every window reuses ({@link Mamba2ForwardPlan} for linear, mamba2 and
 * loglinear-mamba2, {@link GdnForwardPlan} for gdn and loglinear-gdn). Only O(B H log(T / W) K V) floats of state
 * cross windows.
 *
 * <p>Why this is exact. W is a power-of-two multiple of the segment length, so a window is 2^w' whole segments and
 * window n's segment sigma has the global segment index n 2^w' + sigma. Its low w' bits are the in-window Fenwick
 * levels the window plan already handles; a set bit j of n is token level w + 1 + j, whose keys are the whole
 * sibling block of windows (spec section 5: the partition is self-similar).
 * <ul>
 *   <li>Mamba-2: the plan carries one K x V state per window level and (b, h)
 *       ({@link Mamba2WindowKernels#windowAdvance}), decayed to the start of the current window, and stage 2 stores
 *       it, decayed to each segment's start, as one more segment-level read, so stage 3 adds
 *       lambda[t, w + 1 + j] exp(G_t - G_windowStart) q_t^T W_j without changing form.</li>
 *   <li>Gated DeltaNet: the segment sweep's Fenwick states stay on the device from one window to the next and
 *       cross the window's last segment too ({@link GdnSegmentKernels#segmentSweep}), so the window bits are simply
 *       higher segment levels.</li>
 * </ul>
 *
 * <p>Host side: {@link #run(InputSource, OutputSink)} asks the source for each window's tensors (shape
 * {@link #windowShape}: [B, W, ...] with the full sequence's L) and hands each window's o to the sink, so no host
 * array ever spans the sequence. {@link #writeWindow} / {@link #runWindowResident} / {@link #readWindowOutput} are the
 * same steps one at a time, for callers that time the device work alone.
 */
public final class WindowedForwardPlan implements AutoCloseable {
    /** Most elements {@link #defaultWindowLength} lets any per-window buffer have (host arrays stay <= 4 GiB). */
    public static final long MAX_WINDOW_ELEMENTS = 1L << 30;

    /** Supplies window {@code index}'s inputs, of shape {@code windowShape}. */
    @FunctionalInterface
    public interface InputSource {
        Inputs window(int index, Shape windowShape);
    }

    /** Receives window {@code index}'s output o [B, windowShape.length(), H, V]; the array may be reused after. */
    @FunctionalInterface
    public interface OutputSink {
        void accept(int index, Shape windowShape, float[] o);
    }

    private final Shape shape;
    private final int windowLength;
    private final int windowCount;
    private final Variant variant;
    private final WindowPlan plan;
    private float[] outputBuffer;
    private int nextWindow;

    /**
     * @param shape        the whole sequence's shape (any T >= 1; tensors may exceed 2^31 elements)
     * @param windowLength W: a power of two, at least the segment length 64 * 2^s of {@code config}
     */
    public WindowedForwardPlan(Device device, Variant variant, Shape shape, Options options, PlanConfig config,
                              int windowLength) {
        if (shape == null || config == null) {
            throw new IllegalArgumentException("shape and config must not be null");
        }
        int segmentLength = Mamba2Kernels.CHUNK << config.segmentLog2();
        if (windowLength < segmentLength || Integer.bitCount(windowLength) != 1) {
            throw new IllegalArgumentException("windowLength = " + windowLength + " must be a power of two >= the"
                    + " segment length " + segmentLength + " (64 * 2^" + config.segmentLog2() + ")");
        }
        if (shape.length() < 1) {
            throw new IllegalArgumentException("T (length) must be >= 1 for a GPU forward, got " + shape.length()
                    + " in " + shape);
        }
        if (variant == null) {
            throw new IllegalArgumentException("variant must not be null");
        }
        this.shape = shape;
        this.variant = variant;
        this.windowLength = windowLength;
        this.windowCount = (int) ((shape.length() + (long) windowLength - 1) / windowLength);
        Shape planShape = windowCount == 1 ? windowShape(0) : windowShape(0).withLength(windowLength);
        this.plan = variant.deltaRule()
                ? new GdnForwardPlan(device, variant, planShape, options, config, windowCount)
                : new Mamba2ForwardPlan(device, variant, planShape, options, config, windowCount);
    }

    /** A windowed plan with {@link #defaultWindowLength}. */
    public static WindowedForwardPlan of(Device device, Variant variant, Shape shape, Options options,
                                        PlanConfig config) {
        return new WindowedForwardPlan(device, variant, shape, options, config,
                defaultWindowLength(variant, shape, config));
    }

    /** True when one plan can index every input and output tensor of {@code shape} (each < 2^31 elements). */
    public static boolean fitsOnePlan(Shape shape) {
        return shape.qkElements() <= Integer.MAX_VALUE && shape.vElements() <= Integer.MAX_VALUE
                && shape.lambdaElements() <= Integer.MAX_VALUE;
    }

    /**
     * The largest power-of-two window (at least one segment, at most the sequence rounded up to a power of two)
     * whose per-window tensors and intermediates each have at most {@link #MAX_WINDOW_ELEMENTS} elements in the
     * plan of {@code variant}.
     */
    public static int defaultWindowLength(Variant variant, Shape shape, PlanConfig config) {
        int segmentLength = Mamba2Kernels.CHUNK << config.segmentLog2();
        long window = Math.max(segmentLength, Long.highestOneBit(Math.max(1, shape.length() - 1L)) << 1);
        while (window > segmentLength && largestWindowBuffer(variant, shape, config, window) > MAX_WINDOW_ELEMENTS) {
            window >>= 1;
        }
        return (int) window;
    }

    /** Elements of the largest buffer a window plan of {@code window} tokens allocates (approximately, from above). */
    static long largestWindowBuffer(Variant variant, Shape shape, PlanConfig config, long window) {
        long heads = (long) shape.batch() * shape.heads();
        long stateSize = (long) shape.keyDim() * shape.valueDim();
        long segments = Math.max(1, window >> (Mamba2Kernels.CHUNK_LOG2 + config.segmentLog2()));
        long windows = (shape.length() + window - 1) / window;
        // Read states per head: popcount summed over the segments (log2(segments) / 2 each) plus the window bits.
        long windowBits = 64 - Long.numberOfLeadingZeros(windows);
        long reads = segments * (Long.numberOfTrailingZeros(segments) / 2 + 1 + windowBits);
        long vTiles = (shape.valueDim() + Mamba2Kernels.TILE - 1) / Mamba2Kernels.TILE;
        long scratch = heads * segments * vTiles * (config.segmentLog2() + 1) * shape.keyDim() * Mamba2Kernels.TILE;
        long states = heads * segments * stateSize;
        if (variant.deltaRule()) {
            // GdnForwardPlan: per (b, h, segment, V tile) W, Qt and U; its states buffer holds the local levels or
            // the summaries, then the read states (at most log2(segments) + window bits per segment).
            long keyDim = shape.keyDim();
            long locals = heads * segments * vTiles * config.segmentLog2() * keyDim * Mamba2Kernels.TILE;
            long summaries = heads * segments * (keyDim * keyDim + stateSize);
            long gdnReads = segments * (Long.numberOfTrailingZeros(segments) + windowBits);
            scratch = heads * segments * Math.max(vTiles * GdnKernels.chunkScratchFloats(shape.keyDim()),
                    GdnSegmentKernels.summaryScratchFloats(shape.keyDim(), shape.valueDim()));
            states = Math.max(locals, summaries) + heads * gdnReads * stateSize;
        }
        long[] sizes = {
                (long) shape.batch() * window * shape.groups() * shape.keyDim(),
                (long) shape.batch() * window * shape.heads() * shape.valueDim(),
                (long) shape.batch() * window * shape.heads() * shape.levels(),
                heads * reads * stateSize,
                states,
                scratch};
        long most = 0;
        for (long size : sizes) {
            most = Math.max(most, size);
        }
        return most;
    }

    public Shape shape() {
        return shape;
    }

    public int windowLength() {
        return windowLength;
    }

    public int windowCount() {
        return windowCount;
    }

    /** First token of window {@code index}. */
    public long windowStart(int index) {
        requireWindow(index);
        return (long) index * windowLength;
    }

    /** Shape of window {@code index}'s tensors: [B, tokens of that window, ...] with the sequence's L. */
    public Shape windowShape(int index) {
        requireWindow(index);
        int tokens = (int) Math.min(windowLength, shape.length() - (long) index * windowLength);
        return new Shape(shape.batch(), tokens, shape.heads(), shape.groups(), shape.keyDim(), shape.valueDim(),
                shape.levels());
    }

    /** Windows in order: source, copy in, run, copy out, sink. */
    public void run(InputSource source, OutputSink sink) {
        if (source == null || sink == null) {
            throw new IllegalArgumentException("source and sink must not be null");
        }
        for (int index = 0; index < windowCount; index++) {
            Shape windowShape = windowShape(index);
            writeWindow(index, source.window(index, windowShape));
            runWindowResident(index);
            sink.accept(index, windowShape, readWindowOutput(index));
        }
    }

    /** The whole forward of host tensors that fit in arrays (tests, checks): o [B, T, H, V]. */
    public float[] run(Inputs inputs) {
        if (inputs == null || !inputs.shape().equals(shape)) {
            throw new IllegalArgumentException("inputs have shape " + (inputs == null ? "null" : inputs.shape())
                    + ", the plan was built for " + shape);
        }
        float[] o = new float[Math.toIntExact(shape.vElements())];
        run((index, windowShape) -> sliceWindow(inputs, Math.toIntExact(windowStart(index)), windowShape.length()),
                (index, windowShape, windowO) -> placeWindow(windowO, shape, Math.toIntExact(windowStart(index)),
                        windowShape.length(), o));
        return o;
    }

    /** The device buffers one window's tensors go to (its first {@code windowShape(n)} elements of each). */
    public DeviceInputs windowInputs() {
        return plan.inputs();
    }

    /** Copies window {@code index}'s tensors (shape {@link #windowShape}(index)) into {@link #windowInputs()}. */
    public void writeWindow(int index, Inputs windowInputs) {
        Shape expected = windowShape(index);
        if (windowInputs == null || !windowInputs.shape().equals(expected)) {
            throw new IllegalArgumentException("window " + index + " inputs have shape "
                    + (windowInputs == null ? "null" : windowInputs.shape()) + ", expected " + expected);
        }
        if (variant.deltaRule() && windowInputs.beta() == null) {
            throw new IllegalArgumentException("window " + index + " inputs have no beta: " + variant.cliName()
                    + " needs beta of shape [B, T, H] = " + expected.gateElements() + " elements");
        }
        DeviceInputs target = plan.inputs();
        Device device = plan.device();
        writeFront(device, target.q(), windowInputs.q());
        writeFront(device, target.k(), windowInputs.k());
        writeFront(device, target.v(), windowInputs.v());
        writeFront(device, target.g(), windowInputs.g());
        if (target.beta() != null) {
            writeFront(device, target.beta(), windowInputs.beta());
        }
        writeFront(device, target.lambda(), windowInputs.lambda());
    }

    private static void writeFront(Device device, DeviceBuffer buffer, float[] values) {
        if (values.length > 0) {
            device.write(buffer, 0, values, 0, values.length);
        }
    }

    /**
     * Runs window {@code index} on what {@link #windowInputs()} holds; asynchronous. Windows must run in order
     * 0, 1, .., windowCount - 1 (window 0 clears the carried states).
     */
    public void runWindowResident(int index) {
        requireWindow(index);
        if (index != 0 && index != nextWindow) {
            throw new IllegalStateException("window " + index + " cannot run now: expected window 0"
                    + (nextWindow == 0 ? "" : " or " + nextWindow) + " (windows carry state and run in order)");
        }
        if (windowCount == 1) {
            plan.runResident();
        } else {
            if (index == 0) {
                plan.resetWindowStates();
            }
            plan.runWindow(index, windowShape(index).length());
        }
        nextWindow = index + 1 < windowCount ? index + 1 : 0;
    }

    /** Reads window {@code index}'s o [B, tokens, H, V] into an array this plan reuses for every window. */
    public float[] readWindowOutput(int index) {
        int count = Math.toIntExact(windowShape(index).vElements());
        if (outputBuffer == null || outputBuffer.length != count) {
            outputBuffer = new float[count];
        }
        if (count > 0) {
            plan.device().read(plan.inputs().o(), 0, outputBuffer, 0, count);
        }
        return outputBuffer;
    }

    /** Window [start, start + length) of every tensor of {@code full}, as inputs of the window's shape. */
    public static Inputs sliceWindow(Inputs full, int start, int length) {
        Shape s = full.shape();
        if (start < 0 || length < 1 || (long) start + length > s.length()) {
            throw new IllegalArgumentException("window [" + start + ", " + ((long) start + length) + ") is outside"
                    + " T = " + s.length());
        }
        Shape w = new Shape(s.batch(), length, s.heads(), s.groups(), s.keyDim(), s.valueDim(), s.levels());
        int qkRow = s.groups() * s.keyDim();
        int vRow = s.heads() * s.valueDim();
        int lambdaRow = s.heads() * s.levels();
        return new Inputs(w, slice(full.q(), s, start, length, qkRow), slice(full.k(), s, start, length, qkRow),
                slice(full.v(), s, start, length, vRow), slice(full.g(), s, start, length, s.heads()),
                full.beta() == null ? null : slice(full.beta(), s, start, length, s.heads()),
                slice(full.lambda(), s, start, length, lambdaRow));
    }

    private static float[] slice(float[] tensor, Shape s, int start, int length, int row) {
        float[] out = new float[Math.toIntExact((long) s.batch() * length * row)];
        for (int b = 0; b < s.batch(); b++) {
            System.arraycopy(tensor, Math.toIntExact(((long) b * s.length() + start) * row), out, b * length * row,
                    length * row);
        }
        return out;
    }

    /** Copies a window's o [B, length, H, V] to tokens [start, start + length) of {@code fullO} [B, T, H, V]. */
    public static void placeWindow(float[] windowO, Shape full, int start, int length, float[] fullO) {
        int row = full.heads() * full.valueDim();
        for (int b = 0; b < full.batch(); b++) {
            int fullOffset = Math.toIntExact(((long) b * full.length() + start) * row);
            System.arraycopy(windowO, b * length * row, fullO, fullOffset, length * row);
        }
    }

    /** The window plan's configuration. */
    public PlanConfig config() {
        return plan.config();
    }

    public Device device() {
        return plan.device();
    }

    /** Device bytes of the window plan (window inputs/output, intermediates, carried window states). */
    public long allocatedBytes() {
        return plan.allocatedBytes();
    }

    public long intermediateBytes() {
        return plan.intermediateBytes();
    }

    /** Device-event timing of each window's stages (synchronises after each window), see {@link #lastTimings}. */
    public void setTiming(boolean enabled) {
        plan.setTiming(enabled);
    }

    /** Stage times of the last window run with timing on. */
    public StageTimings lastTimings() {
        return plan.lastTimings();
    }

    private void requireWindow(int index) {
        if (index < 0 || index >= windowCount) {
            throw new IllegalArgumentException("window index " + index + " is outside 0.." + (windowCount - 1)
                    + " (" + windowCount + " windows of " + windowLength + " tokens for T = " + shape.length() + ")");
        }
    }

    @Override
    public void close() {
        plan.close();
    }
}
