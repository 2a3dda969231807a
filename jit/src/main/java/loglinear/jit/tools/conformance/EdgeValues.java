package loglinear.jit.tools.conformance;

import java.util.Random;

/**
 * Seeded inputs for elementwise conformance kernels: the first items pair every edge value with every other edge
 * value (0, -0.0, NaN, +-Inf, MIN/MAX, subnormals, shift counts past the width, values next to conversion limits),
 * the rest are random with a spread of magnitudes.
 */
public final class EdgeValues {
    static final int[] INT_EDGES = {
        0, 1, -1, 2, -2, 3, 7, 31, 32, 33, 63, 64, -31, -32, -33, 127, 128, -128, 255, 0x7fff, 0x8000, 0xffff,
        Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, 0x55555555, 0xaaaaaaaa,
        1_000_000_007, -1_000_000_007
    };

    static final float[] FLOAT_EDGES = {
        0f, -0f, 1f, -1f, 0.5f, -0.5f, 1.5f, 2.5f, -2.5f, 3.5f, Float.NaN, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 1e-40f, -1e-40f,
        Float.MAX_VALUE, -Float.MAX_VALUE, 2147483648f, -2147483648f, 2147483520f, 9.223372e18f, -9.223372e18f,
        1e10f, 0.1f, -0.1f, 3f, 1f / 3f, 100f, -100f, 16777218f, 65504f, 1e-7f, 88.7f, -87.3f, 89f, -104f, 0.75f
    };

    static final double[] DOUBLE_EDGES = {
        0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-310, -1e-310,
        Double.MAX_VALUE, -Double.MAX_VALUE, 9.223372036854775807e18, -9.223372036854775808e18, 2147483648.0,
        -2147483649.0, 2147483647.5, 1e300, 0.1, -0.1, 1.0 / 3.0, 3.0, 100.0, 709.5, -745.0, 1e-20, 3.4028235677973366e38,
        1.401298464324817e-45, 0.75
    };

    static final long[] LONG_EDGES = {
        0L, 1L, -1L, 2L, 3L, 7L, 31L, 32L, 63L, 64L, 65L, -63L, -64L, -65L, Long.MIN_VALUE, Long.MIN_VALUE + 1,
        Long.MAX_VALUE, Long.MAX_VALUE - 1, 1L << 32, (1L << 32) - 1, -(1L << 32), 1L << 31, -(1L << 31) - 1,
        0x5555555555555555L, 0xaaaaaaaaaaaaaaaaL, 1_000_000_000_000_000_007L, 0xffffffffL, Integer.MIN_VALUE
    };

    private EdgeValues() {
    }

    /** Two int columns of {@code n} items: edge cross product first, then random. */
    public static int[][] intPairs(Random random, int n) {
        int[] a = new int[n];
        int[] b = new int[n];
        int e = INT_EDGES.length;
        for (int i = 0; i < n; i++) {
            if (i < e * e) {
                a[i] = INT_EDGES[i / e];
                b[i] = INT_EDGES[i % e];
            } else {
                a[i] = randomInt(random);
                b[i] = randomInt(random);
            }
        }
        return new int[][] {a, b};
    }

    public static float[][] floatPairs(Random random, int n) {
        float[] a = new float[n];
        float[] b = new float[n];
        int e = FLOAT_EDGES.length;
        for (int i = 0; i < n; i++) {
            if (i < e * e) {
                a[i] = FLOAT_EDGES[i / e];
                b[i] = FLOAT_EDGES[i % e];
            } else {
                a[i] = randomFloat(random);
                b[i] = randomFloat(random);
            }
        }
        return new float[][] {a, b};
    }

    /** Two columns of doubles, each as (low, high) int words: {@code 2 n} ints per column. */
    public static int[][] doublePairs(Random random, int n) {
        long[] a = new long[n];
        long[] b = new long[n];
        int e = DOUBLE_EDGES.length;
        for (int i = 0; i < n; i++) {
            if (i < e * e) {
                a[i] = Double.doubleToRawLongBits(DOUBLE_EDGES[i / e]);
                b[i] = Double.doubleToRawLongBits(DOUBLE_EDGES[i % e]);
            } else {
                a[i] = Double.doubleToRawLongBits(randomDouble(random));
                b[i] = Double.doubleToRawLongBits(randomDouble(random));
            }
        }
        return new int[][] {toWords(a), toWords(b)};
    }

    /** Two columns of longs, each as (low, high) int words. */
    public static int[][] longPairs(Random random, int n) {
        long[] a = new long[n];
        long[] b = new long[n];
        int e = LONG_EDGES.length;
        for (int i = 0; i < n; i++) {
            if (i < e * e) {
                a[i] = LONG_EDGES[i / e];
                b[i] = LONG_EDGES[i % e];
            } else {
                a[i] = randomLong(random);
                b[i] = randomLong(random);
            }
        }
        return new int[][] {toWords(a), toWords(b)};
    }

    static int[] toWords(long[] values) {
        int[] words = new int[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            words[2 * i] = (int) values[i];
            words[2 * i + 1] = (int) (values[i] >>> 32);
        }
        return words;
    }

    static int randomInt(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt();
            case 1 -> random.nextInt(201) - 100;
            case 2 -> random.nextInt(141) - 70;
            default -> random.nextInt() >> random.nextInt(32);
        };
    }

    static long randomLong(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextLong();
            case 1 -> random.nextInt(201) - 100;
            case 2 -> random.nextInt(141) - 70;
            default -> random.nextLong() >> random.nextInt(64);
        };
    }

    /** Random sign, exponent over the whole float range (subnormals included) and mantissa. */
    static float randomFloat(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> (float) random.nextGaussian() * 10f;
            case 1 -> Math.scalb(1f + random.nextFloat(), random.nextInt(60) - 30) * (random.nextBoolean() ? 1 : -1);
            default -> Float.intBitsToFloat(random.nextInt() & 0x7f7fffff | (random.nextBoolean() ? 0x80000000 : 0));
        };
    }

    static double randomDouble(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextGaussian() * 10;
            case 1 -> Math.scalb(1 + random.nextDouble(), random.nextInt(80) - 40) * (random.nextBoolean() ? 1 : -1);
            default -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL
                    | (random.nextBoolean() ? Long.MIN_VALUE : 0));
        };
    }

    /** {@code n} floats for a one-argument function, edges first then random of moderate magnitude. */
    public static float[] floats(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = i < FLOAT_EDGES.length ? FLOAT_EDGES[i] : randomFloat(random);
        }
        return values;
    }
}
