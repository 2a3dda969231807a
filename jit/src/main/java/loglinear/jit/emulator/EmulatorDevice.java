package loglinear.jit.emulator;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

import loglinear.jit.Backend;
import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceEvent;
import loglinear.jit.DeviceException;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.KernelContext;
import loglinear.jit.Range;
import loglinear.jit.runtime.LaunchGeometry;

/**
 * Runs the same Java kernel methods the GPU backends translate, on the JVM, with GPU semantics.
 *
 * <ul>
 *   <li><b>Memory.</b> A buffer is a Java array of its element type ({@link EmulatorBuffer#array()}); a launch passes
 *       the arrays straight to the kernel method. Total memory is the JVM's max heap, free memory an estimate of the
 *       heap not in use.</li>
 *   <li><b>Compilation.</b> {@link #compile} finds the one {@code static void} method {@code name} of {@code owner}
 *       whose first parameter is a {@link KernelContext}, checks the other parameters (primitive arrays of a buffer
 *       element type, or int, long, float, double, short: the translator's rules), scans its bytecode for group
 *       synchronization and adapts a method handle once. Results are cached per method; a cache hit reports
 *       compileMillis 0 and {@link Kernel#source()} is empty.</li>
 *   <li><b>Launch.</b> Synchronous: the kernel has finished when {@link #launch} returns. Arguments are checked (count,
 *       buffer element type and owner, exact boxed scalar type), each global size must be a multiple of the local
 *       size, and a group has at most {@value #MAX_GROUP_SIZE} work-items. Work-groups run in parallel on a pool of
 *       platform threads (one per core).</li>
 *   <li><b>Work-items.</b> One {@link KernelContext} per work-item with {@code globalId = groupId * localSize +
 *       localId} in each dimension. When the kernel (or a static helper it calls) uses {@code localBarrier},
 *       local arrays, shuffles or sub-group reductions, the items of a group run concurrently as virtual threads:
 *       barriers are real barriers, the n-th {@code allocate*LocalArray} call of every item returns the group's n-th
 *       array, sub-groups are 32 consecutive local linear ids (the last may be partial), a shuffle reading a lane
 *       outside the sub-group returns the caller's own value, and {@code subGroupReduceAdd} adds in butterfly order
 *       (offsets 16, 8, 4, 2, 1), so float sums have the same bits as on a GPU. Otherwise the items of a group run
 *       one after another on one thread, x fastest.</li>
 *   <li><b>Atomics</b> are real atomics on the arrays (float add as a compare-and-set loop on the bits).</li>
 *   <li><b>Failures.</b> The first exception of any work-item stops the launch and is rethrown with the work-item's
 *       global, local and group ids: an out-of-bounds index as an {@link ArrayIndexOutOfBoundsException}, anything
 *       else as a {@link DeviceException} (cause: the original). Items that diverge at barriers (some finished while
 *       others wait, or items waiting at different barriers with nobody left to arrive) fail the launch with an
 *       {@link IllegalStateException} naming who waits where, instead of hanging.</li>
 * </ul>
 * Like every {@link Device}, one host thread drives it.
 */
public final class EmulatorDevice implements Device {
    /** Most work-items per group, as on CUDA. */
    public static final int MAX_GROUP_SIZE = 1024;
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private final ForkJoinPool groupPool;
    private final Map<Method, EmulatorKernel> kernels = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private EmulatorDevice(int parallelism) {
        this.groupPool = new ForkJoinPool(parallelism);
    }

    /** An emulator that runs work-groups on as many threads as the machine has cores. */
    public static EmulatorDevice open() {
        return open(Runtime.getRuntime().availableProcessors());
    }

