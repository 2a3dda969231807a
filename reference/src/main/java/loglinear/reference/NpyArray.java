package loglinear.reference;

import java.util.Arrays;

/**
 * One array of a .npy file: its shape (C order) and its data, float32 or float64. Exactly one of
 * {@code float32} and {@code float64} is non-null, as {@code dtype} says.
 */
public record NpyArray(int[] shape, Dtype dtype, float[] float32, double[] float64) {

    /** The element types this project reads and writes, with their .npy descr (little endian). */
    public enum Dtype {
        FLOAT32("<f4", 4), FLOAT64("<f8", 8);

        private final String descr;
        private final int bytes;

        Dtype(String descr, int bytes) {
            this.descr = descr;
            this.bytes = bytes;
        }

        public String descr() {
            return descr;
        }

        public int bytes() {
            return bytes;
        }
    }

    public NpyArray {
        if (shape == null || dtype == null) {
            throw new IllegalArgumentException("shape and dtype must not be null, got shape=" + Arrays.toString(shape)
                    + ", dtype=" + dtype);
        }
        shape = shape.clone();
        long elements = elementCount(shape);
        int length;
        if (dtype == Dtype.FLOAT32) {
            if (float32 == null || float64 != null) {
                throw new IllegalArgumentException("a FLOAT32 array needs float32 data and no float64 data");
            }
            length = float32.length;
        } else {
            if (float64 == null || float32 != null) {
                throw new IllegalArgumentException("a FLOAT64 array needs float64 data and no float32 data");
            }
            length = float64.length;
        }
        if (length != elements) {
            throw new IllegalArgumentException("data has " + length + " elements, expected shape "
                    + Arrays.toString(shape) + " = " + elements + " elements");
        }
    }

    public static NpyArray ofFloats(int[] shape, float[] data) {
        return new NpyArray(shape, Dtype.FLOAT32, data, null);
    }

    public static NpyArray ofDoubles(int[] shape, double[] data) {
        return new NpyArray(shape, Dtype.FLOAT64, null, data);
    }

    /** The shape (a copy). */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[axis];
    }

    public int size() {
        return (int) elementCount(shape);
    }

    /** The data as float32: the array itself when FLOAT32, else a rounded copy. */
    public float[] asFloats() {
        if (float32 != null) {
            return float32;
        }
        float[] out = new float[float64.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) float64[i];
        }
        return out;
    }

    /** The data as float64: the array itself when FLOAT64, else a widened copy. */
    public double[] asDoubles() {
        if (float64 != null) {
            return float64;
        }
        double[] out = new double[float32.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = float32[i];
        }
        return out;
    }

    /** Product of the dims (1 for a scalar); rejects negative dims and more than Integer.MAX_VALUE elements. */
    static long elementCount(int[] shape) {
        long count = 1;
        for (int dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a negative dimension");
            }
            count *= dim;
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has more than "
                        + Integer.MAX_VALUE + " elements");
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NpyArray that && dtype == that.dtype && Arrays.equals(shape, that.shape)
                && Arrays.equals(float32, that.float32) && Arrays.equals(float64, that.float64);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(shape) + dtype.hashCode()) + Arrays.hashCode(float32)
                + Arrays.hashCode(float64);
    }

    @Override
    public String toString() {
        return "NpyArray[" + dtype.descr() + " " + Arrays.toString(shape) + "]";
    }
}
