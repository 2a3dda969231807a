package loglinear.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import loglinear.reference.Shape;
import loglinear.reference.Variant;

/** The automatic choice of the stage-3 form and segment size, and the configuration's argument checks. */
class PlanConfigTest {

    @ParameterizedTest(name = "{0} B={1} T={2} -> s={3}")
    @CsvSource({"loglinear-mamba2, 2, 1024, 4", "loglinear-mamba2, 2, 16384, 4", "loglinear-mamba2, 2, 65536, 4",
            "loglinear-mamba2, 2, 65537, 5", "loglinear-mamba2, 2, 131072, 5", "loglinear-mamba2, 1, 262144, 5",
            "loglinear-mamba2, 1, 1, 4", "mamba2, 2, 16384, 4", "linear, 1, 1048576, 5", "loglinear-gdn, 2, 1024, 5",
            "loglinear-gdn, 2, 16384, 5", "loglinear-gdn, 2, 131072, 5", "gdn, 1, 1, 5"})
    void autoPicksTheSweepWithSegmentsByVariantAndLength(String variant, int batch, int length, int segmentLog2) {
        Shape shape = Shape.of(batch, length, 48, 1, 128, 64);
        PlanConfig config = PlanConfig.auto(Variant.fromCliName(variant), shape);
        assertThat(config.intraSegment()).isEqualTo(PlanConfig.IntraSegment.SWEEP);
        assertThat(config.segmentLog2()).isEqualTo(segmentLog2);
    }

    @ParameterizedTest(name = "null {0}")
    @CsvSource({"variant", "shape"})
    void autoRejectsMissingArguments(String missing) {
        Shape shape = Shape.of(1, 64, 1, 1, 8, 8);
        assertThatThrownBy(() -> PlanConfig.auto(missing.equals("variant") ? null : Variant.MAMBA2,
                missing.equals("shape") ? null : shape)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing + " must not be null");
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
