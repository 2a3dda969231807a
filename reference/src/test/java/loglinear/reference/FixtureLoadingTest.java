package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureLoadingTest {
    @TempDir
    Path folder;

    @Test
    void loadsSizesVariantAndOptionsFromMeta() {
        Fixture fixture = Fixture.load("gdn-T130-groups");
        assertThat(fixture.variant()).isEqualTo(Variant.LOGLINEAR_GDN);
        assertThat(fixture.options()).isEqualTo(new Options(0.25, true));
        assertThat(fixture.shape()).isEqualTo(new Shape(2, 130, 4, 2, 16, 8, fixture.shape().levels()));
        assertThat(fixture.inputs().beta()).isNotNull();
        assertThat(fixture.expectedOutput()).hasSize(2 * 130 * 4 * 8);
    }

    @Test
    void writtenFixtureLoadsBack() throws IOException {
        Shape shape = Shape.of(1, 5, 2, 1, 3, 2);
        Inputs inputs = RandomInputs.of(shape, Variant.LOGLINEAR_MAMBA2, 4);
        Npy.writeFloats(folder.resolve("q.npy"), shape.qkDims(), inputs.q());
        Npy.writeFloats(folder.resolve("k.npy"), shape.qkDims(), inputs.k());
        Npy.writeFloats(folder.resolve("v.npy"), shape.vDims(), inputs.v());
        Npy.writeFloats(folder.resolve("g.npy"), shape.gateDims(), inputs.g());
        Npy.writeFloats(folder.resolve("lambda.npy"), shape.lambdaDims(), inputs.lambda());
        Npy.writeDoubles(folder.resolve("expected_o.npy"), shape.vDims(), new double[Math.toIntExact(shape.vElements())]);
        Files.writeString(folder.resolve("meta.json"), "{\"variant\": \"loglinear-mamba2\", \"scale\": 0.5, "
                + "\"qkL2Norm\": false, \"B\": 1, \"T\": 5, \"G\": 1, \"H\": 2, \"K\": 3, \"V\": 2, \"note\": \"a \\\"b\\\"\"}");
        Fixture fixture = Fixture.load(folder);
        assertThat(fixture.shape()).isEqualTo(shape);
        assertThat(fixture.inputs().q()).containsExactly(inputs.q());
        assertThat(fixture.options().scale()).isEqualTo(0.5);

        Npy.writeFloats(folder.resolve("v.npy"), new int[] {1, 5, 2, 3}, new float[30]);
        assertThatThrownBy(() -> Fixture.load(folder)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v.npy").hasMessageContaining("[1, 5, 2, 3]").hasMessageContaining("[1, 5, 2, 2]");
    }

    @Test
    void metaParserReadsFlatObjectsAndRejectsMalformedOnes() throws IOException {
        Path meta = folder.resolve("meta.json");
        Files.writeString(meta, " { \"a\": -1.5e2, \"b\": true, \"c\": null, \"d\": \"x\\ny\" } ");
        Map<String, Object> parsed = Fixture.parseFlatJson(meta);
        assertThat(parsed).containsEntry("a", -150.0).containsEntry("b", true).containsEntry("d", "x\ny");
        assertThat(parsed.get("c")).isNull();
        Files.writeString(meta, "{\"a\": {\"nested\": 1}}");
        assertThatThrownBy(() -> Fixture.parseFlatJson(meta)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meta.json").hasMessageContaining("nested values are not supported");
        Files.writeString(meta, "{\"a\": 1");
        assertThatThrownBy(() -> Fixture.parseFlatJson(meta)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected ',' or '}'");
        assertThatThrownBy(() -> Fixture.load(folder.resolve("absent")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such file");
    }
}
