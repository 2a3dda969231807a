package loglinear.jit;

/**
 * Memory on a device that lives across launches: {@code length} elements of one {@link ElementType}. Passed to
 * {@link Device#launch} where the kernel has an array parameter of the same element type. Closing frees it.
 */
public interface DeviceBuffer extends AutoCloseable {
    ElementType type();

    long length();

    default long bytes() {
        return length() * type().bytes();
    }

    /** The device that owns this buffer. */
    Device device();

    @Override
    void close();
}
