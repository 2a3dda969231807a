package loglinear.experiments;

import java.io.PrintWriter;
import loglinear.experiments.check.CheckCommand;
import loglinear.experiments.scale.ScaleCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code loglinear} command: {@code forward} computes one forward from .npy files, {@code check} cross-checks
 * every form against the float64 reference, {@code scale} sweeps the sequence length and plots time against T.
 *
 * <p>Exit codes: 0 success, 1 a check failed or the computation failed, 2 bad input or bad options. Errors print
 * one line {@code error: ...} on stderr; {@code --verbose} adds the stack trace.
 */
@Command(name = "loglinear", mixinStandardHelpOptions = true, versionProvider = LogLinearCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Log-linear attention (Guo et al. 2025) on the JVM: forward passes of linear attention, Mamba-2, "
            + "Gated DeltaNet and their log-linear versions in three forms (masked reference, recurrent, chunked).", ""},
        subcommands = {ForwardCommand.class, CheckCommand.class, ScaleCommand.class,
            loglinear.experiments.gpu.BenchGpuCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  loglinear forward --variant loglinear-mamba2 --form chunked --inputs data/ --out o.npy --timing",
            "  loglinear check --quick",
            "  loglinear scale --min-exp 10 --max-exp 14 --out-dir results/scale",
            "  loglinear bench-gpu --backends cuda,opencl --with-sdpa --out-dir results/bench-gpu",
            "", "Exit codes: 0 ok, 1 a check or computation failed, 2 bad input or options."})
public final class LogLinearCli implements Runnable {
    public static final String VERSION = "0.1.0-SNAPSHOT";
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(out, err, args));
    }

    /** Runs the command line with the given streams and returns the exit code (tests call this). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new LogLinearCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new OneLineParameterErrors());
        cli.setExecutionExceptionHandler(new OneLineExecutionErrors());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Bad options: one line naming the problem and where the help is. */
    static final class OneLineParameterErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("error: " + ex.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
            cmd.getErr().flush();
            return EXIT_BAD_INPUT;
        }
    }

    /** Failures while running: one line, the stack trace only with --verbose. */
    static final class OneLineExecutionErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            boolean badInput = ex instanceof IllegalArgumentException;
            String message = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
            if (!badInput) {
                message = ex.getClass().getSimpleName() + ": " + message;
            }
            err.println("error: " + message.replace('\n', ' '));
            if (verbose(parseResult)) {
                ex.printStackTrace(err);
            }
            err.flush();
            return badInput ? EXIT_BAD_INPUT : EXIT_FAILED;
        }

        private static boolean verbose(ParseResult result) {
            for (ParseResult r = result; r != null; r = r.subcommand()) {
                if (r.hasMatchedOption("--verbose")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** --version: the project version and what the JVM offers for the CPU forms. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Runtime.Version java = Runtime.version();
            return new String[] {
                "loglinear " + VERSION,
                "Java " + java + " (" + System.getProperty("java.vendor") + "), " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch"),
                "CPU cores available: " + Runtime.getRuntime().availableProcessors() + ", max heap: "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB",
                "Vector API: " + vectorApi()
            };
        }

        private static String vectorApi() {
            try {
                return jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize() + "-bit float vectors";
            } catch (Throwable e) {
                return "not available (start the JVM with --add-modules jdk.incubator.vector)";
            }
        }
    }
}
