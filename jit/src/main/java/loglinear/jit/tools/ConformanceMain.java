package loglinear.jit.tools;

import java.util.ArrayList;
import java.util.List;

import loglinear.jit.Device;
import loglinear.jit.Devices;
import loglinear.jit.tools.conformance.CaseResult;
import loglinear.jit.tools.conformance.ConformanceCase;
import loglinear.jit.tools.conformance.ConformanceRunner;
import loglinear.jit.tools.conformance.ConformanceSuite;

/**
 * Runs the JIT conformance suite outside JUnit: every case on the emulator (Java semantics) and on each candidate
 * backend, compared buffer by buffer; prints one line per case and {@code N passed, N failed}; exit status 1 when
 * anything failed or a candidate could not be opened.
 *
 * <pre>
 *   ConformanceMain [--candidate cuda,opencl:NVIDIA] [--seed S] [--filter TEXT]
 * </pre>
 * The default candidate is {@code opencl}. {@code --candidate emulator} runs the emulator against the host checks only.
 */
public final class ConformanceMain {
    private ConformanceMain() {
    }

    public static void main(String[] args) {
        List<String> candidates = List.of("opencl");
        long seed = ConformanceSuite.DEFAULT_SEED;
        String filter = "";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--candidate" -> candidates = List.of(require(value, "--candidate").split(","));
                case "--seed" -> seed = Long.parseLong(require(value, "--seed"));
                case "--filter" -> filter = require(value, "--filter");
                default -> throw new IllegalArgumentException("unknown option '" + args[i]
                        + "'; expected --candidate SPEC[,SPEC], --seed S, --filter TEXT");
            }
            i++;
        }
        int passed = 0;
        int failed = 0;
        try (Device reference = Devices.open("emulator")) {
            for (String spec : candidates) {
                Device candidate;
                try {
                    candidate = spec.equals("emulator") ? null : Devices.open(spec);
                } catch (RuntimeException e) {
                    System.out.println("FAIL candidate " + spec + " could not be opened: " + e.getMessage());
                    failed++;
                    continue;
                }
                try {
                    String label = candidate == null ? "emulator (host checks)"
                            : "emulator-vs-" + spec + " [" + candidate.name() + ", " + candidate.driverVersion() + "]";
                    System.out.println("== " + label + ", seed " + seed);
                    ConformanceRunner runner = new ConformanceRunner(reference, candidate);
                    List<CaseResult> results = new ArrayList<>();
                    for (ConformanceCase testCase : ConformanceSuite.all()) {
                        if (!testCase.name().contains(filter)) {
                            continue;
                        }
                        CaseResult result = runner.run(testCase, seed);
                        results.add(result);
                        System.out.printf("%s %-32s %8.1f ms %s%n", result.passed() ? "PASS" : "FAIL", result.name(),
                                result.millis(), result.message());
                    }
                    long ok = results.stream().filter(CaseResult::passed).count();
                    System.out.println("== " + label + ": " + ok + " passed, " + (results.size() - ok) + " failed");
                    passed += (int) ok;
                    failed += results.size() - (int) ok;
                } finally {
                    if (candidate != null) {
                        candidate.close();
                    }
                }
            }
        }
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
