package loglinear.jit.opencl;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import loglinear.jit.Backend;
import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceEvent;
import loglinear.jit.DeviceException;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.KernelCompileException;
import loglinear.jit.Range;
import loglinear.jit.runtime.BufferOwnership;
import loglinear.jit.runtime.CompiledKernel;
import loglinear.jit.runtime.DeepStackCompiler;
import loglinear.jit.runtime.HostStaging;
import loglinear.jit.runtime.KernelCache;
import loglinear.jit.runtime.KernelDump;
import loglinear.jit.runtime.KernelMethods;
import loglinear.jit.runtime.KernelParameters;
import loglinear.jit.runtime.LaunchGeometry;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.TranslatedKernel;
import loglinear.jit.translate.Translator;

/**
 * One OpenCL device through the ICD loader, over Java's FFM API: a context, one in-order command queue with
 * profiling, buffers, kernels built from translated OpenCL C ({@value #BUILD_OPTIONS}) and cached per method.
 *
 * <p>Host transfers block; launches are asynchronous on the queue; {@link #synchronize} is {@code clFinish}.
 * OpenCL cannot report free device memory: {@link #freeMemoryBytes} is the global memory size minus what this
 * object has allocated and not yet released.
 */
public final class OpenClDevice implements Device {
    /**
     * Options passed to clBuildProgram: OpenCL C 1.2, no fast-math flags, and correctly rounded float division and
     * sqrt (as in Java; the translated sources also switch off contraction with FP_CONTRACT OFF).
     */
    public static final String BUILD_OPTIONS = "-cl-std=CL1.2 -cl-fp32-correctly-rounded-divide-sqrt";

    /**
     * System property: further clBuildProgram options, separated by spaces, appended to {@value #BUILD_OPTIONS} when
     * the device opens (e.g. {@code -cl-opt-disable}, or NVIDIA's {@code -cl-nv-opt-level=0} for ptxas, to tell
     * which compiler stage a miscompile comes from). For diagnosis only.
     */
    public static final String EXTRA_BUILD_OPTIONS_PROPERTY = "loglinear.jit.opencl.buildOptions";
    /** Added to the build options on NVIDIA platforms: selects the translator prelude's inline-PTX helpers. */
    public static final String NVIDIA_DEFINE = "-DJ_NVIDIA_OPENCL";

    /** A built program and its kernel object, owned by one device. */
    record Program(OpenClDevice owner, MemorySegment program, MemorySegment kernel, String entryName) {
    }

    private final OpenClApi api;
    private final MemorySegment device;
    private final MemorySegment context;
    private final MemorySegment queue;
    private final String name;
    private final String driverVersion;
    private final long totalMemory;
    private final long maxAllocation;
    private final long maxGroupSize;
    private final long localMemory;
    private final int computeUnits;
    private final long singleFpConfig;
    private final String buildOptions;

