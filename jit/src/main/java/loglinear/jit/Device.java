package loglinear.jit;

/**
 * One compute device behind one backend. Not thread-safe: one host thread drives a device. Launches are
 * asynchronous on GPU backends (in order on one stream/queue); {@link #synchronize} waits for them.
 *
 * <p>Errors are Java exceptions ({@link DeviceException}), never a JVM crash: out of memory names the bytes asked
 * and free, a failed build carries the compiler log, a failed launch the driver's message.
 */
public interface Device extends AutoCloseable {
    Backend backend();

    /** Human-readable device name, e.g. "NVIDIA H100 80GB HBM3" or "pthread-AMD EPYC ...". */
    String name();

    /** Driver / platform version as reported by the backend. */
    String driverVersion();

    long totalMemoryBytes();

    /** Free device memory as reported by the driver (best effort on OpenCL). */
    long freeMemoryBytes();

    /** Allocates {@code length} elements of {@code type} (contents undefined). */
    DeviceBuffer allocate(ElementType type, long length);

    void write(DeviceBuffer dst, long dstOffset, float[] src, int srcOffset, int count);

    void write(DeviceBuffer dst, long dstOffset, int[] src, int srcOffset, int count);

    void read(DeviceBuffer src, long srcOffset, float[] dst, int dstOffset, int count);

    void read(DeviceBuffer src, long srcOffset, int[] dst, int dstOffset, int count);

    default void write(DeviceBuffer dst, float[] src) {
        write(dst, 0, src, 0, src.length);
    }

    default void write(DeviceBuffer dst, int[] src) {
        write(dst, 0, src, 0, src.length);
    }

    default void read(DeviceBuffer src, float[] dst) {
        read(src, 0, dst, 0, dst.length);
    }

    default void read(DeviceBuffer src, int[] dst) {
        read(src, 0, dst, 0, dst.length);
    }

    /** Compiles (or fetches from the cache) the static kernel method {@code name} of {@code owner}. */
    Kernel compile(Class<?> owner, String name);

    /**
     * Launches {@code kernel} over {@code global} work-items in groups of {@code local} (each global size a multiple
     * of the local size). {@code args} match the kernel's parameters after the context: a {@link DeviceBuffer} for
     * each array parameter (same element type), a boxed primitive of the exact type for each scalar.
     */
    void launch(Kernel kernel, Range global, Range local, Object... args);

    /** Waits until every command issued so far has finished; surfaces asynchronous errors. */
    void synchronize();

    /** Records an event at the current point of the command stream. */
    DeviceEvent recordEvent();

    @Override
    void close();
}
