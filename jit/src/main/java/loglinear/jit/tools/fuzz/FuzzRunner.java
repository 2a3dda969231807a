package loglinear.jit.tools.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.KernelCompileException;
import loglinear.jit.Range;

/**
 * Differential fuzzing: generates random kernel bodies ({@link KernelGenerator}) in compilation units of
 * {@code bodiesPerUnit}, compiles them in-process ({@link InMemoryCompiler}), runs them on the reference device (the
 * emulator: Java semantics) and on the candidate (OpenCL or CUDA) through kernel entries that each call
 * {@code bodiesPerKernel} bodies (vendor compilers such as PoCL spend most of their time per program, not per line),
 * and compares every body's int outputs bit for bit. A failing body is reported with a self-contained reproducer.
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
     * @param kernels       kernels generated and run
     * @param passed        kernels whose outputs agreed
     * @param failures      the others
     * @param seconds       wall time of the whole run
     * @param javacSeconds  of which in javac
     */
    public record Summary(int kernels, int passed, List<Failure> failures, double seconds, double javacSeconds) {
        public String line() {
            long compile = failures.stream().filter(f -> f.kind() == FailureKind.COMPILE).count();
            long error = failures.stream().filter(f -> f.kind() == FailureKind.ERROR).count();
            long mismatch = failures.stream().filter(f -> f.kind() == FailureKind.MISMATCH).count();
            return String.format("%d kernels: %d passed, %d failed (%d mismatch, %d compile, %d error) in %.1f s"
                    + " (javac %.1f s)", kernels, passed, failures.size(), mismatch, compile, error, seconds,
                    javacSeconds);
        }
    }

    private final Device reference;
    private final Device candidate;
    private final int bodiesPerUnit;
    private final int bodiesPerKernel;
    private final InMemoryCompiler compiler = new InMemoryCompiler();

    /**
     * @param reference       Java-semantics device (the emulator)
     * @param candidate       device under test, or null to exercise the generator and the reference alone
     * @param bodiesPerUnit   random bodies per generated class (one javac call each)
     * @param bodiesPerKernel random bodies called by one kernel entry (one device compilation each)
     */
    public FuzzRunner(Device reference, Device candidate, int bodiesPerUnit, int bodiesPerKernel) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.candidate = candidate;
        if (bodiesPerUnit < 1 || bodiesPerKernel < 1) {
            throw new IllegalArgumentException("bodiesPerUnit and bodiesPerKernel must be >= 1, got " + bodiesPerUnit
                    + " and " + bodiesPerKernel);
        }
        this.bodiesPerUnit = bodiesPerUnit;
        this.bodiesPerKernel = bodiesPerKernel;
    }

    /** Runs {@code count} random kernel bodies from {@code seed}; {@code progress} receives one line per unit. */
    public Summary run(long seed, int count, Consumer<String> progress) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        long start = System.nanoTime();
        long javacNanos = 0;
        int passed = 0;
        List<Failure> failures = new ArrayList<>();
        int units = (count + bodiesPerUnit - 1) / bodiesPerUnit;
        for (int u = 0; u < units; u++) {
            int inUnit = Math.min(bodiesPerUnit, count - u * bodiesPerUnit);
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
            String source = unitSource(className, methods);
            long javacStart = System.nanoTime();
            Class<?> owner = compiler.compile(className, source);
            javacNanos += System.nanoTime() - javacStart;
            Inputs inputs = Inputs.random(new Random(seed ^ (0x9e3779b97f4a7c15L * (u + 1))));
            for (Entry entry : entries) {
                List<Failure> found = runEntry(className, owner, entry, inputs, seed, u);
                passed += entry.bodies().size() - found.size();
                failures.addAll(found);
            }
            progress.accept(String.format("unit %d/%d: %d kernels run, %d failed, %.1f s", u + 1, units,
                    passed + failures.size(), failures.size(), (System.nanoTime() - start) / 1e9));
        }
        return new Summary(passed + failures.size(), passed, List.copyOf(failures),
                (System.nanoTime() - start) / 1e9, javacNanos / 1e9);
    }

    /** Ints of output per body: every work-item's {@link KernelGenerator#OUTPUTS}. */
    static final int REGION = ITEMS * KernelGenerator.OUTPUTS;

    /** A kernel entry and the random bodies it calls. */
    private record Entry(KernelGenerator.GeneratedKernel kernel, List<KernelGenerator.GeneratedKernel> bodies) {
    }

    /** Runs one entry on both devices; one failure per failing body (all of them when the entry fails as a whole). */
    private List<Failure> runEntry(String className, Class<?> owner, Entry entry, Inputs inputs, long seed, int unit) {
        int outputs = entry.bodies().size() * REGION;
        int[] expected;
        try {
            expected = execute(reference, owner, entry.kernel().methodName(), inputs, outputs);
        } catch (RuntimeException e) {
            return failAll(className, entry, FailureKind.ERROR, "reference " + reference.backend().cliName() + ": " + e,
                    seed, unit);
        }
        if (candidate == null) {
            return List.of();
        }
        int[] actual;
        try {
            actual = execute(candidate, owner, entry.kernel().methodName(), inputs, outputs);
        } catch (KernelCompileException e) {
            return failAll(className, entry, FailureKind.COMPILE, e.getMessage(), seed, unit);
        } catch (RuntimeException e) {
            return failAll(className, entry, FailureKind.ERROR, e.toString(), seed, unit);
        }
        List<Failure> failures = new ArrayList<>();
        for (int b = 0; b < entry.bodies().size(); b++) {
            for (int i = b * REGION; i < (b + 1) * REGION; i++) {
                if (expected[i] != actual[i]) {
                    int item = (i - b * REGION) / KernelGenerator.OUTPUTS;
                    String message = String.format("out[%d] (item %d, slot %d): expected 0x%08x, got 0x%08x;"
                                    + " inputs ii=%s ff=%s", i - b * REGION, item, i % KernelGenerator.OUTPUTS,
                            expected[i], actual[i], inputs.intsOf(item), inputs.floatsOf(item));
                    KernelGenerator.GeneratedKernel body = entry.bodies().get(b);
                    failures.add(new Failure(className + "." + body.methodName(), FailureKind.MISMATCH, message,
                            reproducer(className, List.of(body), seed, unit)));
                    break;
                }
            }
        }
        return failures;
    }

    private static List<Failure> failAll(String className, Entry entry, FailureKind kind, String message, long seed,
                                         int unit) {
        String source = reproducer(className, entry.bodies(), seed, unit);
        List<Failure> failures = new ArrayList<>();
        for (KernelGenerator.GeneratedKernel body : entry.bodies()) {
            failures.add(new Failure(className + "." + body.methodName() + " (via " + entry.kernel().methodName() + ")",
                    kind, message, source));
        }
        return failures;
    }

    /** A compilable unit with the given bodies and an entry {@code run0} calling them. */
    private static String reproducer(String className, List<KernelGenerator.GeneratedKernel> bodies, long seed,
                                     int unit) {
        List<KernelGenerator.GeneratedKernel> methods = new ArrayList<>(bodies);
        methods.add(KernelGenerator.entry("run0",
                bodies.stream().map(KernelGenerator.GeneratedKernel::methodName).toList(), REGION));
        return "// seed " + seed + ", unit " + unit + "; launch run0 over " + ITEMS + " items in groups of " + GROUP
                + "\n" + unitSource(className, methods);
    }

    private static int[] execute(Device device, Class<?> owner, String method, Inputs inputs, int outputs) {
        var kernel = device.compile(owner, method);
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
