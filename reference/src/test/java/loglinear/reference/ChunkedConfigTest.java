package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation and defaults of {@link ChunkConfig}. */
class ChunkedConfigTest {
    @ParameterizedTest
    @ValueSource(ints = {-64, 0, 1, 8, 48, 63, 256})
    void unsupportedChunkSizesAreRejected(int chunk) {
        assertThatThrownBy(() -> new ChunkConfig(chunk, 1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chunk must be one of 16, 32, 64, 128, got " + chunk);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void threadCountBelowOneIsRejected(int threads) {
        assertThatThrownBy(() -> new ChunkConfig(64, threads, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads must be >= 1, got " + threads);
    }

    @Test
    void defaultsUseChunk64EveryProcessorAndTheVectorApi() {
        ChunkConfig config = ChunkConfig.defaults();

        assertThat(config.chunk()).isEqualTo(64);
        assertThat(config.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(config.vectorized()).isTrue();
        assertThat(config.chunkLog2()).isEqualTo(6);
        assertThat(config.withThreads(3).withVectorized(false)).isEqualTo(new ChunkConfig(64, 3, false));
    }
}
