package loglinear.experiments.check;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import loglinear.experiments.LogLinearCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loglinear check}: every form of every variant against the float64 masked reference on seeded random
 * shapes, then against the stored answers of the shared fixtures. Exit code 1 when any comparison fails.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Cross-check every form and variant against the float64 masked reference.", "",
            "Random cases: T in {1, 63, 64, 65, 300, 1000} (quick: {1, 63, 65, 130}), G < H, odd K and V, "
                + "all five variants.",
            "Forms: recurrent float32 and float64, chunked float32 vectorized for C in {16, 32, 64, 128} "
                + "(quick: {16, 64}) and scalar at C = 64, each against the float64 masked reference o_ref.",
            "Fixtures (<shared>/fixtures): o_ref against the stored float64 answer (1e-9; 1e-6 on the delta-rule "
                + "fixtures, whose answers used exp(g) rounded to float32), then every form against o_ref.",
            "Pass: rel-RMS = ||o - o_ref|| / ||o_ref|| <= 1e-9 for float64 forms, <= 1e-4 for float32 forms.", ""})
public final class CheckCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the random cases (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--quick", description = "Fewer lengths and chunk sizes (a few seconds).")
    boolean quick;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads of the chunked form (default: the available cores).")
    Integer threads;

    @Option(names = "--fixtures", paramLabel = "DIR",
            description = "Fixture folders to check (default: <loglinear.shared>/fixtures, ../shared/fixtures or ../../shared/fixtures).")
    Path fixtures;

    @Option(names = "--no-fixtures", description = "Check the random cases only.")
    boolean noFixtures;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threadCount);
        }
        PrintWriter out = spec.commandLine().getOut();

        // Step 1: gather the cases (random, then fixtures).
        List<CheckCase> cases = new ArrayList<>(CheckCase.random(seed, quick));
        Path fixtureRoot = null;
        if (!noFixtures) {
            fixtureRoot = fixtures != null ? fixtures : CheckCase.defaultFixturesRoot();
            if (fixtures != null && !java.nio.file.Files.isDirectory(fixtures)) {
                throw new IllegalArgumentException("--fixtures: " + fixtures + " is not a directory");
            }
            cases.addAll(CheckCase.fixtures(fixtureRoot));
        }
        out.println("check: seed " + seed + (quick ? ", quick" : "") + ", " + threadCount + " threads, fixtures: "
                + (noFixtures ? "skipped" : fixtureRoot == null ? "none found" : fixtureRoot));
        out.println(CheckRow.header());
        out.flush();

        // Step 2: compare, printing each row as it is done.
        long start = System.nanoTime();
        List<CheckRow> rows = CrossCheck.run(cases, CheckedForm.all(quick, threadCount), row -> {
            out.println(row.formatted());
            out.flush();
        });

        // Step 3: summary and exit code.
        long failed = rows.stream().filter(r -> !r.passed()).count();
        double worstFloat = worst(rows, CheckedForm.FLOAT_TOLERANCE);
        double worstDouble = worst(rows, CheckedForm.DOUBLE_TOLERANCE);
        out.printf(Locale.ROOT, "%d comparisons, %d failed; largest rel-RMS: float32 forms %.3e (tol %.0e), "
                + "float64 forms %.3e (tol %.0e); %.1f s%n", rows.size(), failed, worstFloat,
                CheckedForm.FLOAT_TOLERANCE, worstDouble, CheckedForm.DOUBLE_TOLERANCE, (System.nanoTime() - start) / 1e9);
        out.println(failed == 0 ? "check: PASS" : "check: FAIL");
        out.flush();
        return failed == 0 ? LogLinearCli.EXIT_OK : LogLinearCli.EXIT_FAILED;
    }

    private static double worst(List<CheckRow> rows, double tolerance) {
        return rows.stream().filter(r -> r.tolerance() == tolerance).mapToDouble(CheckRow::relRms).max().orElse(0);
    }
}
