package loglinear.jit.tools.fuzz;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;

import loglinear.jit.Backend;
import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.KernelCompileException;
import loglinear.jit.Range;
import loglinear.jit.cuda.CudaDevice;
import loglinear.jit.opencl.OpenClDevice;
import loglinear.jit.runtime.KernelMethods;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.TranslatedKernel;
import loglinear.jit.translate.Translator;

/**
 * Differential fuzzing: generates random kernel bodies ({@link KernelGenerator}) in compilation units of
 * {@code bodiesPerUnit}, compiles them in-process ({@link InMemoryCompiler}), runs them on the reference device (the
 * emulator: Java semantics) and on the candidate (OpenCL or CUDA) through kernel entries that each call
 * {@code bodiesPerKernel} bodies (vendor compilers such as PoCL spend most of their time per program, not per line),
 * and compares every body's int outputs bit for bit. A failing body is reported with a self-contained reproducer as
 * soon as it fails.
 *
 * <p>With {@code workers > 0} units are prepared ahead on a pool: generation, javac, the reference run (each worker
 * drives its own reference device), translation and, for CUDA, the NVRTC compile; the calling thread only loads,
 * launches and compares on the candidate, in unit order, so results do not depend on the number of workers.
 */
public final class FuzzRunner {
    /** Work-items per kernel launch and per group. */
    public static final int ITEMS = 128;
    public static final int GROUP = 64;

    /** Why one kernel failed: the candidate could not compile it, threw, or computed different bits. */
    public enum FailureKind { COMPILE, ERROR, MISMATCH }

    /** One failing kernel with a self-contained source (the unit's header plus the one method). */
    public record Failure(String kernel, FailureKind kind, String message, String source) {
    }

    /**
     * Where the time went, in seconds summed over threads (the pool's stages overlap the candidate's runs).
     *
     * @param javac         generating and compiling the units
     * @param reference     compiling and running the entries on the reference device
     * @param translate     translating the entries for the candidate
     * @param vendorCompile the candidate's compiler: NVRTC on the workers, or the OpenCL driver's build
     * @param candidateRun  loading, launching and reading back on the candidate, and comparing
     */
    public record Timings(double javac, double reference, double translate, double vendorCompile,
                          double candidateRun) {
        public String line() {
            return String.format("javac %.1f s, reference %.1f s, translate %.1f s, vendor compile %.1f s,"
                    + " candidate load+run %.1f s", javac, reference, translate, vendorCompile, candidateRun);
        }
    }

    /**
     * @param kernels       kernels generated and run
     * @param passed        kernels whose outputs agreed
     * @param failures      the others
     * @param seconds       wall time of the whole run
     * @param timings       the split of the time by stage
     * @param timeLimitHit  whether the run stopped at its time limit before {@code count} kernels
     */
    public record Summary(int kernels, int passed, List<Failure> failures, double seconds, Timings timings,
                          boolean timeLimitHit) {
        public String line() {
            long compile = failures.stream().filter(f -> f.kind() == FailureKind.COMPILE).count();
            long error = failures.stream().filter(f -> f.kind() == FailureKind.ERROR).count();
            long mismatch = failures.stream().filter(f -> f.kind() == FailureKind.MISMATCH).count();
            return String.format("%d kernels: %d passed, %d failed (%d mismatch, %d compile, %d error) in %.1f s"
                    + " (%.1f kernels/s%s; %s)", kernels, passed, failures.size(), mismatch, compile, error, seconds,
                    kernels / Math.max(1e-9, seconds), timeLimitHit ? ", stopped at the time limit" : "",
                    timings.line());
        }
    }

    /** Stack of the preparing threads: NVRTC overflows a default 1 MiB Java thread stack on deep expressions. */
    private static final long WORKER_STACK_BYTES = 256L << 20;

