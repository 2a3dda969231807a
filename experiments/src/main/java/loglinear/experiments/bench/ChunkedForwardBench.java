package loglinear.experiments.bench;

import java.util.concurrent.TimeUnit;
import loglinear.reference.ChunkConfig;
import loglinear.reference.ChunkedForward;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The chunkwise float32 CPU forward ({@link ChunkedForward}) at the paper's kernel shape per batch row:
 * B = 1, H = 4 value heads, G = 1 shared q/k group, K = 128, V = 64, chunk 64, one worker per processor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx8g"})
public class ChunkedForwardBench {
    @Param({"4096", "16384", "65536", "131072"})
    public int length;

    @Param({"loglinear-mamba2", "loglinear-gdn"})
    public String variant;

    @Param({"true", "false"})
    public boolean vectorized;

    private Variant parsedVariant;
    private Inputs inputs;
    private Options options;
    private ChunkConfig config;

    @Setup
    public void setUp() {
        parsedVariant = Variant.fromCliName(variant);
        Shape shape = Shape.of(1, length, 4, 1, 128, 64);
        inputs = BenchInputs.random(shape, parsedVariant, 20_250_611L + length);
        options = BenchInputs.options(parsedVariant, shape);
        config = new ChunkConfig(64, Runtime.getRuntime().availableProcessors(), vectorized);
    }

    @Benchmark
    public float[] forward() {
        return ChunkedForward.forward(parsedVariant, inputs, options, config);
    }
}
