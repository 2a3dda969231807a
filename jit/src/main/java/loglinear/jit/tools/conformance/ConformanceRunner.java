package loglinear.jit.tools.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;

/**
 * Runs conformance cases on a reference device (the emulator: Java semantics) and, when given, a candidate device
 * (OpenCL or CUDA), then compares every checked buffer and applies the case's host check to both.
 */
public final class ConformanceRunner {
    private final Device reference;
    private final Device candidate;

    /**
     * @param reference the device whose results define the expectation (normally the emulator)
     * @param candidate the device under test, or null to run the reference alone against the host checks
     */
    public ConformanceRunner(Device reference, Device candidate) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.candidate = candidate;
    }

    public CaseResult run(ConformanceCase testCase, long seed) {
        long start = System.nanoTime();
        String failure;
        try {
            List<KernelArg> args = testCase.args().apply(seed);
            List<Object> expected = execute(reference, testCase, args);
            failure = hostFailure(testCase, args, expected, reference);
            if (failure == null && candidate != null) {
                List<Object> actual = execute(candidate, testCase, args);
                failure = compare(args, expected, actual);
                if (failure != null) {
                    failure += elementwiseInputs(args, failure);
                }
                if (failure == null) {
                    failure = hostFailure(testCase, args, actual, candidate);
                }
            }
        } catch (RuntimeException | AssertionError e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        double millis = (System.nanoTime() - start) / 1e6;
        return new CaseResult(testCase.name(), failure == null, failure == null ? "" : failure, millis);
    }

    private static String hostFailure(ConformanceCase testCase, List<KernelArg> args, List<Object> outputs,
                                      Device device) {
        String message = testCase.hostCheck().check(args, outputs);
        return message == null ? null : "host check on " + device.backend().cliName() + ": " + message;
    }

    /** Allocates and fills the buffers, launches once, reads every int/float buffer back. */
    public static List<Object> execute(Device device, ConformanceCase testCase, List<KernelArg> args) {
        Kernel kernel = device.compile(testCase.owner(), testCase.method());
        List<DeviceBuffer> owned = new ArrayList<>();
        try {
            Object[] launchArgs = new Object[args.size()];
            for (int p = 0; p < args.size(); p++) {
                launchArgs[p] = switch (args.get(p)) {
                    case KernelArg.IntBuffer b -> {
                        DeviceBuffer buffer = track(owned, device.allocate(ElementType.INT, b.initial().length));
                        device.write(buffer, b.initial());
                        yield buffer;
                    }
                    case KernelArg.FloatBuffer b -> {
                        DeviceBuffer buffer = track(owned, device.allocate(ElementType.FLOAT, b.initial().length));
                        device.write(buffer, b.initial());
                        yield buffer;
                    }
                    case KernelArg.Scratch s -> track(owned, device.allocate(s.type(), s.length()));
                    case KernelArg.Scalar s -> s.value();
                };
            }
            device.launch(kernel, testCase.global(), testCase.local(), launchArgs);
            device.synchronize();
            List<Object> outputs = new ArrayList<>();
            for (int p = 0; p < args.size(); p++) {
                outputs.add(switch (args.get(p)) {
                    case KernelArg.IntBuffer b -> {
                        int[] out = new int[b.initial().length];
                        device.read((DeviceBuffer) launchArgs[p], out);
                        yield out;
                    }
                    case KernelArg.FloatBuffer b -> {
                        float[] out = new float[b.initial().length];
                        device.read((DeviceBuffer) launchArgs[p], out);
                        yield out;
                    }
                    default -> null;
                });
            }
            return outputs;
        } finally {
            for (DeviceBuffer buffer : owned) {
                buffer.close();
            }
        }
    }

    private static DeviceBuffer track(List<DeviceBuffer> owned, DeviceBuffer buffer) {
        owned.add(buffer);
        return buffer;
    }

    /** The first difference between the reference's and the candidate's checked buffers, or null. */
    static String compare(List<KernelArg> args, List<Object> expected, List<Object> actual) {
        for (int p = 0; p < args.size(); p++) {
            Check check = switch (args.get(p)) {
                case KernelArg.IntBuffer b -> b.check();
                case KernelArg.FloatBuffer b -> b.check();
                default -> Check.none();
            };
            String diff = switch (check.kind()) {
                case NONE -> null;
                case INT_EXACT -> compareInts(p, (int[]) expected.get(p), (int[]) actual.get(p));
                case FLOAT_ULP -> compareFloats(p, (float[]) expected.get(p), (float[]) actual.get(p), check.ulps());
                case DOUBLE_PAIRS_ULP ->
                        compareDoublePairs(p, (int[]) expected.get(p), (int[]) actual.get(p), check.ulps());
            };
            if (diff != null) {
                return diff;
            }
        }
        return null;
    }

    private static String compareInts(int param, int[] expected, int[] actual) {
        int bad = 0;
        String first = null;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                if (first == null) {
                    first = String.format("param %d [%d]: expected %d (0x%08x), got %d (0x%08x)", param, i,
                            expected[i], expected[i], actual[i], actual[i]);
                }
                bad++;
            }
        }
        return first == null ? null : first + " (" + bad + " of " + expected.length + " differ)";
    }

    private static String compareFloats(int param, float[] expected, float[] actual, int ulps) {
        int bad = 0;
        String first = null;
        for (int i = 0; i < expected.length; i++) {
            float e = expected[i];
            float a = actual[i];
            boolean same = (Float.isNaN(e) && Float.isNaN(a))
                    || (!Float.isNaN(e) && !Float.isNaN(a) && Check.ulpDistance(e, a) <= ulps);
            if (!same) {
                if (first == null) {
                    first = String.format("param %d [%d]: expected %s (0x%08x), got %s (0x%08x), bound %d ulp",
                            param, i, Float.toString(e), Float.floatToRawIntBits(e), Float.toString(a),
                            Float.floatToRawIntBits(a), ulps);
                }
                bad++;
            }
        }
        return first == null ? null : first + " (" + bad + " of " + expected.length + " differ)";
    }

    private static String compareDoublePairs(int param, int[] expected, int[] actual, int ulps) {
        int bad = 0;
        String first = null;
        for (int i = 0; i + 1 < expected.length; i += 2) {
            double e = pairToDouble(expected, i);
            double a = pairToDouble(actual, i);
            boolean same = (Double.isNaN(e) && Double.isNaN(a))
                    || (!Double.isNaN(e) && !Double.isNaN(a) && Check.ulpDistance(e, a) <= ulps);
            if (!same) {
                if (first == null) {
                    first = String.format("param %d double [%d]: expected %s (0x%016x), got %s (0x%016x), bound %d ulp",
                            param, i / 2, Double.toString(e), Double.doubleToRawLongBits(e), Double.toString(a),
                            Double.doubleToRawLongBits(a), ulps);
                }
                bad++;
            }
        }
        return first == null ? null : first + " (" + bad + " of " + expected.length / 2 + " differ)";
    }

    /**
     * For an {@link Elementwise} case, the inputs of the work-item that owns the first differing element (read back
     * from the "[index]" in the message), so a failure on a GPU host can be reproduced without rerunning.
     */
    static String elementwiseInputs(List<KernelArg> args, String failure) {
        if (args.size() != 9 || !(args.get(0) instanceof KernelArg.IntBuffer ia)
                || ia.initial().length != Elementwise.ITEMS) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(failure);
        if (!m.find()) {
            return "";
        }
        int item = Integer.parseInt(m.group(1)) / Elementwise.SLOTS;
        if (item >= Elementwise.ITEMS) {
            return "";
        }
        int[] ib = ((KernelArg.IntBuffer) args.get(1)).initial();
        float[] fa = ((KernelArg.FloatBuffer) args.get(2)).initial();
        float[] fb = ((KernelArg.FloatBuffer) args.get(3)).initial();
        int[] wa = ((KernelArg.IntBuffer) args.get(4)).initial();
        int[] wb = ((KernelArg.IntBuffer) args.get(5)).initial();
        return String.format("; item %d inputs: ia=%d ib=%d fa=%s fb=%s wa=0x%016x wb=0x%016x", item,
                ia.initial()[item], ib[item], Float.toString(fa[item]), Float.toString(fb[item]),
                pairToLong(wa, 2 * item), pairToLong(wb, 2 * item));
    }

    static long pairToLong(int[] words, int index) {
        return ((long) words[index + 1] << 32) | (words[index] & 0xffffffffL);
    }

    static double pairToDouble(int[] words, int index) {
        long bits = ((long) words[index + 1] << 32) | (words[index] & 0xffffffffL);
        return Double.longBitsToDouble(bits);
    }
}
