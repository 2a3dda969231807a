package loglinear.jit.tools.conformance;

/**
 * Static helpers the conformance kernels call (they are translated too): 64-bit values travel between host and
 * device as (low, high) pairs of int words, since host transfers are int and float only.
 */
public final class KernelIo {
    private KernelIo() {
    }

    /** The long held by words {@code 2 item} (low) and {@code 2 item + 1} (high). */
    public static long wide(int[] words, int item) {
        return ((long) words[2 * item + 1] << 32) | (words[2 * item] & 0xffffffffL);
    }

    public static double wideDouble(int[] words, int item) {
        return Double.longBitsToDouble(wide(words, item));
    }

    /** Writes {@code value} to words {@code index} (low) and {@code index + 1} (high). */
    public static void putLong(int[] words, int index, long value) {
        words[index] = (int) value;
        words[index + 1] = (int) (value >>> 32);
    }

    public static void putDouble(int[] words, int index, double value) {
        putLong(words, index, Double.doubleToRawLongBits(value));
    }
}
