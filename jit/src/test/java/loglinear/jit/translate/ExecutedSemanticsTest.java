package loglinear.jit.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

import loglinear.jit.KernelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs translated OpenCL on the local OpenCL device (PoCL on CI; skipped without one) and compares every result
 * bit for bit with the same Java code run on the JVM: wrap-around, shifts, division, NaN comparisons, saturating
 * conversions, Java's min/max and rounding.
 */
class ExecutedSemanticsTest {
    private static final int[] SPECIAL_INTS = {0, 1, -1, 2, 31, 32, 33, -33, 63, 64, Integer.MAX_VALUE,
            Integer.MIN_VALUE, 0x12345678, -0x12345678, 16777217, -16777217};
    private static final long[] SPECIAL_LONGS = {0, 1, -1, 63, 64, 65, -65, Long.MAX_VALUE, Long.MIN_VALUE,
            Integer.MAX_VALUE, Integer.MIN_VALUE, 0x123456789abcdefL, (1L << 53) + 1, -(1L << 53) - 1};
    private static final float[] SPECIAL_FLOATS = {0f, -0f, 1f, -1f, 0.5f, -0.5f, 1.5f, -1.5f, 2.5f, -2.5f,
            0.49999997f, -0.49999997f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE,
            Float.MAX_VALUE, -Float.MAX_VALUE, 3e9f, -3e9f, 1e19f, -1e19f, 8388609f, 1e-40f};
    private static final double[] SPECIAL_DOUBLES = {0, -0.0, 1, -1, 0.5, -0.5, 2.5, -2.5, 0.49999999999999994,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 3e9,
            -3e9, 1e19, -1e19, 4503599627370497.0};

    private static Optional<OpenClTestCompiler> openCl = Optional.empty();

    @BeforeAll
    static void open() {
        openCl = OpenClTestCompiler.open();
    }

    @AfterAll
    static void close() {
        openCl.ifPresent(OpenClTestCompiler::close);
    }

    private static Method kernel(String name) {
        return Arrays.stream(SemanticsKernels.class.getDeclaredMethods()).filter(m -> m.getName().equals(name)
                && m.getParameterTypes()[0] == KernelContext.class).findFirst().orElseThrow();
    }

    private static void run(String name, int n, int local, Object... args) throws Throwable {
        assumeTrue(openCl.isPresent(), "no OpenCL runtime");
        TranslatedKernel k = Translator.translate(kernel(name), Dialect.OPENCL);
        openCl.get().run(k.source(), k.entryName(), n, local, args);
    }

