package loglinear.experiments.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetaJsonTest {
    @TempDir
    Path temp;

    @Test
    void readsAFixtureMetaFile() throws IOException {
        Path file = temp.resolve("meta.json");
        Files.writeString(file, """
                {
                 "variant": "loglinear-gdn",
                 "scale": 0.25,
                 "qkL2Norm": true,
                 "B": 2,
                 "expected": "float64 masked reference"
                }""");

        MetaJson meta = MetaJson.read(file);

        assertThat(meta.string("variant")).isEqualTo("loglinear-gdn");
        assertThat(meta.number("scale", 1.0)).isEqualTo(0.25);
        assertThat(meta.number("missing", 1.0)).isEqualTo(1.0);
        assertThat(meta.bool("qkL2Norm", false)).isTrue();
        assertThat(meta.integer("B")).isEqualTo(2);
        assertThat(meta.string("expected")).isEqualTo("float64 masked reference");
    }

    @Test
    void rejectsNestingAndMissingKeys() throws IOException {
        Path nested = temp.resolve("nested.json");
        Files.writeString(nested, "{\"shape\": [1, 2]}");
        assertThatThrownBy(() -> MetaJson.read(nested)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested");

        Path flat = temp.resolve("flat.json");
        Files.writeString(flat, "{\"a\": 1}");
        assertThatThrownBy(() -> MetaJson.read(flat).string("variant")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing key \"variant\"");
    }
}
