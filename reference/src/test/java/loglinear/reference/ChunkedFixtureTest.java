package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared fixture (float64 masked outputs) reproduced by the chunkwise forward at every chunk size. */
class ChunkedFixtureTest {
    static Stream<Arguments> fixtureAndChunk() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : Fixture.caseNames()) {
            for (int chunk : ChunkConfig.CHUNK_SIZES) {
                cases.add(Arguments.of(name, chunk));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} C={1}")
    @MethodSource("fixtureAndChunk")
    void reproducesFixture(String name, int chunk) {
        Fixture fixture = Fixture.load(name);

        float[] o = ChunkedForward.forward(fixture.variant(), fixture.inputs(), fixture.options(),
                new ChunkConfig(chunk, 2, true));

        assertThat(Metrics.relativeRms(o, fixture.expectedOutput())).as("relative RMS of " + name)
                .isLessThanOrEqualTo(1e-4);
    }
}
