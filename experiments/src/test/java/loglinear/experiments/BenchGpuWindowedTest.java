package loglinear.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loglinear bench-gpu --window-log2}: sizes beyond the window run the streaming forward and say so. */
class BenchGpuWindowedTest {
    @TempDir
    Path temp;

    @Test
    void longSizesRunWindowedAndTheCsvSaysWhatWasTimed() throws IOException {
        CliRun run = CliRun.of("bench-gpu", "--backends", "emulator", "--min-t", "256", "--max-t", "512",
                "--long-max-t", "0", "--b", "1", "--h", "2", "--g", "1", "--k", "8", "--v", "8", "--forms", "masked",
                "--segment-log2", "0", "--window-log2", "8", "--warmup", "0", "--iterations", "1", "--out-dir",
                temp.toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        List<String> lines = Files.readAllLines(temp.resolve("bench-gpu.csv"));
        List<String> header = Arrays.asList(lines.getFirst().split(","));
        assertThat(header).contains("window", "timed", "ms_with_copies");
        assertThat(lines).hasSize(3);
        String single = lines.get(1);
        String windowed = lines.get(2);
        assertThat(single).startsWith("256,1,2,").contains(",ok,").endsWith(",0,device-forward,-1.0000");
        assertThat(windowed).startsWith("512,1,2,").contains(",ok,").contains("window-advance=")
                .contains(",256,device-window-kernels-sum,");
        double withCopies = Double.parseDouble(windowed.substring(windowed.lastIndexOf(',') + 1));
        assertThat(withCopies).isPositive();
        assertThat(run.out()).contains("windows of 256");
    }

    @Test
    void gatedDeltaNetRunsWindowedToo() throws IOException {
        CliRun run = CliRun.of("bench-gpu", "--backends", "emulator", "--variants", "loglinear-gdn", "--min-t", "512",
                "--max-t", "512", "--long-max-t", "0", "--b", "1", "--h", "2", "--g", "1", "--k", "8", "--v", "8",
                "--forms", "sweep", "--segment-log2", "1", "--window-log2", "8", "--warmup", "0", "--iterations", "1",
                "--out-dir", temp.toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        List<String> lines = Files.readAllLines(temp.resolve("bench-gpu.csv"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("512,1,2,loglinear-gdn,").contains(",ok,")
                .contains("segment-sweep=").contains(",256,device-window-kernels-sum,");
    }

    @Test
    void segmentSizeWithTheAutoFormIsRefusedInsteadOfIgnored() {
        CliRun run = CliRun.of("bench-gpu", "--backends", "emulator", "--min-t", "256", "--max-t", "256",
                "--long-max-t", "0", "--b", "1", "--h", "2", "--g", "1", "--k", "8", "--v", "8", "--segment-log2", "4",
                "--warmup", "0", "--iterations", "1", "--out-dir", temp.toString());

        assertThat(run.exitCode()).isEqualTo(LogLinearCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--segment-log2 4").contains("auto");
    }
}
