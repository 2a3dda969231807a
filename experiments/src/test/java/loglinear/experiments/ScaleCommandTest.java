package loglinear.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loglinear scale} on a tiny sweep writes its CSV files and a PNG plot. */
class ScaleCommandTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void tinySweepWritesCsvAndPng(@TempDir Path temp) throws IOException {
        Path dir = temp.resolve("scale");

        CliRun run = CliRun.of("scale", "--min-exp", "3", "--max-exp", "6", "--reference-max-exp", "4",
                "--recurrent-max-exp", "5", "--repeats", "1", "--warmup-ms", "0", "--series-warmup-ms", "0",
                "--threads", "2", "--no-progress", "--out-dir", dir.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("scale.csv"));
        assertThat(csv.get(0)).isEqualTo("variant,form,T,ms,min_ms,repeats,peak_heap_mib,allocated_mib,threads");
        // chunked T = 8..64, recurrent 8..32, reference 8..16
        assertThat(csv).hasSize(1 + 4 + 3 + 2);
        assertThat(csv.get(1)).startsWith("loglinear-mamba2,chunked,8,");
        assertThat(csv).anyMatch(l -> l.startsWith("loglinear-mamba2,reference,16,"));
        List<String> growth = Files.readAllLines(dir.resolve("growth.csv"));
        assertThat(growth).hasSize(1 + 3);
        assertThat(growth.get(0)).startsWith("variant,form,exponent");
        byte[] png = Files.readAllBytes(dir.resolve("scale.png"));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(run.out()).contains("wrote ").contains("scale.png").contains("exponent");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("scale.csv", "growth.csv", "scale.png");
        }
    }

    @Test
    void badRangeIsRejected(@TempDir Path temp) {
        CliRun run = CliRun.of("scale", "--min-exp", "9", "--max-exp", "5", "--out-dir", temp.toString());

        assertThat(run.exitCode()).isEqualTo(LogLinearCli.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).startsWith("error: --min-exp/--max-exp").contains("min=9", "max=5");
    }

    @Test
    void unknownVariantIsRejected(@TempDir Path temp) {
        CliRun run = CliRun.of("scale", "--variants", "mamba3", "--out-dir", temp.toString());

        assertThat(run.exitCode()).isEqualTo(LogLinearCli.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).startsWith("error: --variants: unknown variant 'mamba3'");
    }
}
