package loglinear.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import loglinear.reference.Shape;

/** The automatic choice of the stage-3 form and the configuration's argument checks. */
class PlanConfigTest {

    @ParameterizedTest(name = "B={0} T={1} -> {2}")
    @CsvSource({"2, 1024, SWEEP", "2, 16384, SWEEP", "2, 32768, SWEEP", "2, 65536, SWEEP", "2, 131072, SWEEP",
            "1, 262144, SWEEP", "1, 1, SWEEP"})
    void autoPicksTheSweepAtEveryLength(int batch, int length, PlanConfig.IntraSegment expected) {
        Shape shape = Shape.of(batch, length, 48, 1, 128, 64);
        PlanConfig config = PlanConfig.auto(shape);
        assertThat(config.intraSegment()).isEqualTo(expected);
        assertThat(config.segmentLog2()).isEqualTo(expected == PlanConfig.IntraSegment.SWEEP
                ? PlanConfig.DEFAULT_SWEEP_SEGMENT_LOG2 : PlanConfig.DEFAULT_MASKED_SEGMENT_LOG2);
    }

    @ParameterizedTest(name = "s={0}")
    @CsvSource({"-1", "9"})
    void segmentSizeOutOfRangeIsRejected(int segmentLog2) {
        assertThatThrownBy(() -> PlanConfig.masked(segmentLog2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segmentLog2").hasMessageContaining(String.valueOf(segmentLog2));
        assertThatThrownBy(() -> new PlanConfig(4, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("intraSegment");
    }
}