    /** Pairs of every special value with every other plus seeded random pairs. */
    private static int pairs(int specials, int random) {
        return specials * specials + random;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 2L})
    void intArithmeticMatchesJava(long seed) throws Throwable {
        Random rnd = new Random(seed);
        int n = pairs(SPECIAL_INTS.length, 256);
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            boolean special = i < SPECIAL_INTS.length * SPECIAL_INTS.length;
            a[i] = special ? SPECIAL_INTS[i / SPECIAL_INTS.length] : rnd.nextInt();
            b[i] = special ? SPECIAL_INTS[i % SPECIAL_INTS.length] : rnd.nextInt(3) == 0 ? rnd.nextInt(70) - 35
                    : rnd.nextInt();
        }
        int[] device = new int[n * SemanticsKernels.INT_RESULTS];
        run("ints", n, 1, a, b, device, n);
        int[] expected = new int[device.length];
        for (int i = 0; i < n; i++) {
            SemanticsKernels.intResults(a[i], b[i], expected, i * SemanticsKernels.INT_RESULTS);
        }
        assertThat(device).isEqualTo(expected);
    }

    @Test
    void longArithmeticMatchesJava() throws Throwable {
        Random rnd = new Random(3);
        int n = pairs(SPECIAL_LONGS.length, 256);
        long[] a = new long[n];
        long[] b = new long[n];
        for (int i = 0; i < n; i++) {
            boolean special = i < SPECIAL_LONGS.length * SPECIAL_LONGS.length;
            a[i] = special ? SPECIAL_LONGS[i / SPECIAL_LONGS.length] : rnd.nextLong();
            b[i] = special ? SPECIAL_LONGS[i % SPECIAL_LONGS.length] : rnd.nextInt(3) == 0 ? rnd.nextInt(140) - 70
                    : rnd.nextLong();
        }
        long[] device = new long[n * SemanticsKernels.LONG_RESULTS];
        run("longs", n, 1, a, b, device, n);
        long[] expected = new long[device.length];
        for (int i = 0; i < n; i++) {
            SemanticsKernels.longResults(a[i], b[i], expected, i * SemanticsKernels.LONG_RESULTS);
        }
        assertThat(device).isEqualTo(expected);
    }

    @Test
    void floatSemanticsMatchJava() throws Throwable {
        Random rnd = new Random(4);
        int n = pairs(SPECIAL_FLOATS.length, 256);
        float[] a = new float[n];
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            boolean special = i < SPECIAL_FLOATS.length * SPECIAL_FLOATS.length;
            a[i] = special ? SPECIAL_FLOATS[i / SPECIAL_FLOATS.length] : (float) rnd.nextGaussian() * 100;
            b[i] = special ? SPECIAL_FLOATS[i % SPECIAL_FLOATS.length] : (float) rnd.nextGaussian() * 100;
        }
        float[] device = new float[n * SemanticsKernels.FLOAT_RESULTS];
        int[] deviceInts = new int[n * SemanticsKernels.FLOAT_INT_RESULTS];
        long[] deviceLongs = new long[n * SemanticsKernels.FLOAT_INT_RESULTS];
        run("floats", n, 1, a, b, device, deviceInts, deviceLongs, n);
        float[] expected = new float[device.length];
        int[] expectedInts = new int[deviceInts.length];
        long[] expectedLongs = new long[deviceLongs.length];
        for (int i = 0; i < n; i++) {
            SemanticsKernels.floatResults(a[i], b[i], expected, i * SemanticsKernels.FLOAT_RESULTS, expectedInts,
                    expectedLongs, i * SemanticsKernels.FLOAT_INT_RESULTS);
        }
        assertThat(bits(device)).isEqualTo(bits(expected));
        assertThat(deviceInts).isEqualTo(expectedInts);
        assertThat(deviceLongs).isEqualTo(expectedLongs);
    }

    @Test
    void doubleSemanticsMatchJava() throws Throwable {
        Random rnd = new Random(5);
        int n = pairs(SPECIAL_DOUBLES.length, 128);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            boolean special = i < SPECIAL_DOUBLES.length * SPECIAL_DOUBLES.length;
            a[i] = special ? SPECIAL_DOUBLES[i / SPECIAL_DOUBLES.length] : rnd.nextGaussian() * 1e6;
            b[i] = special ? SPECIAL_DOUBLES[i % SPECIAL_DOUBLES.length] : rnd.nextGaussian() * 1e6;
        }
        double[] device = new double[n * SemanticsKernels.DOUBLE_RESULTS];
        long[] deviceLongs = new long[device.length];
        run("doubles", n, 1, a, b, device, deviceLongs, n);
        double[] expected = new double[device.length];
        long[] expectedLongs = new long[device.length];
        for (int i = 0; i < n; i++) {
            SemanticsKernels.doubleResults(a[i], b[i], expected, expectedLongs, i * SemanticsKernels.DOUBLE_RESULTS);
        }
        long[] deviceBits = Arrays.stream(device).mapToLong(Double::doubleToLongBits).toArray();
        long[] expectedBits = Arrays.stream(expected).mapToLong(Double::doubleToLongBits).toArray();
        assertThat(deviceBits).isEqualTo(expectedBits);
        assertThat(deviceLongs).isEqualTo(expectedLongs);
    }

    @Test
    void divisionByZeroGivesZero() throws Throwable {
        int[] ints = {7, 0, -9};
        long[] longs = {7L, 0L, -9L};
        run("divideByZero", 1, 1, ints, longs);
        assertThat(ints).containsExactly(0, 0, 0);
        assertThat(longs).containsExactly(0L, 0L, 0L);
    }

    @Test
    void privateAndLocalArrays() throws Throwable {
        int n = 128;
        float[] out = new float[n];
        short[] shorts = new short[n];
        for (int i = 0; i < n; i++) {
            shorts[i] = (short) (i * 77 - 3000);
        }
        short[] original = shorts.clone();
        run("arrays", n, 64, out, shorts);
        for (int gid = 0; gid < n; gid++) {
            int group = gid / 64;
            int neighbour = group * 64 + (gid % 64 + 1) % 64;
            assertThat(out[gid]).as("item %d", gid).isEqualTo(neighbour * 7f + 8f);
            assertThat(shorts[gid]).isEqualTo((short) (original[gid] * 1000));
        }
    }

    @Test
    void subGroupOperationsFollowKernelContext() throws Throwable {
        int n = 128;
        int group = 64;
        int[] in = new int[n];
        float[] fin = new float[n];
        Random rnd = new Random(6);
        for (int i = 0; i < n; i++) {
            in[i] = rnd.nextInt(1000);
            fin[i] = i * 0.25f;
        }
        float[] finOriginal = fin.clone();
        int[] out = new int[n * 4];
        float[] fout = new float[n * 3];
        int[] counter = new int[1];
        run("subGroups", n, group, in, fin, out, fout, counter);
        for (int gid = 0; gid < n; gid++) {
            int lane = gid % 32;
            int base = gid - lane;
            int sum = 0;
            for (int l = 0; l < 32; l++) {
                sum += in[base + l];
            }
            assertThat(out[gid * 4]).isEqualTo(sum);
            assertThat(out[gid * 4 + 1]).isEqualTo(in[base + (lane ^ 5)]);
            assertThat(out[gid * 4 + 2]).isEqualTo(lane + 3 < 32 ? in[gid + 3] : in[gid]);
            assertThat(out[gid * 4 + 3]).isEqualTo(lane + 100 * (gid % group));
            assertThat(fout[gid * 3]).isEqualTo(butterflySum(finOriginal, base, lane));
            assertThat(fout[gid * 3 + 1]).isEqualTo(finOriginal[base + (lane ^ 16)]);
            assertThat(fout[gid * 3 + 2]).isEqualTo(lane + 31 < 32 ? finOriginal[gid + 31] : finOriginal[gid]);
        }
        assertThat(counter[0]).isEqualTo(Arrays.stream(in).sum());
        assertThat(fin).isEqualTo(finOriginal);
    }

    /** The butterfly reduction order (offsets 16, 8, 4, 2, 1) as seen from one lane. */
    private static float butterflySum(float[] v, int base, int lane) {
        float[] lanes = Arrays.copyOfRange(v, base, base + 32);
        for (int offset = 16; offset > 0; offset >>= 1) {
            float[] next = new float[32];
            for (int l = 0; l < 32; l++) {
                next[l] = lanes[l] + lanes[l ^ offset];
            }
            lanes = next;
        }
        return lanes[lane];
    }

    @Test
    void operandStackShufflesMatchJava() throws Throwable {
        int n = 16;
        long[] l = new long[n];
        double[] d = new double[n];
        int[] a = new int[n];
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            l[i] = i * 1000L - 5;
            d[i] = i * 0.75;
            a[i] = i * 3 - 7;
            f[i] = i * 1.25f;
        }
        long[] el = l.clone();
        double[] ed = d.clone();
        int[] ea = a.clone();
        float[] ef = f.clone();
        for (int i = 0; i < n; i++) {
            SemanticsKernels.stackResults(el, ed, ea, ef, i);
        }
        run("stacks", n, 1, l, d, a, f);
        assertThat(l).isEqualTo(el);
        assertThat(d).isEqualTo(ed);
        assertThat(a).isEqualTo(ea);
        assertThat(f).isEqualTo(ef);
    }

    private static int[] bits(float[] v) {
        int[] b = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = Float.floatToIntBits(v[i]);
        }
        return b;
    }
}
