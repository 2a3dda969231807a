package loglinear.jit.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
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
 * One NVIDIA GPU through the CUDA driver API over Java's FFM API: the device's primary context (made current on the
 * calling thread by every call), one stream, kernels compiled by NVRTC to machine code for the device's compute
 * capability, loaded with cuModuleLoadData and cached per method.
 *
 * <p>Launches are asynchronous on the stream; host transfers go through one page-locked staging block in 8 MiB
 * pieces, queued behind earlier work on the stream, and wait for their copy; {@link #synchronize} is
 * cuStreamSynchronize and reports errors of earlier launches. Launch arguments are written into per-kernel argument
 * slots allocated once at compile time, so a launch allocates nothing.
 */
public final class CudaDevice implements Device {
    private static final long DEFAULT_SHARED_LIMIT = 48 * 1024;

    /** A loaded module's kernel function and its reusable argument slots (allocated in {@code slotArena}). */
    record Function(CudaDevice owner, MemorySegment module, MemorySegment function, String entryName,
                    int sharedMemoryBytes, Arena slotArena, MemorySegment argumentSlots,
                    MemorySegment argumentPointers) {
    }

    private final CudaDriverApi api;
    private final int ordinal;
    private final int deviceHandle;
    private final String name;
    private final int driverVersion;
    private final int computeMajor;
    private final int computeMinor;
    private final int multiprocessors;
    private final int maxThreadsPerBlock;
    private final int maxSharedOptIn;
    private final long totalMemory;
    private final MemorySegment context;
    private final MemorySegment stream;
    private final MemorySegment pinnedStaging;
    private final HostStaging staging;

    private final Arena arena = Arena.ofShared();
    private final MemorySegment out = arena.allocate(16, 8);
    private final KernelCache<Function> cache = new KernelCache<>();
    /** Every module loaded and not yet unloaded: cached kernels and those from compileSource/load. */
    private final Set<Function> loaded = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<CudaBuffer> openBuffers = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean closed;

    private CudaDevice(CudaDriverApi api, int ordinal) throws Throwable {
        this.api = api;
        this.ordinal = ordinal;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment value = a.allocate(JAVA_LONG);
            api.check((int) api.cuDeviceGet.invokeExact(value, ordinal), "cuDeviceGet(" + ordinal + ")");
            this.deviceHandle = value.get(JAVA_INT, 0);
            MemorySegment nameBuffer = a.allocate(256);
            api.check((int) api.cuDeviceGetName.invokeExact(nameBuffer, 256, deviceHandle), "cuDeviceGetName");
            this.name = nameBuffer.getString(0);
            api.check((int) api.cuDriverGetVersion.invokeExact(value), "cuDriverGetVersion");
            this.driverVersion = value.get(JAVA_INT, 0);
            this.computeMajor = attribute(a, CudaDriverApi.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
            this.computeMinor = attribute(a, CudaDriverApi.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);
            this.multiprocessors = attribute(a, CudaDriverApi.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT);
            this.maxThreadsPerBlock = attribute(a, CudaDriverApi.CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK);
            this.maxSharedOptIn = attribute(a, CudaDriverApi.CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN);
            api.check((int) api.cuDeviceTotalMem.invokeExact(value, deviceHandle), "cuDeviceTotalMem");
            this.totalMemory = value.get(JAVA_LONG, 0);
            MemorySegment handle = a.allocate(ADDRESS);
            api.check((int) api.cuDevicePrimaryCtxRetain.invokeExact(handle, deviceHandle),
                    "cuDevicePrimaryCtxRetain(" + name + ")");
            this.context = handle.get(ADDRESS, 0);
            api.check((int) api.cuCtxSetCurrent.invokeExact(context), "cuCtxSetCurrent");
            api.check((int) api.cuStreamCreate.invokeExact(handle, 0), "cuStreamCreate");
            this.stream = handle.get(ADDRESS, 0);
            // Step: a page-locked staging block, so host transfers run at DMA speed rather than through the
            // driver's own pageable-memory bounce buffers.
            api.check((int) api.cuMemAllocHost.invokeExact(handle, HostStaging.CHUNK_BYTES),
                    "cuMemAllocHost(" + HostStaging.CHUNK_BYTES + " bytes of staging memory)");
            this.pinnedStaging = handle.get(ADDRESS, 0).reinterpret(HostStaging.CHUNK_BYTES);
            this.staging = new HostStaging(pinnedStaging);
        }
    }

    private int attribute(Arena a, int attribute) throws Throwable {
        MemorySegment value = a.allocate(JAVA_INT);
        api.check((int) api.cuDeviceGetAttribute.invokeExact(value, attribute, deviceHandle),
                "cuDeviceGetAttribute(" + attribute + ")");
        return value.get(JAVA_INT, 0);
    }

    /**
     * Opens CUDA device {@code ordinal} (0 = first GPU).
     *
     * @throws DeviceException when there is no driver ("libcuda.so.1 not found: no NVIDIA driver on this machine"),
     *                         no GPU, or no GPU with that ordinal
     */
    public static CudaDevice open(int ordinal) {
        CudaDriverApi api = CudaDriverApi.get();
        int count = deviceCount(api);
        if (ordinal < 0 || ordinal >= count) {
            throw new DeviceException("no CUDA device with ordinal " + ordinal + ": the driver reports " + count
                    + " device(s)");
        }
        try {
            return new CudaDevice(api, ordinal);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("opening CUDA device " + ordinal + " failed", t);
        }
    }

    /** True when libcuda loads, cuInit succeeds and at least one GPU is present; never throws. */
    public static boolean isAvailable() {
        try {
            return deviceCount(CudaDriverApi.get()) > 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Why {@link #isAvailable} is false (the loader's or driver's message), or "available". */
    public static String availability() {
        try {
            int count = deviceCount(CudaDriverApi.get());
            return count > 0 ? "available (" + count + " device(s))" : "the CUDA driver reports no device";
        } catch (RuntimeException | LinkageError e) {
            return e.getMessage();
        }
    }

    private static int deviceCount(CudaDriverApi api) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment count = a.allocate(JAVA_INT);
            int rc = (int) api.cuDeviceGetCount.invokeExact(count);
            if (rc == CudaDriverApi.CUDA_ERROR_NO_DEVICE) {
                return 0;
            }
            api.check(rc, "cuDeviceGetCount");
            return count.get(JAVA_INT, 0);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("cuDeviceGetCount failed", t);
        }
    }

    /** Makes this device's primary context current on the calling thread. */
    void makeCurrent() {
        ensureOpen();
        int rc;
        try {
            rc = (int) api.cuCtxSetCurrent.invokeExact(context);
        } catch (Throwable t) {
            throw new DeviceException("cuCtxSetCurrent failed", t);
        }
        if (rc != CudaDriverApi.CUDA_SUCCESS) {
            api.check(rc, "cuCtxSetCurrent(" + name + ")");
        }
    }

    @Override
    public Backend backend() {
        return Backend.CUDA;
    }

    @Override
    public String name() {
        return name;
    }

    /** e.g. "CUDA driver 13.0 (13000)". */
    @Override
    public String driverVersion() {
        return "CUDA driver " + driverVersion / 1000 + "." + (driverVersion % 1000) / 10 + " (" + driverVersion + ")";
    }

    /** NVRTC's version and where it was loaded from (loads NVRTC). */
    public String nvrtcVersion() {
        Nvrtc nvrtc = Nvrtc.get();
        return "NVRTC " + nvrtc.version() + " (" + nvrtc.location() + ")";
    }

    public int ordinal() {
        return ordinal;
    }

    /** Compute capability as major * 10 + minor, e.g. 90 for an H100. */
    public int computeCapability() {
        return computeMajor * 10 + computeMinor;
    }

    public int multiprocessorCount() {
        return multiprocessors;
    }

    public int maxThreadsPerBlock() {
        return maxThreadsPerBlock;
    }

    /** Largest dynamic shared memory per block a kernel may opt in to. */
    public int maxSharedMemoryPerBlockOptIn() {
        return maxSharedOptIn;
    }

    @Override
    public long totalMemoryBytes() {
        return totalMemory;
    }

    @Override
    public long freeMemoryBytes() {
        return memoryInfo()[0];
    }

    private long[] memoryInfo() {
        makeCurrent();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment free = a.allocate(JAVA_LONG);
            MemorySegment total = a.allocate(JAVA_LONG);
            api.check((int) api.cuMemGetInfo.invokeExact(free, total), "cuMemGetInfo");
            return new long[] {free.get(JAVA_LONG, 0), total.get(JAVA_LONG, 0)};
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("cuMemGetInfo failed", t);
        }
    }

    @Override
    public DeviceBuffer allocate(ElementType type, long length) {
        makeCurrent();
        if (type == null || length < 1) {
            throw new IllegalArgumentException("allocate needs an element type and length >= 1, got type=" + type
                    + ", length=" + length);
        }
        long bytes = Math.multiplyExact(length, (long) type.bytes());
        int rc;
        try {
            rc = (int) api.cuMemAlloc.invokeExact(out, bytes);
        } catch (Throwable t) {
            throw new DeviceException("cuMemAlloc failed", t);
        }
        if (rc == CudaDriverApi.CUDA_ERROR_OUT_OF_MEMORY) {
            long[] info = memoryInfo();
            throw new DeviceException("out of device memory on " + name + ": asked for " + bytes + " bytes ("
                    + length + " " + type + "), " + info[0] + " bytes free of " + info[1]);
        }
        api.check(rc, "cuMemAlloc(" + bytes + " bytes)");
        CudaBuffer buffer = new CudaBuffer(this, type, length, out.get(JAVA_LONG, 0));
        openBuffers.add(buffer);
        return buffer;
    }

    void release(CudaBuffer buffer, long pointer) {
        if (openBuffers.remove(buffer) && !closed) {
            makeCurrent();
            try {
                api.check((int) api.cuMemFree.invokeExact(pointer), "cuMemFree");
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new DeviceException("cuMemFree failed", t);
            }
        }
    }

    @Override
    public void write(DeviceBuffer dst, long dstOffset, float[] src, int srcOffset, int count) {
        CudaBuffer buffer = ownBuffer(dst, ElementType.FLOAT, "write");
        HostStaging.checkRange(buffer, dstOffset, src.length, srcOffset, count);
        staging.toDevice(MemorySegment.ofArray(src), srcOffset * 4L, count * 4L, dstOffset * 4L,
                (block, offset, n) -> copyToDevice(buffer, offset, block, n));
    }

    @Override
    public void write(DeviceBuffer dst, long dstOffset, int[] src, int srcOffset, int count) {
        CudaBuffer buffer = ownBuffer(dst, ElementType.INT, "write");
        HostStaging.checkRange(buffer, dstOffset, src.length, srcOffset, count);
        staging.toDevice(MemorySegment.ofArray(src), srcOffset * 4L, count * 4L, dstOffset * 4L,
                (block, offset, n) -> copyToDevice(buffer, offset, block, n));
    }

    @Override
    public void read(DeviceBuffer src, long srcOffset, float[] dst, int dstOffset, int count) {
        CudaBuffer buffer = ownBuffer(src, ElementType.FLOAT, "read");
        HostStaging.checkRange(buffer, srcOffset, dst.length, dstOffset, count);
        staging.fromDevice(MemorySegment.ofArray(dst), dstOffset * 4L, count * 4L, srcOffset * 4L,
                (block, offset, n) -> copyToHost(buffer, offset, block, n));
    }

    @Override
    public void read(DeviceBuffer src, long srcOffset, int[] dst, int dstOffset, int count) {
        CudaBuffer buffer = ownBuffer(src, ElementType.INT, "read");
        HostStaging.checkRange(buffer, srcOffset, dst.length, dstOffset, count);
        staging.fromDevice(MemorySegment.ofArray(dst), dstOffset * 4L, count * 4L, srcOffset * 4L,
                (block, offset, n) -> copyToHost(buffer, offset, block, n));
    }

    // Copies are queued on the stream behind earlier launches, then waited for (the staging block is reused).
    private void copyToDevice(CudaBuffer buffer, long byteOffset, MemorySegment host, long bytes) {
        try {
            api.check((int) api.cuMemcpyHtoDAsync.invokeExact(buffer.pointer() + byteOffset, host, bytes, stream),
                    "cuMemcpyHtoDAsync(" + bytes + " bytes)");
            api.check((int) api.cuStreamSynchronize.invokeExact(stream), "cuStreamSynchronize after host-to-device copy");
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("host-to-device copy failed", t);
        }
    }

    private void copyToHost(CudaBuffer buffer, long byteOffset, MemorySegment host, long bytes) {
        try {
            api.check((int) api.cuMemcpyDtoHAsync.invokeExact(host, buffer.pointer() + byteOffset, bytes, stream),
                    "cuMemcpyDtoHAsync(" + bytes + " bytes)");
            api.check((int) api.cuStreamSynchronize.invokeExact(stream), "cuStreamSynchronize after device-to-host copy");
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("device-to-host copy failed", t);
        }
    }

    private CudaBuffer ownBuffer(DeviceBuffer buffer, ElementType expected, String what) {
        makeCurrent();
        CudaBuffer b = BufferOwnership.require(buffer, CudaBuffer.class, this, expected, what);
        b.pointer();
        return b;
    }

    @Override
    public Kernel compile(Class<?> owner, String methodName) {
        makeCurrent();
        Method method = KernelMethods.find(owner, methodName);
        return cache.get(method, m -> {
            long start = System.nanoTime();
            return build(Translator.translate(m, Dialect.CUDA), start);
        });
    }

    /**
     * Compiles already translated (or hand-written) CUDA C. Not cached: each call loads a new module, unloaded by
     * {@link #release} or when the device closes.
     */
    public Kernel compileSource(TranslatedKernel translated) {
        makeCurrent();
        if (translated.dialect() != Dialect.CUDA) {
            throw new IllegalArgumentException("compileSource needs a CUDA translation, got " + translated.dialect()
                    + " for " + translated.entryName());
        }
        return build(translated, System.nanoTime());
    }

    /** A CUDA translation compiled by NVRTC but not yet loaded into the device's context. */
    public static final class Prepared {
        private final TranslatedKernel translated;
        private final Nvrtc.Output output;
        private final long startNanos;

        private Prepared(TranslatedKernel translated, Nvrtc.Output output, long startNanos) {
            this.translated = translated;
            this.output = output;
            this.startNanos = startNanos;
        }

        public TranslatedKernel translated() {
            return translated;
        }
    }

    /**
     * Compiles a CUDA translation with NVRTC for this device's architecture without touching the device: safe to call
     * from any thread (NVRTC programs are independent), so callers can compile many kernels in parallel and
     * {@link #load} them on the device's thread. NVRTC runs on a large-stack thread ({@link DeepStackCompiler}).
     */
    public Prepared prepare(TranslatedKernel translated) {
        long start = System.nanoTime();
        if (translated.dialect() != Dialect.CUDA) {
            throw new IllegalArgumentException("prepare needs a CUDA translation, got " + translated.dialect()
                    + " for " + translated.entryName());
        }
        String entry = translated.entryName();
        long shared = translated.localMemoryBytes();
        if (shared > maxSharedOptIn) {
            throw new KernelCompileException("kernel " + entry + " needs " + shared + " bytes of shared memory, "
                    + name + " allows at most " + maxSharedOptIn + " per block");
        }
        KernelDump.text(entry + ".cu", translated.source());
        Nvrtc.Output output = DeepStackCompiler.call(
                () -> Nvrtc.get().compile(translated.source(), entry, computeMajor, computeMinor));
        KernelDump.bytes(entry + (output.isCubin() ? ".cubin" : ".ptx"), output.image());
        return new Prepared(translated, output, start);
    }

    /**
     * Loads a kernel {@link #prepare}d for this device. Not cached: the module stays loaded until {@link #release} or
     * until the device closes.
     */
    public Kernel load(Prepared prepared) {
        makeCurrent();
        return load(prepared.translated, prepared.output, prepared.startNanos);
    }

    /**
     * Unloads the module of {@code kernel} (from {@link #compile}, {@link #compileSource} or {@link #load}) after the
     * work queued so far has finished, and drops it from the cache: a later {@link #compile} of the same method
     * builds it again, and launching the released kernel is an {@link IllegalArgumentException}. Long runs that
     * build many kernels (the fuzzer) release each one when done, so the context does not collect thousands of
     * modules. Releasing a kernel twice does nothing.
     */
    public void release(Kernel kernel) {
        makeCurrent();
        Function fn = functionOf(kernel);
        if (!loaded.remove(fn)) {
            return;
        }
        cache.remove(kernel.method(), fn);
        try {
            int syncRc = (int) api.cuStreamSynchronize.invokeExact(stream);
            int unloadRc = (int) api.cuModuleUnload.invokeExact(fn.module());
            api.check(syncRc, "cuStreamSynchronize before unloading " + fn.entryName()
                    + " (an earlier launch or copy failed)");
            api.check(unloadRc, "cuModuleUnload(" + fn.entryName() + ")");
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("unloading kernel " + fn.entryName() + " failed", t);
        } finally {
            fn.slotArena().close();
        }
    }

    /** Modules loaded and not yet released (cached kernels included). */
    public int loadedKernelCount() {
        return loaded.size();
    }

    private CompiledKernel<Function> build(TranslatedKernel translated, long startNanos) {
        Prepared prepared = prepare(translated);
        return load(translated, prepared.output, startNanos);
    }

    private CompiledKernel<Function> load(TranslatedKernel translated, Nvrtc.Output output, long startNanos) {
        String entry = translated.entryName();
        KernelParameters parameters = KernelParameters.of(entry, translated.parameters());
        long shared = translated.localMemoryBytes();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment image = a.allocate(output.image().length + 1L);
            MemorySegment.copy(output.image(), 0, image, JAVA_BYTE, 0, output.image().length);
            MemorySegment handle = a.allocate(ADDRESS);
            api.check((int) api.cuModuleLoadData.invokeExact(handle, image),
                    "cuModuleLoadData(" + entry + ", " + output.architecture() + ")");
            MemorySegment module = handle.get(ADDRESS, 0);
            int rc = (int) api.cuModuleGetFunction.invokeExact(handle, module, a.allocateFrom(entry));
            if (rc != CudaDriverApi.CUDA_SUCCESS) {
                int ignored = (int) api.cuModuleUnload.invokeExact(module);
                api.check(rc, "cuModuleGetFunction(" + entry + ")");
            }
            MemorySegment function = handle.get(ADDRESS, 0);
            if (shared > DEFAULT_SHARED_LIMIT) {
                api.check((int) api.cuFuncSetAttribute.invokeExact(function,
                        CudaDriverApi.CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, (int) shared),
                        "cuFuncSetAttribute(" + entry + ", MAX_DYNAMIC_SHARED_SIZE_BYTES=" + shared + ")");
            }
            // Step: one 8-byte slot per argument, and the void* array cuLaunchKernel reads pointing at the slots.
            int n = Math.max(1, parameters.count());
            Arena slotArena = Arena.ofShared();
            MemorySegment slots = slotArena.allocate(8L * n, 8);
            MemorySegment pointers = slotArena.allocate(ADDRESS, n);
            for (int i = 0; i < n; i++) {
                pointers.setAtIndex(ADDRESS, i, slots.asSlice(8L * i, 8));
            }
            double millis = (System.nanoTime() - startNanos) / 1e6;
            Function fn = new Function(this, module, function, entry, (int) shared, slotArena, slots, pointers);
            loaded.add(fn);
            return new CompiledKernel<>(translated, parameters, fn, millis);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("loading kernel " + entry + " failed", t);
        }
    }

    @Override
    public void launch(Kernel kernel, Range global, Range local, Object... args) {
        makeCurrent();
        CompiledKernel<?> compiled = ownKernel(kernel);
        Function fn = (Function) compiled.handle();
        KernelParameters parameters = compiled.parameters();
        LaunchGeometry.check(fn.entryName(), global, local, maxThreadsPerBlock);
        parameters.check(args, this);
        MemorySegment slots = fn.argumentSlots();
        for (int i = 0; i < args.length; i++) {
            long offset = 8L * i;
            switch (parameters.kind(i)) {
                case BUFFER -> slots.set(JAVA_LONG, offset, ((CudaBuffer) args[i]).pointer());
                case INT -> slots.set(JAVA_INT, offset, (Integer) args[i]);
                case LONG -> slots.set(JAVA_LONG, offset, (Long) args[i]);
                case FLOAT -> slots.set(JAVA_FLOAT, offset, (Float) args[i]);
                case DOUBLE -> slots.set(JAVA_DOUBLE, offset, (Double) args[i]);
                case SHORT -> slots.set(JAVA_SHORT, offset, (Short) args[i]);
                default -> throw new IllegalStateException("unhandled parameter kind " + parameters.kind(i));
            }
        }
        int rc;
        try {
            rc = (int) api.cuLaunchKernel.invokeExact(fn.function(),
                    global.x() / local.x(), global.y() / local.y(), global.z() / local.z(),
                    local.x(), local.y(), local.z(), fn.sharedMemoryBytes(), stream, fn.argumentPointers(),
                    MemorySegment.NULL);
        } catch (Throwable t) {
            throw new DeviceException("cuLaunchKernel(" + fn.entryName() + ") failed", t);
        }
        if (rc != CudaDriverApi.CUDA_SUCCESS) {
            api.check(rc, "cuLaunchKernel(" + fn.entryName() + ", grid " + (global.x() / local.x()) + "x"
                    + (global.y() / local.y()) + "x" + (global.z() / local.z()) + ", block "
                    + LaunchGeometry.format(local) + ", shared " + fn.sharedMemoryBytes() + " bytes)");
        }
    }

    private CompiledKernel<?> ownKernel(Kernel kernel) {
        Function fn = functionOf(kernel);
        if (!loaded.contains(fn)) {
            throw new IllegalArgumentException("kernel " + fn.entryName() + " was released on " + name
                    + "; compile it again");
        }
        return (CompiledKernel<?>) kernel;
    }

    private Function functionOf(Kernel kernel) {
        if (kernel instanceof CompiledKernel<?> compiled && compiled.handle() instanceof Function fn
                && fn.owner() == this) {
            return fn;
        }
        throw new IllegalArgumentException("kernel " + (kernel == null ? "null" : kernel.method().getName())
                + " was not compiled by this CUDA device (" + name + ")");
    }

    @Override
    public void synchronize() {
        makeCurrent();
        try {
            api.check((int) api.cuStreamSynchronize.invokeExact(stream),
                    "cuStreamSynchronize (an earlier launch or copy failed)");
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("cuStreamSynchronize failed", t);
        }
    }

    @Override
    public DeviceEvent recordEvent() {
        makeCurrent();
        try {
            api.check((int) api.cuEventCreate.invokeExact(out, 0), "cuEventCreate");
            MemorySegment event = out.get(ADDRESS, 0);
            api.check((int) api.cuEventRecord.invokeExact(event, stream), "cuEventRecord");
            return new CudaEvent(this, api, event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("recording a CUDA event failed", t);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            makeCurrent();
            int syncRc = (int) api.cuStreamSynchronize.invokeExact(stream);
            for (CudaBuffer buffer : List.copyOf(openBuffers)) {
                buffer.close();
            }
            cache.drain();
            List<Function> functions = new ArrayList<>(loaded);
            loaded.clear();
            for (Function fn : functions) {
                int ignored = (int) api.cuModuleUnload.invokeExact(fn.module());
                fn.slotArena().close();
            }
            int hostRc = (int) api.cuMemFreeHost.invokeExact(pinnedStaging);
            int streamRc = (int) api.cuStreamDestroy.invokeExact(stream);
            int ctxRc = (int) api.cuDevicePrimaryCtxRelease.invokeExact(deviceHandle);
            api.check(syncRc, "cuStreamSynchronize at close (an earlier launch or copy failed)");
            api.check(hostRc, "cuMemFreeHost at close");
            api.check(streamRc, "cuStreamDestroy at close");
            api.check(ctxRc, "cuDevicePrimaryCtxRelease at close");
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("closing CUDA device " + name + " failed", t);
        } finally {
            closed = true;
            staging.close();
            arena.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("CUDA device " + name + " is closed");
        }
    }

    @Override
    public String toString() {
        return "CudaDevice[" + ordinal + ": " + name + ", sm_" + computeCapability() + ", " + driverVersion() + "]";
    }
}
