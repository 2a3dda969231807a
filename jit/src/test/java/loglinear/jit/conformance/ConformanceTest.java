package loglinear.jit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import loglinear.jit.Device;
import loglinear.jit.tools.conformance.CaseResult;
import loglinear.jit.tools.conformance.ConformanceCase;
import loglinear.jit.tools.conformance.ConformanceRunner;
import loglinear.jit.tools.conformance.ConformanceSuite;
import loglinear.jit.tools.conformance.UlpBounds;

/**
 * The JIT conformance suite ({@link ConformanceSuite}, bounds in {@link UlpBounds}) as JUnit tests: every case on the
 * emulator against its host checks, and emulator against OpenCL (PoCL here), CUDA and NVIDIA's OpenCL where present
 * (those skip otherwise). Seed: {@code -Dloglinear.conformance.seed}, default {@link ConformanceSuite#DEFAULT_SEED}.
 *
 * <p>Integers must agree bit for bit. Floats: equal when both are NaN (any payload), else within the bound below in
 * units in the last place (0 = identical bits, so -0.0 and 0.0 differ):
 * <table>
 *   <caption>ulp bounds between the emulator (Java) and a device</caption>
 *   <tr><th>operations</th><th>ulp</th></tr>
 *   <tr><td>+ - * / % on float and double, all conversions, Math.min/max/abs, Math.fma, sqrt
 *       ({@code (float) Math.sqrt}), KernelMath fma/abs/floor/ceil/min/max, sub-group sums of exact values</td>
 *       <td>0</td></tr>
 *   <tr><td>KernelMath.sqrt (OpenCL without correctly rounded sqrt)</td><td>3</td></tr>
 *   <tr><td>float exp, log ({@code (float) Math.exp(x)} pattern)</td><td>4</td></tr>
 *   <tr><td>float tanh; KernelMath exp, expm1, log, log1p, rsqrt, tanh, sin, cos</td><td>6</td></tr>
 *   <tr><td>float pow, KernelMath.pow</td><td>17</td></tr>
 *   <tr><td>double exp, log</td><td>4</td></tr>
 *   <tr><td>double pow, tanh</td><td>17</td></tr>
 * </table>
 * A failing case names the buffer, the first differing element, both values with their bits, and how many differ.
 */
class ConformanceTest {
    static final List<String> PAIRS = List.of("emulator", "emulator-vs-opencl", "emulator-vs-cuda",
            "emulator-vs-opencl:NVIDIA");

    static Stream<Arguments> pairsAndCases() {
        return PAIRS.stream().flatMap(pair -> ConformanceSuite.all().stream().map(c -> Arguments.of(pair, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pairsAndCases")
    void kernelAgreesWithJavaSemantics(String pair, ConformanceCase testCase) {
        String candidateSpec = BackendPairs.candidateOf(pair);
        Device candidate = candidateSpec == null ? null : BackendPairs.require(candidateSpec);
        Device reference = BackendPairs.require("emulator");
        long seed = Long.getLong("loglinear.conformance.seed", ConformanceSuite.DEFAULT_SEED);

        CaseResult result = new ConformanceRunner(reference, candidate).run(testCase, seed);

        assertThat(result.passed()).as("%s on %s (seed %d): %s", testCase.name(), pair, seed, result.message())
                .isTrue();
    }
}
