package loglinear.jit.translate;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Builds OpenCL C source with the first OpenCL device found (PoCL on CI machines) through a few FFM calls, so tests
 * can check that generated code compiles, and runs a kernel once over 1-D work-items for semantics checks.
 * {@link #open()} is empty when no OpenCL runtime or device is present.
 */
final class OpenClTestCompiler implements AutoCloseable {
    private static final int CL_DEVICE_TYPE_ALL = 0xFFFFFFFF;
    private static final int CL_PROGRAM_BUILD_LOG = 0x1183;

    private final Arena arena = Arena.ofShared();
    private final MethodHandle createProgram;
    private final MethodHandle buildProgram;
    private final MethodHandle buildInfo;
    private final MethodHandle releaseProgram;
    private final MethodHandle releaseContext;
    private final MemorySegment context;
    private final MemorySegment device;
    private final SymbolLookup cl;

    private OpenClTestCompiler(SymbolLookup cl) throws Throwable {
        this.cl = cl;
        Linker linker = Linker.nativeLinker();
        MethodHandle platformIds = linker.downcallHandle(cl.find("clGetPlatformIDs").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
        MethodHandle deviceIds = linker.downcallHandle(cl.find("clGetDeviceIDs").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS));
        MethodHandle createContext = linker.downcallHandle(cl.find("clCreateContext").orElseThrow(),
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        createProgram = linker.downcallHandle(cl.find("clCreateProgramWithSource").orElseThrow(),
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        buildProgram = linker.downcallHandle(cl.find("clBuildProgram").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        buildInfo = linker.downcallHandle(cl.find("clGetProgramBuildInfo").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS));
        releaseProgram = linker.downcallHandle(cl.find("clReleaseProgram").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        releaseContext = linker.downcallHandle(cl.find("clReleaseContext").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        MemorySegment platform = arena.allocate(ADDRESS);
        MemorySegment count = arena.allocate(JAVA_INT);
        int rc = (int) platformIds.invokeExact(1, platform, count);
        if (rc != 0 || count.get(JAVA_INT, 0) == 0) {
            throw new IllegalStateException("no OpenCL platform (" + rc + ")");
        }
        MemorySegment dev = arena.allocate(ADDRESS);
        rc = (int) deviceIds.invokeExact(platform.get(ADDRESS, 0), (long) CL_DEVICE_TYPE_ALL & 0xFFFFFFFFL, 1, dev,
                MemorySegment.NULL);
        if (rc != 0) {
            throw new IllegalStateException("no OpenCL device (" + rc + ")");
        }
        device = dev.get(ADDRESS, 0);
        MemorySegment err = arena.allocate(JAVA_INT);
        context = (MemorySegment) createContext.invokeExact(MemorySegment.NULL, 1, dev, MemorySegment.NULL,
                MemorySegment.NULL, err);
        if (err.get(JAVA_INT, 0) != 0) {
            throw new IllegalStateException("clCreateContext failed (" + err.get(JAVA_INT, 0) + ")");
        }
    }

    static Optional<OpenClTestCompiler> open() {
        try {
            SymbolLookup cl = SymbolLookup.libraryLookup("libOpenCL.so.1", Arena.global());
            return Optional.of(new OpenClTestCompiler(cl));
        } catch (Throwable e) {
            return Optional.empty();
        }
    }

    /** Builds {@code source}; returns null on success, else the build log with the error code. */
    String build(String source, String options) throws Throwable {
        try (Arena call = Arena.ofConfined()) {
            MemorySegment text = call.allocateFrom(source);
            MemorySegment strings = call.allocate(ADDRESS);
            strings.set(ADDRESS, 0, text);
            MemorySegment err = call.allocate(JAVA_INT);
            MemorySegment program = (MemorySegment) createProgram.invokeExact(context, 1, strings,
                    MemorySegment.NULL, err);
            if (err.get(JAVA_INT, 0) != 0) {
                return "clCreateProgramWithSource failed (" + err.get(JAVA_INT, 0) + ")";
            }
            MemorySegment devices = call.allocate(ADDRESS);
            devices.set(ADDRESS, 0, device);
            int rc = (int) buildProgram.invokeExact(program, 1, devices, call.allocateFrom(options),
                    MemorySegment.NULL, MemorySegment.NULL);
            String result = null;
            if (rc != 0) {
                MemorySegment size = call.allocate(JAVA_LONG);
                int r1 = (int) buildInfo.invokeExact(program, device, CL_PROGRAM_BUILD_LOG, 0L, MemorySegment.NULL,
                        size);
                long n = size.get(JAVA_LONG, 0);
                MemorySegment log = call.allocate(Math.max(n, 1));
                int r2 = (int) buildInfo.invokeExact(program, device, CL_PROGRAM_BUILD_LOG, n, log,
                        MemorySegment.NULL);
                result = "clBuildProgram failed (" + rc + "):\n" + (r1 == 0 && r2 == 0 ? log.getString(0) : "");
            }
            int ignored = (int) releaseProgram.invokeExact(program);
            return result;
        }
    }

    private MethodHandle handle(String name, FunctionDescriptor descriptor) {
        return Linker.nativeLinker().downcallHandle(cl.find(name).orElseThrow(), descriptor);
    }

    private static void check(int rc, String what) {
        if (rc != 0) {
            throw new IllegalStateException(what + " failed with OpenCL error " + rc);
        }
    }

    /**
     * Builds {@code source}, runs kernel {@code entry} over {@code globalSize} work-items (work-groups of
     * {@code localSize}) and copies every array argument back into the Java array. Arguments are int[], long[],
     * float[], double[], short[] (device buffers) or Integer, Long, Float, Double (by value).
     */
    void run(String source, String entry, int globalSize, int localSize, Object... args) throws Throwable {
        String log = build(source, "");
        if (log != null) {
            throw new IllegalStateException(log);
        }
        MethodHandle createCommandQueue = handle("clCreateCommandQueue",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
        MethodHandle buildProgramHandle = buildProgram;
        MethodHandle createKernel = handle("clCreateKernel", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        MethodHandle createBuffer = handle("clCreateBuffer",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS));
        MethodHandle setArg = handle("clSetKernelArg", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG,
                ADDRESS));
        MethodHandle enqueue = handle("clEnqueueNDRangeKernel", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS,
                JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        MethodHandle read = handle("clEnqueueReadBuffer", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT,
                JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        MethodHandle finish = handle("clFinish", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        MethodHandle release = handle("clReleaseMemObject", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        MethodHandle releaseKernel = handle("clReleaseKernel", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        MethodHandle releaseQueue = handle("clReleaseCommandQueue", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        try (Arena call = Arena.ofConfined()) {
            MemorySegment err = call.allocate(JAVA_INT);
            MemorySegment queue = (MemorySegment) createCommandQueue.invokeExact(context, device, 0L, err);
            check(err.get(JAVA_INT, 0), "clCreateCommandQueue");
            MemorySegment strings = call.allocate(ADDRESS);
            strings.set(ADDRESS, 0, call.allocateFrom(source));
            MemorySegment program = (MemorySegment) createProgram.invokeExact(context, 1, strings,
                    MemorySegment.NULL, err);
            check(err.get(JAVA_INT, 0), "clCreateProgramWithSource");
            MemorySegment devices = call.allocate(ADDRESS);
            devices.set(ADDRESS, 0, device);
            check((int) buildProgramHandle.invokeExact(program, 1, devices, call.allocateFrom(""),
                    MemorySegment.NULL, MemorySegment.NULL), "clBuildProgram");
            MemorySegment kernel = (MemorySegment) createKernel.invokeExact(program, call.allocateFrom(entry), err);
            check(err.get(JAVA_INT, 0), "clCreateKernel " + entry);
            MemorySegment[] buffers = new MemorySegment[args.length];
            MemorySegment[] hosts = new MemorySegment[args.length];
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                MemorySegment value;
                long size;
                switch (a) {
                    case int[] x -> hosts[i] = call.allocateFrom(JAVA_INT, x);
                    case long[] x -> hosts[i] = call.allocateFrom(JAVA_LONG, x);
                    case float[] x -> hosts[i] = call.allocateFrom(java.lang.foreign.ValueLayout.JAVA_FLOAT, x);
                    case double[] x -> hosts[i] = call.allocateFrom(java.lang.foreign.ValueLayout.JAVA_DOUBLE, x);
                    case short[] x -> hosts[i] = call.allocateFrom(java.lang.foreign.ValueLayout.JAVA_SHORT, x);
                    default -> hosts[i] = null;
                }
                if (hosts[i] != null) {
                    long flags = 1L | (1L << 5); // CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR
                    buffers[i] = (MemorySegment) createBuffer.invokeExact(context, flags, Math.max(hosts[i].byteSize(),
                            4L), hosts[i], err);
                    check(err.get(JAVA_INT, 0), "clCreateBuffer");
                    value = call.allocate(ADDRESS);
                    value.set(ADDRESS, 0, buffers[i]);
                    size = ADDRESS.byteSize();
                } else {
                    switch (a) {
                        case Integer x -> value = call.allocateFrom(JAVA_INT, x);
                        case Long x -> value = call.allocateFrom(JAVA_LONG, x);
                        case Float x -> value = call.allocateFrom(java.lang.foreign.ValueLayout.JAVA_FLOAT, x);
                        case Double x -> value = call.allocateFrom(java.lang.foreign.ValueLayout.JAVA_DOUBLE, x);
                        default -> throw new IllegalArgumentException("unsupported argument " + a);
                    }
                    size = value.byteSize();
                }
                check((int) setArg.invokeExact(kernel, i, size, value), "clSetKernelArg " + i);
            }
            MemorySegment global = call.allocateFrom(JAVA_LONG, globalSize);
            MemorySegment local = call.allocateFrom(JAVA_LONG, localSize);
            check((int) enqueue.invokeExact(queue, kernel, 1, MemorySegment.NULL, global, local, 0,
                    MemorySegment.NULL, MemorySegment.NULL), "clEnqueueNDRangeKernel");
            for (int i = 0; i < args.length; i++) {
                if (buffers[i] == null) {
                    continue;
                }
                check((int) read.invokeExact(queue, buffers[i], 1, 0L, hosts[i].byteSize(), hosts[i], 0,
                        MemorySegment.NULL, MemorySegment.NULL), "clEnqueueReadBuffer");
                switch (args[i]) {
                    case int[] x -> MemorySegment.copy(hosts[i], JAVA_INT, 0, x, 0, x.length);
                    case long[] x -> MemorySegment.copy(hosts[i], JAVA_LONG, 0, x, 0, x.length);
                    case float[] x -> MemorySegment.copy(hosts[i], java.lang.foreign.ValueLayout.JAVA_FLOAT, 0, x, 0,
                            x.length);
                    case double[] x -> MemorySegment.copy(hosts[i], java.lang.foreign.ValueLayout.JAVA_DOUBLE, 0, x,
                            0, x.length);
                    case short[] x -> MemorySegment.copy(hosts[i], java.lang.foreign.ValueLayout.JAVA_SHORT, 0, x, 0,
                            x.length);
                    default -> throw new IllegalStateException();
                }
                int ignored = (int) release.invokeExact(buffers[i]);
            }
            check((int) finish.invokeExact(queue), "clFinish");
            int r1 = (int) releaseKernel.invokeExact(kernel);
            int r2 = (int) releaseProgram.invokeExact(program);
            int r3 = (int) releaseQueue.invokeExact(queue);
        }
    }

    @Override
    public void close() {
        try {
            int ignored = (int) releaseContext.invokeExact(context);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            arena.close();
        }
    }

}
