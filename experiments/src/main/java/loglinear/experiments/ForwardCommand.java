package loglinear.experiments;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import loglinear.experiments.io.InputDirectory;
import loglinear.experiments.io.OutputFile;
import loglinear.reference.ChunkConfig;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Variant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loglinear forward}: reads q, k, v, g, beta, lambda from a folder of .npy files, computes o in the chosen
 * form and writes o.npy (float64 for the reference form, float32 otherwise), atomically.
 */
@Command(name = "forward", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Compute one forward pass from .npy inputs and write o.npy.", "",
            "Reads from --inputs: q.npy, k.npy [B,T,G,K]; v.npy [B,T,H,V]; g.npy [B,T,H] (optional for linear: zeros); "
                + "beta.npy [B,T,H] (gdn and loglinear-gdn only); lambda.npy [B,T,H,L] with L >= levels(T) "
                + "(optional: ones).",
            "All inputs are float32 (dtype <f4), C order. H %% G == 0; head h reads q/k group h / (H/G). "
                + "o.npy is float64 for the reference form and float32 otherwise.", ""},
        footer = {"", "Example:",
            "  loglinear forward --variant loglinear-mamba2 --form chunked --inputs data/ --out o.npy --timing"})
public final class ForwardCommand implements Callable<Integer> {

    @Option(names = "--variant", required = true, converter = VariantConverter.class,
            completionCandidates = VariantConverter.Names.class, paramLabel = "NAME",
            description = "Operator: ${COMPLETION-CANDIDATES}.")
    Variant variant;

    @Option(names = "--form", required = true, converter = FormConverter.class,
            completionCandidates = FormConverter.Names.class, paramLabel = "FORM",
            description = "How to compute: ${COMPLETION-CANDIDATES} (reference = masked O(T^2) in float64).")
    Form form;

    @Option(names = "--inputs", required = true, paramLabel = "DIR", description = "Folder holding the .npy inputs.")
    Path inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write o.npy [B,T,H,V].")
    Path out;

    @Option(names = "--scale", defaultValue = "1.0", paramLabel = "S", description = "Multiplies q.k (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--chunk", defaultValue = "64", paramLabel = "C",
            description = "Chunk size of the chunked form: 16, 32, 64 or 128 (default: ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--qk-l2norm", description = "L2-normalize q and k rows first (usual for the gdn variants).")
    boolean qkL2Norm;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads of the chunked form (default: the available cores).")
    Integer threads;

    @Option(names = "--scalar", description = "Chunked form without the Vector API (plain loops).")
    boolean scalar;

    @Option(names = "--backend", defaultValue = "cpu", converter = BackendConverter.class, paramLabel = "NAME",
            description = "Where to compute: cpu (the CPU forms), emulator, opencl, cuda (the GPU kernels, chunked form "
                    + "only) or auto (cuda, else opencl, else cpu; prints its choice to stderr). Default: ${DEFAULT-VALUE}.")
    ComputeBackend backend;

    @Option(names = "--timing", description = "Print one line forward_ms=<compute time, without file I/O>.")
    boolean timing;

    @Option(names = "--skip-finite-check", description = "Do not scan the inputs for NaN or infinity.")
    boolean skipFiniteCheck;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Step 1: options that do not need the data.
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threadCount);
        }
        ChunkConfig chunkConfig = chunkConfig(chunk, threadCount, !scalar);
        Options options = new Options(scale, qkL2Norm);
        OutputFile.requireWritable(out, "--out");

        // Step 2: read and validate the inputs.
        Inputs data = InputDirectory.read(inputs, variant, "--inputs");
        if (!skipFiniteCheck) {
            data.requireFinite();
        }

        // Step 3: compute (timed without I/O), then write atomically.
        ForwardOutput o;
        long elapsed;
        try (BackendChoice choice = BackendChoice.open(backend, form, chunkConfig)) {
            if (backend != ComputeBackend.CPU) {
                spec.commandLine().getErr().println(choice.report());
                spec.commandLine().getErr().flush();
            }
            long start = System.nanoTime();
            o = choice.runner().forward(variant, data, options);
            elapsed = System.nanoTime() - start;
        }
        OutputFile.writeNpy(out, "--out", o);
        if (timing) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.printf(java.util.Locale.ROOT, "forward_ms=%.3f%n", elapsed / 1e6);
            stdout.flush();
        }
        return LogLinearCli.EXIT_OK;
    }

    /** --backend names. */
    static final class BackendConverter implements CommandLine.ITypeConverter<ComputeBackend> {
        @Override
        public ComputeBackend convert(String value) {
            return ComputeBackend.fromCliName(value);
        }
    }

    /** The chunk settings, with errors that name the option. */
    static ChunkConfig chunkConfig(int chunk, int threads, boolean vectorized) {
        try {
            return new ChunkConfig(chunk, threads, vectorized);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--chunk/--threads: " + e.getMessage(), e);
        }
    }

    /** --variant names. */
    static final class VariantConverter implements CommandLine.ITypeConverter<Variant> {
        @Override
        public Variant convert(String value) {
            try {
                return Variant.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }

        static final class Names extends java.util.ArrayList<String> {
            Names() {
                for (Variant v : Variant.values()) {
                    add(v.cliName());
                }
            }
        }
    }

    /** --form names. */
    static final class FormConverter implements CommandLine.ITypeConverter<Form> {
        @Override
        public Form convert(String value) {
            try {
                return Form.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }

        static final class Names extends java.util.ArrayList<String> {
            Names() {
                for (Form f : Form.values()) {
                    add(f.cliName());
                }
            }
        }
    }
}