    private final Supplier<Device> referenceFactory;
    private final boolean closeReferences;
    private final Device candidate;
    private final int bodiesPerUnit;
    private final int bodiesPerKernel;
    private final int workers;
    private SourcePatch candidatePatch;
    private final ThreadLocal<InMemoryCompiler> compilers = ThreadLocal.withInitial(InMemoryCompiler::new);
    private final LongAdder javacNanos = new LongAdder();
    private final LongAdder referenceNanos = new LongAdder();
    private final LongAdder translateNanos = new LongAdder();
    private final LongAdder vendorNanos = new LongAdder();
    private final LongAdder candidateNanos = new LongAdder();
    /** Candidate compiles done on the calling thread (not CUDA): counted as vendor compile, not as load+run. */
    private long compileOnCallerNanos;

    /**
     * A runner doing everything on one thread besides the caller's: units are prepared one ahead.
     *
     * @param reference       Java-semantics device (the emulator)
     * @param candidate       device under test, or null to exercise the generator and the reference alone
     * @param bodiesPerUnit   random bodies per generated class (one javac call each)
     * @param bodiesPerKernel random bodies called by one kernel entry (one device compilation each)
     */
    public FuzzRunner(Device reference, Device candidate, int bodiesPerUnit, int bodiesPerKernel) {
        this(shared(Objects.requireNonNull(reference, "reference")), false, candidate, bodiesPerUnit, bodiesPerKernel,
                1);
    }

    /**
     * @param referenceFactory opens one reference device per worker thread (closed at the end of each run)
     * @param candidate        device under test, or null to exercise the generator and the reference alone
     * @param bodiesPerUnit    random bodies per generated class (one javac call each)
     * @param bodiesPerKernel  random bodies called by one kernel entry (one device compilation each)
     * @param workers          threads preparing units ahead of the candidate (at least 1)
     */
    public FuzzRunner(Supplier<Device> referenceFactory, Device candidate, int bodiesPerUnit, int bodiesPerKernel,
                      int workers) {
        this(referenceFactory, true, candidate, bodiesPerUnit, bodiesPerKernel, workers);
    }

    private FuzzRunner(Supplier<Device> referenceFactory, boolean closeReferences, Device candidate,
                       int bodiesPerUnit, int bodiesPerKernel, int workers) {
        this.closeReferences = closeReferences;
        this.referenceFactory = Objects.requireNonNull(referenceFactory, "referenceFactory");
        this.candidate = candidate;
        if (bodiesPerUnit < 1 || bodiesPerKernel < 1) {
            throw new IllegalArgumentException("bodiesPerUnit and bodiesPerKernel must be >= 1, got " + bodiesPerUnit
                    + " and " + bodiesPerKernel);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, got " + workers);
        }
        this.bodiesPerUnit = bodiesPerUnit;
        this.bodiesPerKernel = bodiesPerKernel;
        this.workers = workers;
    }

    /**
     * Applies {@code patch} to every translation before the candidate's compiler sees it (CUDA candidates; others
     * compile their own translation and reject a patch). Returns this runner.
     */
    public FuzzRunner withCandidatePatch(SourcePatch patch) {
        if (patch != null && !(candidate instanceof CudaDevice)) {
            throw new IllegalArgumentException("a source patch needs a CUDA candidate, got "
                    + (candidate == null ? "none" : candidate.backend().cliName()));
        }
        this.candidatePatch = patch;
        return this;
    }

    /** A factory handing out one caller-owned device (closed by the caller, not by the run). */
    private static Supplier<Device> shared(Device device) {
        return () -> device;
    }

    /** Runs {@code count} random kernel bodies from {@code seed}; {@code progress} receives one line per unit. */
    public Summary run(long seed, int count, Consumer<String> progress) {
        return run(seed, count, null, progress, failure -> { });
    }

