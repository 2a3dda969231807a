package loglinear.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import loglinear.experiments.gpu.GpuBenchRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench-gpu --plot-from}: a CSV written on a GPU host without fonts is drawn later, elsewhere. */
class BenchGpuPlotFromTest {
    @TempDir
    Path temp;

    private static final List<GpuBenchRow> ROWS = List.of(
            new GpuBenchRow(1024, 2, 48, "loglinear-mamba2", "auto:masked-s4", "cuda", 0.52, 0.5, 600, 580,
                    "NVIDIA H100, 80GB", "cuda 13.0", "ok", "stage0=0.1;stage3=\"0.4\"", 0, "device-forward", -1),
            new GpuBenchRow(2048, 2, 48, "loglinear-mamba2", "auto:masked-s4", "cuda", 0.9, 0.88, 1200, 1180,
                    "NVIDIA H100, 80GB", "cuda 13.0", "ok", "", 0, "device-forward", -1),
            new GpuBenchRow(1024, 2, 48, "sdpa", "flash-bf16", "torch", 0.11, 0.1, 48, -1, "NVIDIA H100", "cuda 13.0",
                    "ok", "", 0, "device-forward", -1));

    @Test
    void csvLinesReadBackToTheSameRows() {
        for (GpuBenchRow row : ROWS) {
            assertThat(GpuBenchRow.parseCsv(row.csv())).isEqualTo(row);
        }
    }

    @Test
    void plotFromWritesThePngBesideTheCsv() throws IOException {
        Path csv = temp.resolve("bench-gpu.csv");
        Files.writeString(csv, GpuBenchRow.CSV_HEADER + "\n"
                + String.join("\n", ROWS.stream().map(GpuBenchRow::csv).toList()) + "\n");

        CliRun run = CliRun.of("bench-gpu", "--plot-from", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(temp.resolve("bench-gpu.png")).isNotEmptyFile();
    }

    @Test
    void plotFromRejectsAFileThatIsNotABenchCsv() throws IOException {
        Path csv = temp.resolve("other.csv");
        Files.writeString(csv, "a,b,c\n1,2,3\n");

        CliRun run = CliRun.of("bench-gpu", "--plot-from", csv.toString());

        assertThat(run.exitCode()).isEqualTo(LogLinearCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--plot-from").contains("header");
    }
}
