package loglinear.jit;

/** A 1-, 2- or 3-dimensional size in work-items (global) or work-items per group (local), OpenCL style. */
public record Range(int x, int y, int z) {
    public Range {
        if (x < 1 || y < 1 || z < 1) {
            throw new IllegalArgumentException("range sizes must be >= 1, got (" + x + ", " + y + ", " + z + ")");
        }
    }

    public static Range of(int x) {
        return new Range(x, 1, 1);
    }

    public static Range of(int x, int y) {
        return new Range(x, y, 1);
    }

    public static Range of(int x, int y, int z) {
        return new Range(x, y, z);
    }

    public long total() {
        return (long) x * y * z;
    }

    public int dimensions() {
        return z > 1 ? 3 : y > 1 ? 2 : 1;
    }
}