    /**
     * Runs up to {@code count} random kernel bodies from {@code seed}, stopping cleanly after {@code timeLimit} (null:
     * none). {@code progress} receives one line per unit and one per failure; {@code onFailure} receives each failure
     * as soon as it is found, on the calling thread.
     */
    public Summary run(long seed, int count, Duration timeLimit, Consumer<String> progress,
                       Consumer<Failure> onFailure) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        long start = System.nanoTime();
        long deadline = timeLimit == null ? Long.MAX_VALUE : start + timeLimit.toNanos();
        int units = (count + bodiesPerUnit - 1) / bodiesPerUnit;
        int passed = 0;
        boolean limitHit = false;
        List<Failure> failures = new ArrayList<>();
        List<Device> opened = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Device> references = ThreadLocal.withInitial(() -> {
            Device device = referenceFactory.get();
            opened.add(device);
            return device;
        });
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            // Native compilers (NVRTC) recurse deeply on nested expressions: give workers a main thread's stack.
            Thread thread = new Thread(null, r, "fuzz-prepare", WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<PreparedUnit>> ahead = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (int u = 0; u < units; u++) {
                // Step: keep up to 2 units per worker prepared ahead of the candidate.
                while (submitted < units && ahead.size() < 2 * workers) {
                    int unit = submitted++;
                    int inUnit = Math.min(bodiesPerUnit, count - unit * bodiesPerUnit);
                    ahead.add(pool.submit(() -> prepare(seed, unit, inUnit, references.get())));
                }
                if (System.nanoTime() > deadline) {
                    limitHit = true;
                    break;
                }
                PreparedUnit prepared = await(ahead.removeFirst());
                long runStart = System.nanoTime();
                long compiledBefore = compileOnCallerNanos;
                for (PreparedEntry entry : prepared.entries()) {
                    List<Failure> found = runEntry(prepared, entry, seed);
                    passed += entry.entry().bodies().size() - found.size();
                    for (Failure failure : found) {
                        failures.add(failure);
                        progress.accept("FAILED " + failure.kind() + " " + failure.kernel() + ": "
                                + failure.message());
                        onFailure.accept(failure);
                    }
                }
                candidateNanos.add(System.nanoTime() - runStart - (compileOnCallerNanos - compiledBefore));
                Runtime jvm = Runtime.getRuntime();
                progress.accept(String.format("unit %d/%d: %d kernels run, %d failed, %.1f s (%s; %d loaded on the"
                                + " candidate, heap %d MiB)", u + 1, units, passed + failures.size(), failures.size(),
                        (System.nanoTime() - start) / 1e9, timingsSoFar().line(), candidateKernelsLoaded(),
                        (jvm.totalMemory() - jvm.freeMemory()) >> 20));
            }
        } finally {
            ahead.forEach(f -> f.cancel(true));
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (closeReferences) {
                synchronized (opened) {
                    opened.forEach(Device::close);
                }
            }
        }
        Timings timings = timingsSoFar();
        javacNanos.reset();
        referenceNanos.reset();
        translateNanos.reset();
        vendorNanos.reset();
        candidateNanos.reset();
        return new Summary(passed + failures.size(), passed, List.copyOf(failures),
                (System.nanoTime() - start) / 1e9, timings, limitHit);
    }

    private Timings timingsSoFar() {
        return new Timings(javacNanos.sum() / 1e9, referenceNanos.sum() / 1e9, translateNanos.sum() / 1e9,
                vendorNanos.sum() / 1e9, candidateNanos.sum() / 1e9);
    }

    /** Ints of output per body: every work-item's {@link KernelGenerator#OUTPUTS}. */
    static final int REGION = ITEMS * KernelGenerator.OUTPUTS;


    /** A kernel entry and the random bodies it calls. */
    private record Entry(KernelGenerator.GeneratedKernel kernel, List<KernelGenerator.GeneratedKernel> bodies) {
    }

    /**
     * One entry made ready for the candidate: the reference's outputs (or why the reference failed) and the
     * candidate's prepared kernel (a CUDA module image; null where the candidate compiles on its own thread) or why
     * translating or compiling it failed.
     */
    private record PreparedEntry(Entry entry, int[] expected, RuntimeException referenceFailure,
                                 CudaDevice.Prepared candidateKernel, RuntimeException candidateFailure) {
    }

    /** One compilation unit ready for the candidate. */
    /** The inputs of unit {@code unit} of a run from {@code seed}. */
    static Inputs inputsOf(long seed, int unit) {
        return Inputs.random(new Random(seed ^ (0x9e3779b97f4a7c15L * (unit + 1))));
    }

    private record PreparedUnit(int unit, String className, Class<?> owner, Inputs inputs,
                                List<PreparedEntry> entries) {
    }

    /** Generates, compiles and runs one unit on the reference, and prepares its entries for the candidate. */
    private PreparedUnit prepare(long seed, int u, int inUnit, Device reference) {
        long javacStart = System.nanoTime();
        String className = "Fuzz_" + Long.toHexString(seed) + "_" + u;
        KernelGenerator generator = new KernelGenerator(seed * 1_000_003L + u);
        List<KernelGenerator.GeneratedKernel> bodies = new ArrayList<>();
        for (int k = 0; k < inUnit; k++) {
            bodies.add(generator.kernel("k" + k));
        }
        List<Entry> entries = new ArrayList<>();
        for (int first = 0; first < inUnit; first += bodiesPerKernel) {
            List<KernelGenerator.GeneratedKernel> called = bodies.subList(first, Math.min(inUnit,
                    first + bodiesPerKernel));
            entries.add(new Entry(KernelGenerator.entry("run" + entries.size(),
                    called.stream().map(KernelGenerator.GeneratedKernel::methodName).toList(), REGION), called));
        }
        List<KernelGenerator.GeneratedKernel> methods = new ArrayList<>(bodies);
        entries.forEach(e -> methods.add(e.kernel()));
        Class<?> owner = compilers.get().compile(className, unitSource(className, methods));
        javacNanos.add(System.nanoTime() - javacStart);
        Inputs inputs = inputsOf(seed, u);
        List<PreparedEntry> prepared = new ArrayList<>();
        for (Entry entry : entries) {
            String method = entry.kernel().methodName();
            int outputs = entry.bodies().size() * REGION;
            // Step: the expected outputs, from the reference.
            long referenceStart = System.nanoTime();
            int[] expected = null;
            RuntimeException referenceFailure = null;
            try {
                expected = execute(reference, reference.compile(owner, method), inputs, outputs);
            } catch (RuntimeException e) {
                referenceFailure = e;
            }
            referenceNanos.add(System.nanoTime() - referenceStart);
            // Step: translate (cached for the candidate's own compile) and, on CUDA, compile with NVRTC here.
            CudaDevice.Prepared candidateKernel = null;
            RuntimeException candidateFailure = null;
            if (candidate != null && referenceFailure == null) {
                try {
                    candidateKernel = prepareForCandidate(owner, method);
                } catch (RuntimeException e) {
                    candidateFailure = e;
                }
            }
            prepared.add(new PreparedEntry(entry, expected, referenceFailure, candidateKernel, candidateFailure));
        }
        return new PreparedUnit(u, className, owner, inputs, prepared);
    }

    private CudaDevice.Prepared prepareForCandidate(Class<?> owner, String method) {
        Dialect dialect = candidate.backend() == Backend.CUDA ? Dialect.CUDA
                : candidate.backend() == Backend.OPENCL ? Dialect.OPENCL : null;
        if (dialect == null) {
            return null;
        }
        Method kernel = KernelMethods.find(owner, method);
        long translateStart = System.nanoTime();
        TranslatedKernel translated = Translator.translate(kernel, dialect);
        translateNanos.add(System.nanoTime() - translateStart);
        if (candidate instanceof CudaDevice cuda) {
            if (candidatePatch != null) {
                translated = new TranslatedKernel(translated.method(), translated.dialect(), translated.entryName(),
                        candidatePatch.apply(translated.source()), translated.parameters(),
                        translated.localMemoryBytes());
            }
            long compileStart = System.nanoTime();
            CudaDevice.Prepared prepared = cuda.prepare(translated);
            vendorNanos.add(System.nanoTime() - compileStart);
            return prepared;
        }
        return null;
    }

    private static PreparedUnit await(Future<PreparedUnit> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing a fuzz unit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("preparing a fuzz unit failed", e.getCause());
        }
    }

    /** Runs one entry on the candidate; one failure per failing body (all of them when the entry fails as a whole). */
    private List<Failure> runEntry(PreparedUnit unit, PreparedEntry prepared, long seed) {
        Entry entry = prepared.entry();
        if (prepared.referenceFailure() != null) {
            return failAll(unit, entry, FailureKind.ERROR, "reference: " + prepared.referenceFailure(), seed);
        }
        if (candidate == null) {
            return List.of();
        }
        int outputs = entry.bodies().size() * REGION;
        int[] actual;
        Kernel kernel = null;
        try {
            if (prepared.candidateFailure() != null) {
                throw prepared.candidateFailure();
            }
            if (prepared.candidateKernel() != null) {
                kernel = ((CudaDevice) candidate).load(prepared.candidateKernel());
            } else {
                long compileStart = System.nanoTime();
                kernel = candidate.compile(unit.owner(), entry.kernel().methodName());
                long compileNanos = System.nanoTime() - compileStart;
                vendorNanos.add(compileNanos);
                compileOnCallerNanos += compileNanos;
            }
            actual = execute(candidate, kernel, unit.inputs(), outputs);
        } catch (KernelCompileException e) {
            return failAll(unit, entry, FailureKind.COMPILE, e.getMessage(), seed);
        } catch (RuntimeException e) {
            String message = e.toString();
            try {
                release(kernel);
            } catch (RuntimeException releaseFailure) {
                message += "; releasing the kernel then failed too: " + releaseFailure;
            }
            return failAll(unit, entry, FailureKind.ERROR, message, seed);
        }
        // Step: unload the entry's module (CUDA) or program (OpenCL) now; a long run would otherwise keep
        // thousands loaded in the candidate's context until the device closes.
        release(kernel);
        int[] expected = prepared.expected();
        Inputs inputs = unit.inputs();
        List<Failure> failures = new ArrayList<>();
        for (int b = 0; b < entry.bodies().size(); b++) {
            for (int i = b * REGION; i < (b + 1) * REGION; i++) {
                if (expected[i] != actual[i]) {
                    int item = (i - b * REGION) / KernelGenerator.OUTPUTS;
                    String message = String.format("out[%d] (item %d, slot %d): expected 0x%08x, got 0x%08x"
                                    + " (xor 0x%08x); inputs ii=%s ff=%s", i - b * REGION, item,
                            i % KernelGenerator.OUTPUTS, expected[i], actual[i], expected[i] ^ actual[i],
                            inputs.intsOf(item), inputs.floatsOf(item));
                    KernelGenerator.GeneratedKernel body = entry.bodies().get(b);
                    failures.add(new Failure(unit.className() + "." + body.methodName(), FailureKind.MISMATCH,
                            message, reproducer(unit.className(), List.of(body), seed, unit.unit())));
                    break;
                }
            }
        }
        return failures;
    }

    /** Releases {@code kernel}'s native module or program on the candidate (nothing for other backends). */
    private void release(Kernel kernel) {
        if (kernel == null) {
            return;
        }
        if (candidate instanceof CudaDevice cuda) {
            cuda.release(kernel);
        } else if (candidate instanceof OpenClDevice openCl) {
            openCl.release(kernel);
        }
    }

    /** Kernels the candidate holds loaded (0 for backends that do not count them). */
    private int candidateKernelsLoaded() {
        if (candidate instanceof CudaDevice cuda) {
            return cuda.loadedKernelCount();
        }
        if (candidate instanceof OpenClDevice openCl) {
            return openCl.loadedKernelCount();
        }
        return 0;
    }

    private static List<Failure> failAll(PreparedUnit unit, Entry entry, FailureKind kind, String message,
                                         long seed) {
        String source = reproducer(unit.className(), entry.bodies(), seed, unit.unit());
        List<Failure> failures = new ArrayList<>();
        for (KernelGenerator.GeneratedKernel body : entry.bodies()) {
            failures.add(new Failure(unit.className() + "." + body.methodName() + " (via "
                    + entry.kernel().methodName() + ")", kind, message, source));
        }
        return failures;
    }

    /** A compilable unit with the given bodies and an entry {@code run0} calling them. */
    static String reproducer(String className, List<KernelGenerator.GeneratedKernel> bodies, long seed,
                                     int unit) {
        List<KernelGenerator.GeneratedKernel> methods = new ArrayList<>(bodies);
        methods.add(KernelGenerator.entry("run0",
                bodies.stream().map(KernelGenerator.GeneratedKernel::methodName).toList(), REGION));
        return "// seed " + seed + ", unit " + unit + "; launch run0 over " + ITEMS + " items in groups of " + GROUP
                + "\n" + unitSource(className, methods);
    }

    static int[] execute(Device device, Kernel kernel, Inputs inputs, int outputs) {
        try (DeviceBuffer ii = device.allocate(ElementType.INT, inputs.ints().length);
             DeviceBuffer ff = device.allocate(ElementType.FLOAT, inputs.floats().length);
             DeviceBuffer out = device.allocate(ElementType.INT, outputs)) {
            device.write(ii, inputs.ints());
            device.write(ff, inputs.floats());
            int[] result = new int[outputs];
            device.write(out, result);
            device.launch(kernel, Range.of(ITEMS), Range.of(GROUP), ii, ff, out);
            device.synchronize();
            device.read(out, result);
            return result;
        }
    }

    /** The compilation unit: imports, the class and its kernel methods. */
    static String unitSource(String className, List<KernelGenerator.GeneratedKernel> kernels) {
        StringBuilder source = new StringBuilder();
        source.append("import loglinear.jit.KernelContext;\n\n");
        source.append("public final class ").append(className).append(" {\n");
        for (KernelGenerator.GeneratedKernel kernel : kernels) {
            source.append(kernel.source()).append('\n');
        }
        source.append("}\n");
        return source.toString();
    }

    /** The inputs of one unit: edge values and random values for every work-item. */
    record Inputs(int[] ints, float[] floats) {
        static Inputs random(Random random) {
            int[] edgeInts = {0, 1, -1, 31, 32, 33, -33, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xffff, 7, 64};
            float[] edgeFloats = {0f, -0f, 1f, -1f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                Float.MIN_VALUE, Float.MAX_VALUE, 1e-40f, 2147483648f, -9.223372e18f, 0.5f, 3f};
            int[] ints = new int[ITEMS * KernelGenerator.INT_INPUTS];
            float[] floats = new float[ITEMS * KernelGenerator.FLOAT_INPUTS];
            for (int i = 0; i < ints.length; i++) {
                ints[i] = switch (random.nextInt(4)) {
                    case 0 -> edgeInts[random.nextInt(edgeInts.length)];
                    case 1 -> random.nextInt(201) - 100;
                    default -> random.nextInt() >> random.nextInt(32);
                };
            }
            for (int i = 0; i < floats.length; i++) {
                floats[i] = switch (random.nextInt(4)) {
                    case 0 -> edgeFloats[random.nextInt(edgeFloats.length)];
                    case 1 -> (float) random.nextGaussian() * 100f;
                    default -> Math.scalb((float) random.nextGaussian(), random.nextInt(100) - 50);
                };
            }
            return new Inputs(ints, floats);
        }

        String intsOf(int item) {
            return java.util.Arrays.toString(java.util.Arrays.copyOfRange(ints, item * KernelGenerator.INT_INPUTS,
                    (item + 1) * KernelGenerator.INT_INPUTS));
        }

        String floatsOf(int item) {
            return java.util.Arrays.toString(java.util.Arrays.copyOfRange(floats, item * KernelGenerator.FLOAT_INPUTS,
                    (item + 1) * KernelGenerator.FLOAT_INPUTS));
        }
    }
}
