package loglinear.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loglinear check}: the quick cross-check passes and prints one PASS row per comparison. */
class CheckCommandTest {

    @Test
    void quickCheckPasses() {
        CliRun run = CliRun.of("check", "--quick", "--seed", "7");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("check: PASS").doesNotContain("FAIL");
        assertThat(run.out()).contains("loglinear-gdn", "chunked-f32 C=16", "recurrent-f64", "T=1 ", "T=65 ");
        long rows = run.out().lines().filter(l -> l.endsWith("PASS")).count();
        assertThat(rows).isGreaterThanOrEqualTo(4 * 5 * 5);
    }

    @Test
    void fixturesAreCheckedWhenPresent() {
        Path fixtures = loglinear.experiments.check.CheckCase.defaultFixturesRoot();
        org.junit.jupiter.api.Assumptions.assumeTrue(fixtures != null, "no shared fixtures beside the project");

        CliRun run = CliRun.of("check", "--quick", "--fixtures", fixtures.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("reference vs stored");
    }

    @Test
    void missingFixtureFolderIsBadInput(@TempDir Path temp) {
        CliRun run = CliRun.of("check", "--quick", "--fixtures", temp.resolve("none").toString());

        assertThat(run.exitCode()).isEqualTo(LogLinearCli.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).startsWith("error: --fixtures").doesNotContain("\n");
    }
}
