package loglinear.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fast chunkwise CPU forward in float32 (spec sections 5 and 6) of every {@link Variant}: log-linear Mamba-2,
 * Mamba-2 and linear attention through {@link ChunkedMamba2}; log-linear Gated DeltaNet and Gated DeltaNet through
 * {@link ChunkedGdn}. Any T >= 0 is accepted (the last chunk is padded internally and the output cut back).
 *
 * <p>Work is split over (batch, head) pairs: {@code min(threads, B * H)} workers, each with its own scratch
 * allocated once, take pairs from a shared counter.
 */
public final class ChunkedForward {
    private ChunkedForward() {}

    /** o [B, T, H, V] of {@code variant}. */
    public static float[] forward(Variant variant, Inputs inputs, Options options, ChunkConfig config) {
        if (variant == null) {
            throw new IllegalArgumentException("variant must not be null");
        }
        if (inputs == null) {
            throw new IllegalArgumentException("inputs must not be null");
        }
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        inputs.requireFor(variant);
        Shape shape = inputs.shape();
        float[] o = new float[Math.toIntExact(shape.vElements())];
        if (shape.length() == 0) {
            return o;
        }
        int pairs = shape.batch() * shape.heads();
        int workers = Math.min(config.threads(), pairs);
        AtomicInteger nextPair = new AtomicInteger();
        Runnable worker = () -> {
            ChunkedHeadSweep sweep = newSweep(variant, inputs, options, config);
            for (int pair = nextPair.getAndIncrement(); pair < pairs; pair = nextPair.getAndIncrement()) {
                sweep.run(pair / shape.heads(), pair % shape.heads(), o);
            }
        };
        if (workers == 1) {
            worker.run();
            return o;
        }
        runOnPool(worker, workers);
        return o;
    }

    /** The same forward with {@link ChunkConfig#defaults()}. */
    public static float[] forward(Variant variant, Inputs inputs, Options options) {
        return forward(variant, inputs, options, ChunkConfig.defaults());
    }

    private static ChunkedHeadSweep newSweep(Variant variant, Inputs inputs, Options options, ChunkConfig config) {
        return variant.deltaRule()
                ? new ChunkedGdn(variant, inputs, options, config)
                : new ChunkedMamba2(variant, inputs, options, config);
    }

    private static void runOnPool(Runnable worker, int workers) {
        ForkJoinPool pool = new ForkJoinPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>(workers);
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("chunked forward interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("chunked forward failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