    /** An emulator that runs up to {@code parallelism} work-groups at a time. */
    public static EmulatorDevice open(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, got " + parallelism);
        }
        return new EmulatorDevice(parallelism);
    }

    @Override
    public Backend backend() {
        return Backend.EMULATOR;
    }

    @Override
    public String name() {
        return "JVM emulator (" + groupPool.getParallelism() + " threads, " + System.getProperty("os.arch") + ")";
    }

    @Override
    public String driverVersion() {
        return "Java " + Runtime.version();
    }

    @Override
    public long totalMemoryBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public long freeMemoryBytes() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    @Override
    public DeviceBuffer allocate(ElementType type, long length) {
        ensureOpen();
        if (type == null) {
            throw new IllegalArgumentException("element type must not be null");
        }
        if (length < 0 || length > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("buffer length must be in [0, " + MAX_ARRAY_LENGTH
                    + "] on the emulator (one Java array), got " + length + " " + type);
        }
        try {
            return new EmulatorBuffer(this, type, (int) length);
        } catch (OutOfMemoryError e) {
            throw new DeviceException("out of memory: asked for " + length * type.bytes() + " bytes (" + length + " "
                    + type + "), about " + freeMemoryBytes() + " bytes of heap free", e);
        }
    }

    @Override
    public void write(DeviceBuffer dst, long dstOffset, float[] src, int srcOffset, int count) {
        copy(src, src == null ? -1 : src.length, srcOffset, buffer(dst, ElementType.FLOAT, "dst"), dstOffset,
                count, true);
    }

    @Override
    public void write(DeviceBuffer dst, long dstOffset, int[] src, int srcOffset, int count) {
        copy(src, src == null ? -1 : src.length, srcOffset, buffer(dst, ElementType.INT, "dst"), dstOffset, count,
                true);
    }

    @Override
    public void read(DeviceBuffer src, long srcOffset, float[] dst, int dstOffset, int count) {
        copy(dst, dst == null ? -1 : dst.length, dstOffset, buffer(src, ElementType.FLOAT, "src"), srcOffset, count,
                false);
    }

    @Override
    public void read(DeviceBuffer src, long srcOffset, int[] dst, int dstOffset, int count) {
        copy(dst, dst == null ? -1 : dst.length, dstOffset, buffer(src, ElementType.INT, "src"), srcOffset, count,
                false);
    }

    /** Copies {@code count} elements between a host array and a buffer, in the direction {@code toDevice}. */
    private static void copy(Object host, int hostLength, int hostOffset, EmulatorBuffer buffer, long bufferOffset,
                             int count, boolean toDevice) {
        String hostName = toDevice ? "src" : "dst";
        String bufferName = toDevice ? "dst" : "src";
        if (host == null) {
            throw new IllegalArgumentException(hostName + " array must not be null");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        if (hostOffset < 0 || (long) hostOffset + count > hostLength) {
            throw new IllegalArgumentException(hostName + " range [" + hostOffset + ", " + ((long) hostOffset + count)
                    + ") is outside the host array of length " + hostLength);
        }
        if (bufferOffset < 0 || bufferOffset + count > buffer.length()) {
            throw new IllegalArgumentException(bufferName + " range [" + bufferOffset + ", " + (bufferOffset + count)
                    + ") is outside the buffer of length " + buffer.length());
        }
        Object deviceArray = buffer.array();
        if (toDevice) {
            System.arraycopy(host, hostOffset, deviceArray, (int) bufferOffset, count);
        } else {
            System.arraycopy(deviceArray, (int) bufferOffset, host, hostOffset, count);
        }
    }

    private EmulatorBuffer buffer(DeviceBuffer buffer, ElementType expected, String argument) {
        ensureOpen();
        if (!(buffer instanceof EmulatorBuffer own) || own.device() != this) {
            throw new IllegalArgumentException(argument + " must be a buffer of this emulator, got "
                    + (buffer == null ? "null" : buffer + " of " + buffer.device().name()));
        }
        if (own.type() != expected) {
            throw new IllegalArgumentException(argument + " is a buffer of " + own.type() + ", expected a buffer of "
                    + expected + " for a " + expected.javaName() + "[] copy");
        }
        return own;
    }

    @Override
    public Kernel compile(Class<?> owner, String name) {
        ensureOpen();
        Method method = findKernelMethod(owner, name);
        EmulatorKernel cached = kernels.get(method);
        if (cached != null) {
            return cached.fromCache();
        }
        EmulatorKernel prepared = EmulatorKernel.prepare(this, method);
        kernels.put(method, prepared);
        return prepared;
    }

    /**
     * The one {@code static void name(KernelContext, ...)} method declared by {@code owner}.
     *
     * @throws IllegalArgumentException when there is none (saying what the methods of that name look like) or more
     *                                  than one
     */
    static Method findKernelMethod(Class<?> owner, String name) {
        if (owner == null || name == null) {
            throw new IllegalArgumentException("owner and name must not be null, got owner=" + owner + ", name="
                    + name);
        }
        List<Method> kernelsNamed = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Method m : owner.getDeclaredMethods()) {
            if (!m.getName().equals(name) || m.isSynthetic()) {
                continue;
            }
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == void.class && m.getParameterCount() >= 1
                    && m.getParameterTypes()[0] == KernelContext.class) {
                kernelsNamed.add(m);
            } else {
                rejected.add(m.toGenericString());
            }
        }
        if (kernelsNamed.size() == 1) {
            return kernelsNamed.get(0);
        }
        if (kernelsNamed.isEmpty()) {
            throw new IllegalArgumentException("no kernel method '" + name + "' in " + owner.getName()
                    + ": expected exactly one 'public static void " + name + "(KernelContext, ...)'"
                    + (rejected.isEmpty() ? ", found no method of that name"
                    : ", found only " + rejected + " (not static, not void, or first parameter not KernelContext)"));
        }
        List<String> signatures = kernelsNamed.stream().map(Method::toGenericString).toList();
        throw new IllegalArgumentException("ambiguous kernel '" + name + "' in " + owner.getName() + ": expected"
                + " exactly one 'static void " + name + "(KernelContext, ...)', found " + kernelsNamed.size() + ": "
                + signatures);
    }

    @Override
    public void launch(Kernel kernel, Range global, Range local, Object... args) {
        ensureOpen();
        if (!(kernel instanceof EmulatorKernel own) || own.device() != this) {
            throw new IllegalArgumentException("kernel must be compiled by this emulator, got "
                    + (kernel == null ? "null" : kernel.getClass().getName() + " " + kernel));
        }
        LaunchGeometry.check(own.displayName(), global, local, MAX_GROUP_SIZE);
        own.parameters().check(args, this);
        Object[] arguments = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            arguments[i] = args[i] instanceof EmulatorBuffer buffer ? backingArray(own, i, buffer) : args[i];
        }
        new LaunchExecution(own, global, local, arguments).run(groupPool);
    }

    private static Object backingArray(EmulatorKernel kernel, int index, EmulatorBuffer buffer) {
        try {
            return buffer.array();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("kernel " + kernel.displayName() + ": argument " + index + " is a"
                    + " closed buffer (" + buffer + ")", e);
        }
    }

    @Override
    public void synchronize() {
        ensureOpen();
        // launches are synchronous: nothing is pending
    }

    @Override
    public DeviceEvent recordEvent() {
        ensureOpen();
        return new EmulatorEvent(System.nanoTime());
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            kernels.clear();
            groupPool.shutdown();
        }
    }

    void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the emulator device is closed");
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