    private final Arena arena = Arena.ofShared();
    private final MemorySegment argValue = arena.allocate(8, 8);
    private final MemorySegment globalSizes = arena.allocate(JAVA_LONG, 3);
    private final MemorySegment localSizes = arena.allocate(JAVA_LONG, 3);
    private final MemorySegment eventOut = arena.allocate(ADDRESS);
    private final HostStaging staging = new HostStaging();
    private final KernelCache<Program> cache = new KernelCache<>();
    /** Every program built and not yet released: cached kernels and those from compileSource. */
    private final Set<Program> loaded = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * Held while a program of this context is created and built. Builds run on a large-stack thread
     * ({@link DeepStackCompiler}); the lock keeps them one at a time per context even where several threads compile
     * on one device, since vendor OpenCL compilers (NVIDIA's) are not documented to build programs of one context
     * concurrently.
     */
    private final Object buildLock = new Object();
    private final Set<OpenClBuffer> openBuffers = Collections.newSetFromMap(new IdentityHashMap<>());
    private long allocatedBytes;
    private boolean closed;

    private OpenClDevice(OpenClApi api, OpenClPlatforms.Found found) {
        this.api = api;
        this.device = found.device();
        this.name = found.deviceName();
        this.driverVersion = found.platformName() + " (" + OpenClInfo.platformString(api, found.platform(),
                OpenClApi.CL_PLATFORM_VERSION) + "), driver " + OpenClInfo.deviceString(api, device, OpenClApi.CL_DRIVER_VERSION);
        this.totalMemory = OpenClInfo.deviceLong(api, device, OpenClApi.CL_DEVICE_GLOBAL_MEM_SIZE);
        this.maxAllocation = OpenClInfo.deviceLong(api, device, OpenClApi.CL_DEVICE_MAX_MEM_ALLOC_SIZE);
        this.maxGroupSize = OpenClInfo.deviceLong(api, device, OpenClApi.CL_DEVICE_MAX_WORK_GROUP_SIZE);
        this.localMemory = OpenClInfo.deviceLong(api, device, OpenClApi.CL_DEVICE_LOCAL_MEM_SIZE);
        this.computeUnits = (int) OpenClInfo.deviceLong(api, device, OpenClApi.CL_DEVICE_MAX_COMPUTE_UNITS);
        this.singleFpConfig = OpenClInfo.deviceLong(api, device, OpenClApi.CL_DEVICE_SINGLE_FP_CONFIG);
        String extra = System.getProperty(EXTRA_BUILD_OPTIONS_PROPERTY, "").strip();
        // NVIDIA's OpenCL compiles the prelude's opaque PTX helpers (see Prelude: J_NVIDIA_OPENCL).
        String vendor = found.platformName().contains("NVIDIA") ? BUILD_OPTIONS + " " + NVIDIA_DEFINE : BUILD_OPTIONS;
        this.buildOptions = extra.isEmpty() ? vendor : vendor + " " + extra;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = a.allocate(JAVA_INT);
            MemorySegment devices = a.allocate(ADDRESS);
            devices.set(ADDRESS, 0, device);
            this.context = (MemorySegment) OpenClInfo.call(api.clCreateContext, MemorySegment.NULL, 1, devices,
                    MemorySegment.NULL, MemorySegment.NULL, err);
            OpenClErrors.check(err.get(JAVA_INT, 0), "clCreateContext(" + name + ")");
            this.queue = (MemorySegment) OpenClInfo.call(api.clCreateCommandQueue, context, device,
                    OpenClApi.CL_QUEUE_PROFILING_ENABLE, err);
            OpenClErrors.check(err.get(JAVA_INT, 0), "clCreateCommandQueue(" + name + ", profiling)");
        }
    }

    /**
     * Opens an OpenCL device.
     *
     * @param platformOrDeviceNameSubstring null: the first GPU of any platform, else the first device of any type;
     *                                      otherwise the first device whose platform or device name contains this
     *                                      text (case-insensitive)
     * @throws DeviceException when no OpenCL loader, no device, or no device matching the name is found
     */
    public static OpenClDevice open(String platformOrDeviceNameSubstring) {
        OpenClApi api = OpenClApi.get();
        List<OpenClPlatforms.Found> all = OpenClPlatforms.enumerate(api);
        if (all.isEmpty()) {
            throw new DeviceException("no OpenCL device found (loader " + api.library.location()
                    + " reports no platform with a device)");
        }
        OpenClPlatforms.Found chosen = null;
        if (platformOrDeviceNameSubstring == null) {
            chosen = all.stream().filter(OpenClPlatforms.Found::isGpu).findFirst().orElse(all.get(0));
        } else {
            String wanted = platformOrDeviceNameSubstring.toLowerCase(Locale.ROOT);
            for (OpenClPlatforms.Found f : all) {
                if (f.platformName().toLowerCase(Locale.ROOT).contains(wanted)
                        || f.deviceName().toLowerCase(Locale.ROOT).contains(wanted)) {
                    chosen = f;
                    break;
                }
            }
            if (chosen == null) {
                throw new DeviceException("no OpenCL device matches '" + platformOrDeviceNameSubstring
                        + "'; found: " + all.stream().map(OpenClPlatforms.Found::label).toList());
            }
        }
        return new OpenClDevice(api, chosen);
    }

