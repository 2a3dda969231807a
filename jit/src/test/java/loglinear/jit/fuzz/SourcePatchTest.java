package loglinear.jit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import loglinear.jit.tools.fuzz.SourcePatch;

/** Source patches read pairs of lines, replace every occurrence and count the translations they changed. */
class SourcePatchTest {
    @Test
    void readsPairsSkipsCommentsAndCountsChangedSources(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("patch.txt");
        Files.writeString(file, "# comment\nreturn a <= b ? a : b;\nreturn b != b ? b : (a <= b ? a : b);\n\n"
                + "never present\nx\n");
        SourcePatch patch = SourcePatch.read(file);

        assertThat(patch.apply("f { return a <= b ? a : b; } g { return a <= b ? a : b; }"))
                .isEqualTo("f { return b != b ? b : (a <= b ? a : b); } g { return b != b ? b : (a <= b ? a : b); }");
        assertThat(patch.apply("unrelated")).isEqualTo("unrelated");
        assertThat(patch.report()).contains("patch 1 applied to 1 translations", "patch 2 applied to 0 translations");
    }

    @Test
    void rejectsAnOddNumberOfLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("odd.txt");
        Files.writeString(file, "find\n");

        assertThatThrownBy(() -> SourcePatch.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs of lines");
    }
}
