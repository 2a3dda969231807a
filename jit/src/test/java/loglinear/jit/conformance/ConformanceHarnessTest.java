package loglinear.jit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.tools.conformance.Check;
import loglinear.jit.tools.conformance.ConformanceCase;
import loglinear.jit.tools.conformance.ConformanceSuite;
import loglinear.jit.tools.conformance.KernelArg;

/** The suite's own machinery: ulp distances, the case list, seeded inputs. */
class ConformanceHarnessTest {
    @Test
    void suiteHasAtLeastFortyUniquelyNamedKernels() {
        Set<String> names = new HashSet<>();
        Set<String> methods = new HashSet<>();
        for (ConformanceCase c : ConformanceSuite.all()) {
            names.add(c.name());
            methods.add(c.owner().getName() + "." + c.method());
        }
        assertThat(ConformanceSuite.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(names).hasSameSizeAs(ConformanceSuite.all());
        assertThat(methods).hasSameSizeAs(ConformanceSuite.all());
    }

    @Test
    void ulpDistanceCountsRepresentableFloatsBetween() {
        assertThat(Check.ulpDistance(1f, Math.nextUp(1f))).isEqualTo(1);
        assertThat(Check.ulpDistance(0f, -0f)).isEqualTo(1);
        assertThat(Check.ulpDistance(Float.MIN_VALUE, -Float.MIN_VALUE)).isEqualTo(3);
        assertThat(Check.ulpDistance(Float.MAX_VALUE, Float.POSITIVE_INFINITY)).isEqualTo(1);
        assertThat(Check.ulpDistance(1.0, Math.nextDown(1.0))).isEqualTo(1);
        assertThat(Check.ulpDistance(Double.MAX_VALUE, -Double.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void ulpDistanceIsSymmetricAndZeroOnlyForSameBits(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 1000; i++) {
            float a = Float.intBitsToFloat(random.nextInt() & 0x7f7fffff | (random.nextBoolean() ? 0x80000000 : 0));
            float b = random.nextBoolean() ? a : Math.nextUp(a);
            assertThat(Check.ulpDistance(a, b)).isEqualTo(Check.ulpDistance(b, a));
            assertThat(Check.ulpDistance(a, b) == 0).isEqualTo(Float.floatToRawIntBits(a) == Float.floatToRawIntBits(b));
        }
    }

    @Test
    void sameSeedGivesSameArguments() {
        for (ConformanceCase c : ConformanceSuite.all()) {
            List<KernelArg> first = c.args().apply(7);
            List<KernelArg> second = c.args().apply(7);
            assertThat(first).hasSameSizeAs(second);
            for (int p = 0; p < first.size(); p++) {
                assertThat(sameContents(first.get(p), second.get(p))).as("%s argument %d", c.name(), p).isTrue();
            }
        }
    }

    private static boolean sameContents(KernelArg a, KernelArg b) {
        return switch (a) {
            case KernelArg.IntBuffer x -> b instanceof KernelArg.IntBuffer y && Arrays.equals(x.initial(), y.initial())
                    && x.check().equals(y.check());
            case KernelArg.FloatBuffer x -> b instanceof KernelArg.FloatBuffer y
                    && Arrays.equals(x.initial(), y.initial()) && x.check().equals(y.check());
            default -> a.equals(b);
        };
    }

    @Test
    void negativeUlpBoundIsRejected() {
        assertThatThrownBy(() -> Check.floatUlps(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ulps");
    }
}