    /** True when the OpenCL loader loads and at least one platform has a device; never throws. */
    public static boolean isAvailable() {
        try {
            return !OpenClPlatforms.enumerate(OpenClApi.get()).isEmpty();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** "platform: device" for every OpenCL device found (empty when there is no loader or no platform). */
    public static List<String> listDevices() {
        try {
            return OpenClPlatforms.enumerate(OpenClApi.get()).stream().map(OpenClPlatforms.Found::label).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public Backend backend() {
        return Backend.OPENCL;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String driverVersion() {
        return driverVersion;
    }

    @Override
    public long totalMemoryBytes() {
        return totalMemory;
    }

    /** Global memory size minus the bytes this object has allocated (OpenCL has no free-memory query). */
    @Override
    public long freeMemoryBytes() {
        return totalMemory - allocatedBytes;
    }

    /** Largest work-group size the device accepts. */
    public long maxWorkGroupSize() {
        return maxGroupSize;
    }

    /** Bytes of local (shared) memory per work-group. */
    public long localMemoryBytes() {
        return localMemory;
    }

    /** Compute units (SMs on NVIDIA). */
    public int computeUnits() {
        return computeUnits;
    }

    /** The clBuildProgram options of this device's programs: {@value #BUILD_OPTIONS} and any extra ones. */
    public String buildOptions() {
        return buildOptions;
    }

    /** The device's CL_DEVICE_SINGLE_FP_CONFIG bits, read when the device opened. */
    public long singleFpConfig() {
        return singleFpConfig;
    }

    /**
     * Whether the device reports CL_FP_DENORM for float: without it OpenCL 1.2 lets float operations flush
     * subnormal inputs and results to zero, which Java never does (docs/jit-bugs.md 17).
     */
    public boolean floatDenormsSupported() {
        return (singleFpConfig & OpenClApi.CL_FP_DENORM) != 0;
    }

    /** Whether the device reports CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT, which {@value #BUILD_OPTIONS} asks for. */
    public boolean floatCorrectlyRoundedDivideSqrt() {
        return (singleFpConfig & OpenClApi.CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT) != 0;
    }

    @Override
    public DeviceBuffer allocate(ElementType type, long length) {
        ensureOpen();
        if (type == null || length < 1) {
            throw new IllegalArgumentException("allocate needs an element type and length >= 1, got type=" + type
                    + ", length=" + length);
        }
        long bytes = Math.multiplyExact(length, (long) type.bytes());
        if (bytes > maxAllocation) {
            throw new DeviceException("cannot allocate " + bytes + " bytes on " + name
                    + ": one OpenCL buffer may hold at most " + maxAllocation + " bytes (CL_DEVICE_MAX_MEM_ALLOC_SIZE)");
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = a.allocate(JAVA_INT);
            MemorySegment mem = (MemorySegment) OpenClInfo.call(api.clCreateBuffer, context, OpenClApi.CL_MEM_READ_WRITE, bytes,
                    MemorySegment.NULL, err);
            int rc = err.get(JAVA_INT, 0);
            if (rc != 0) {
                throw new DeviceException("clCreateBuffer of " + bytes + " bytes on " + name + " failed: "
                        + OpenClErrors.name(rc) + " (" + rc + "); about " + freeMemoryBytes()
                        + " bytes free (global memory minus this device's allocations)");
            }
            OpenClBuffer buffer = new OpenClBuffer(this, type, length, mem);
            openBuffers.add(buffer);
            allocatedBytes += bytes;
            return buffer;
        }
    }

    void release(OpenClBuffer buffer, MemorySegment mem) {
        if (openBuffers.remove(buffer)) {
            allocatedBytes -= buffer.bytes();
            if (!closed) {
                OpenClErrors.check((int) OpenClInfo.call(api.clReleaseMemObject, mem), "clReleaseMemObject");
            }
        }
    }

    @Override
    public void write(DeviceBuffer dst, long dstOffset, float[] src, int srcOffset, int count) {
        OpenClBuffer buffer = ownBuffer(dst, ElementType.FLOAT, "write");
        HostStaging.checkRange(buffer, dstOffset, src.length, srcOffset, count);
        staging.toDevice(MemorySegment.ofArray(src), srcOffset * 4L, count * 4L, dstOffset * 4L,
                (block, deviceOffset, n) -> transfer(api.clEnqueueWriteBuffer, "clEnqueueWriteBuffer", buffer,
                        deviceOffset, n, block));
    }

    @Override
    public void write(DeviceBuffer dst, long dstOffset, int[] src, int srcOffset, int count) {
        OpenClBuffer buffer = ownBuffer(dst, ElementType.INT, "write");
        HostStaging.checkRange(buffer, dstOffset, src.length, srcOffset, count);
        staging.toDevice(MemorySegment.ofArray(src), srcOffset * 4L, count * 4L, dstOffset * 4L,
                (block, deviceOffset, n) -> transfer(api.clEnqueueWriteBuffer, "clEnqueueWriteBuffer", buffer,
                        deviceOffset, n, block));
    }

    @Override
    public void read(DeviceBuffer src, long srcOffset, float[] dst, int dstOffset, int count) {
        OpenClBuffer buffer = ownBuffer(src, ElementType.FLOAT, "read");
        HostStaging.checkRange(buffer, srcOffset, dst.length, dstOffset, count);
        staging.fromDevice(MemorySegment.ofArray(dst), dstOffset * 4L, count * 4L, srcOffset * 4L,
                (block, deviceOffset, n) -> transfer(api.clEnqueueReadBuffer, "clEnqueueReadBuffer", buffer,
                        deviceOffset, n, block));
    }

    @Override
    public void read(DeviceBuffer src, long srcOffset, int[] dst, int dstOffset, int count) {
        OpenClBuffer buffer = ownBuffer(src, ElementType.INT, "read");
        HostStaging.checkRange(buffer, srcOffset, dst.length, dstOffset, count);
        staging.fromDevice(MemorySegment.ofArray(dst), dstOffset * 4L, count * 4L, srcOffset * 4L,
                (block, deviceOffset, n) -> transfer(api.clEnqueueReadBuffer, "clEnqueueReadBuffer", buffer,
                        deviceOffset, n, block));
    }

    private void transfer(MethodHandle enqueue, String what, OpenClBuffer buffer, long deviceOffset, long bytes,
                          MemorySegment host) {
        int rc;
        try {
            rc = (int) enqueue.invokeExact(queue, buffer.mem(), OpenClApi.CL_TRUE, deviceOffset, bytes, host, 0,
                    MemorySegment.NULL, MemorySegment.NULL);
        } catch (Throwable t) {
            throw new DeviceException(what + " failed", t);
        }
        OpenClErrors.check(rc, what + " of " + bytes + " bytes at byte offset " + deviceOffset);
    }

    private OpenClBuffer ownBuffer(DeviceBuffer buffer, ElementType expected, String what) {
        ensureOpen();
        OpenClBuffer b = BufferOwnership.require(buffer, OpenClBuffer.class, this, expected, what);
        b.mem();
        return b;
    }

    @Override
    public Kernel compile(Class<?> owner, String methodName) {
        ensureOpen();
        Method method = KernelMethods.find(owner, methodName);
        return cache.get(method, m -> {
            long start = System.nanoTime();
            return build(Translator.translate(m, Dialect.OPENCL), start);
        });
    }

    /**
     * Builds already translated (or hand-written) OpenCL C. Not cached: each call builds a new program, released by
     * {@link #release} or when the device closes.
     */
    public Kernel compileSource(TranslatedKernel translated) {
        ensureOpen();
        if (translated.dialect() != Dialect.OPENCL) {
            throw new IllegalArgumentException("compileSource needs an OPENCL translation, got " + translated.dialect()
                    + " for " + translated.entryName());
        }
        return build(translated, System.nanoTime());
    }

    /**
     * Releases the kernel and program of {@code kernel} (from {@link #compile} or {@link #compileSource}) after the
     * work queued so far has finished, and drops it from the cache: a later {@link #compile} of the same method
     * builds it again, and launching the released kernel is an {@link IllegalArgumentException}. Long runs that
     * build many kernels (the fuzzer) release each one when done. Releasing a kernel twice does nothing.
     */
    public void release(Kernel kernel) {
        ensureOpen();
        Program program = programOf(kernel);
        if (!loaded.remove(program)) {
            return;
        }
        cache.remove(kernel.method(), program);
        int finishRc = (int) OpenClInfo.call(api.clFinish, queue);
        int kernelRc = (int) OpenClInfo.call(api.clReleaseKernel, program.kernel());
        int programRc = (int) OpenClInfo.call(api.clReleaseProgram, program.program());
        OpenClErrors.check(finishRc, "clFinish before releasing " + program.entryName()
                + " (an earlier launch or copy failed)");
        OpenClErrors.check(kernelRc, "clReleaseKernel(" + program.entryName() + ")");
        OpenClErrors.check(programRc, "clReleaseProgram(" + program.entryName() + ")");
    }

    /** Programs built and not yet released (cached kernels included). */
    public int loadedKernelCount() {
        return loaded.size();
    }

    private CompiledKernel<Program> build(TranslatedKernel translated, long startNanos) {
        KernelParameters parameters = KernelParameters.of(translated.entryName(), translated.parameters());
        KernelDump.text(translated.entryName() + ".cl", translated.source());
        CompiledKernel<Program> kernel = DeepStackCompiler.call(() -> {
            synchronized (buildLock) {
                return buildProgram(translated, parameters, startNanos);
            }
        });
        loaded.add(kernel.handle());
        return kernel;
    }

    private CompiledKernel<Program> buildProgram(TranslatedKernel translated, KernelParameters parameters,
                                                 long startNanos) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = a.allocate(JAVA_INT);
            MemorySegment strings = a.allocate(ADDRESS);
            strings.set(ADDRESS, 0, a.allocateFrom(translated.source()));
            MemorySegment program = (MemorySegment) OpenClInfo.call(api.clCreateProgramWithSource, context, 1, strings,
                    MemorySegment.NULL, err);
            OpenClErrors.check(err.get(JAVA_INT, 0), "clCreateProgramWithSource(" + translated.entryName() + ")");
            MemorySegment devices = a.allocate(ADDRESS);
            devices.set(ADDRESS, 0, device);
            int rc = (int) OpenClInfo.call(api.clBuildProgram, program, 1, devices, a.allocateFrom(buildOptions),
                    MemorySegment.NULL, MemorySegment.NULL);
            if (rc != 0) {
                String log = buildLog(program);
                OpenClInfo.call(api.clReleaseProgram, program);
                throw new KernelCompileException("OpenCL build of kernel " + translated.entryName() + " on " + name
                        + " failed: " + OpenClErrors.name(rc) + " (" + rc + ")\n--- build log ---\n" + log
                        + "\n--- source ---\n" + translated.source());
            }
            MemorySegment kernel = (MemorySegment) OpenClInfo.call(api.clCreateKernel, program,
                    a.allocateFrom(translated.entryName()), err);
            int kernelRc = err.get(JAVA_INT, 0);
            if (kernelRc != 0) {
                OpenClInfo.call(api.clReleaseProgram, program);
                OpenClErrors.check(kernelRc, "clCreateKernel(" + translated.entryName() + ")");
            }
            double millis = (System.nanoTime() - startNanos) / 1e6;
            return new CompiledKernel<>(translated, parameters,
                    new Program(this, program, kernel, translated.entryName()), millis);
        }
    }

    private String buildLog(MemorySegment program) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment size = a.allocate(JAVA_LONG);
            int rc = (int) OpenClInfo.call(api.clGetProgramBuildInfo, program, device, OpenClApi.CL_PROGRAM_BUILD_LOG, 0L,
                    MemorySegment.NULL, size);
            if (rc != 0) {
                return "(no build log: " + OpenClErrors.name(rc) + ")";
            }
            long n = size.get(JAVA_LONG, 0);
            MemorySegment text = a.allocate(Math.max(1, n));
            OpenClInfo.call(api.clGetProgramBuildInfo, program, device, OpenClApi.CL_PROGRAM_BUILD_LOG, n, text,
                    MemorySegment.NULL);
            return text.getString(0).strip();
        }
    }

    @Override
    public void launch(Kernel kernel, Range global, Range local, Object... args) {
        ensureOpen();
        CompiledKernel<?> compiled = ownKernel(kernel);
        Program program = (Program) compiled.handle();
        KernelParameters parameters = compiled.parameters();
        LaunchGeometry.check(program.entryName(), global, local, maxGroupSize);
        parameters.check(args, this);
        try {
            for (int i = 0; i < args.length; i++) {
                setArgument(program, i, parameters.kind(i), args[i]);
            }
            globalSizes.setAtIndex(JAVA_LONG, 0, global.x());
            globalSizes.setAtIndex(JAVA_LONG, 1, global.y());
            globalSizes.setAtIndex(JAVA_LONG, 2, global.z());
            localSizes.setAtIndex(JAVA_LONG, 0, local.x());
            localSizes.setAtIndex(JAVA_LONG, 1, local.y());
            localSizes.setAtIndex(JAVA_LONG, 2, local.z());
            int dims = Math.max(global.dimensions(), local.dimensions());
            int rc = (int) api.clEnqueueNDRangeKernel.invokeExact(queue, program.kernel(), dims, MemorySegment.NULL,
                    globalSizes, localSizes, 0, MemorySegment.NULL, MemorySegment.NULL);
            if (rc != 0) {
                throw new DeviceException("clEnqueueNDRangeKernel(" + program.entryName() + ", global "
                        + LaunchGeometry.format(global) + ", local " + LaunchGeometry.format(local) + ") failed: "
                        + OpenClErrors.name(rc) + " (" + rc + ")");
            }
        } catch (DeviceException | IllegalArgumentException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("launch of " + program.entryName() + " failed", t);
        }
    }

    // clSetKernelArg copies the value, so one scratch slot serves every argument.
    private void setArgument(Program program, int index, KernelParameters.Kind kind, Object arg) throws Throwable {
        long size;
        switch (kind) {
            case BUFFER -> {
                argValue.set(ADDRESS, 0, ((OpenClBuffer) arg).mem());
                size = ADDRESS.byteSize();
            }
            case INT -> {
                argValue.set(JAVA_INT, 0, (Integer) arg);
                size = 4;
            }
            case LONG -> {
                argValue.set(JAVA_LONG, 0, (Long) arg);
                size = 8;
            }
            case FLOAT -> {
                argValue.set(JAVA_FLOAT, 0, (Float) arg);
                size = 4;
            }
            case DOUBLE -> {
                argValue.set(JAVA_DOUBLE, 0, (Double) arg);
                size = 8;
            }
            case SHORT -> {
                argValue.set(JAVA_SHORT, 0, (Short) arg);
                size = 2;
            }
            default -> throw new IllegalStateException("unhandled parameter kind " + kind);
        }
        int rc = (int) api.clSetKernelArg.invokeExact(program.kernel(), index, size, argValue);
        if (rc != 0) {
            throw new DeviceException("clSetKernelArg(" + program.entryName() + ", argument " + index + ", " + kind
                    + ") failed: " + OpenClErrors.name(rc) + " (" + rc + ")");
        }
    }

    private CompiledKernel<?> ownKernel(Kernel kernel) {
        Program program = programOf(kernel);
        if (!loaded.contains(program)) {
            throw new IllegalArgumentException("kernel " + program.entryName() + " was released on " + name
                    + "; compile it again");
        }
        return (CompiledKernel<?>) kernel;
    }

    private Program programOf(Kernel kernel) {
        if (kernel instanceof CompiledKernel<?> compiled && compiled.handle() instanceof Program program
                && program.owner() == this) {
            return program;
        }
        throw new IllegalArgumentException("kernel " + (kernel == null ? "null" : kernel.method().getName())
                + " was not compiled by this OpenCL device (" + name + ")");
    }

    @Override
    public void synchronize() {
        ensureOpen();
        OpenClErrors.check((int) OpenClInfo.call(api.clFinish, queue), "clFinish (an earlier launch or copy failed)");
    }

    @Override
    public DeviceEvent recordEvent() {
        ensureOpen();
        OpenClErrors.check((int) OpenClInfo.call(api.clEnqueueMarkerWithWaitList, queue, 0, MemorySegment.NULL, eventOut),
                "clEnqueueMarkerWithWaitList");
        return new OpenClEvent(api, eventOut.get(ADDRESS, 0));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            OpenClInfo.call(api.clFinish, queue);
            for (OpenClBuffer buffer : List.copyOf(openBuffers)) {
                buffer.close();
            }
            cache.drain();
            List<Program> programs = new ArrayList<>(loaded);
            loaded.clear();
            for (Program p : programs) {
                OpenClInfo.call(api.clReleaseKernel, p.kernel());
                OpenClInfo.call(api.clReleaseProgram, p.program());
            }
            OpenClInfo.call(api.clReleaseCommandQueue, queue);
            OpenClInfo.call(api.clReleaseContext, context);
        } finally {
            closed = true;
            staging.close();
            arena.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("OpenCL device " + name + " is closed");
        }
    }

    @Override
    public String toString() {
        return "OpenClDevice[" + name + ", " + driverVersion + "]";
    }
}
