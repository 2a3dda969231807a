package loglinear.experiments.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import loglinear.reference.Levels;
import loglinear.reference.Options;
import loglinear.reference.RecurrentDecoder;
import loglinear.reference.RecurrentState;
import loglinear.reference.Variant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decoding step of {@link RecurrentDecoder} (float32 state) at position ~100,000 for B = 1, H = 4, G = 1,
 * K = 128, V = 64. The state is built directly at the start position with random bucket contents (prefilling
 * 100,000 tokens would dominate the run); each iteration restarts from it, so measured positions stay within
 * [start, start + steps of one iteration).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class RecurrentStepBench {
    private static final int HEADS = 4;
    private static final int KEY_DIM = 128;
    private static final int VALUE_DIM = 64;
    /** Byte offset of the position in {@link RecurrentState#toBytes()}: magic and six int fields come first. */
    private static final int POSITION_OFFSET = 4 + 6 * 4;

    @Param({"100000"})
    public int position;

    @Param({"loglinear-mamba2", "loglinear-gdn"})
    public String variant;

    private RecurrentDecoder decoder;
    private byte[] startState;
    private RecurrentState state;
    private float[] q;
    private float[] k;
    private float[] v;
    private float[] g;
    private float[] beta;
    private float[] lambda;
    private float[] o;

    @Setup(Level.Trial)
    public void setUp() {
        Variant parsed = Variant.fromCliName(variant);
        decoder = new RecurrentDecoder(parsed, parsed.deltaRule() ? new Options(1.0, true)
                : new Options(1.0 / Math.sqrt(KEY_DIM), false));
        int levels = Levels.levels(2 * position);
        startState = randomStateAt(levels, position, new Random(7));
        Random random = new Random(11);
        q = BenchInputs.gaussian(random, KEY_DIM);
        k = BenchInputs.gaussian(random, KEY_DIM);
        v = BenchInputs.gaussian(random, (long) HEADS * VALUE_DIM);
        g = BenchInputs.uniform(random, HEADS, -0.05f, 0f);
        beta = parsed.deltaRule() ? BenchInputs.uniform(random, HEADS, 0f, 1f) : null;
        lambda = BenchInputs.uniform(random, (long) HEADS * levels, 0.5f, 1.5f);
        o = new float[HEADS * VALUE_DIM];
    }

    @Setup(Level.Iteration)
    public void restart() {
        state = RecurrentState.fromBytes(startState);
    }

    @Benchmark
    public float[] step() {
        decoder.step(state, q, k, v, g, beta, lambda, o);
        return o;
    }

    /** A FLOAT state at {@code start} whose buckets hold small random values (decay factors 1). */
    private static byte[] randomStateAt(int levels, long start, Random random) {
        RecurrentState empty = RecurrentState.create(1, HEADS, KEY_DIM, VALUE_DIM, levels,
                RecurrentState.Precision.FLOAT);
        byte[] bytes = empty.toBytes();
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(POSITION_OFFSET, start);
        // Bucket 0 is kept as a (beta k, v) pair; levels 1..L-1 are full K x V blocks at the end of the state bytes.
        int bucketFloats = HEADS * (levels - 1) * KEY_DIM * VALUE_DIM;
        int bucketStart = bytes.length - bucketFloats * Float.BYTES;
        for (int i = 0; i < bucketFloats; i++) {
            buffer.putFloat(bucketStart + i * Float.BYTES, (float) (0.01 * random.nextGaussian()));
        }
        return RecurrentState.fromBytes(bytes).toBytes();
    }
}
