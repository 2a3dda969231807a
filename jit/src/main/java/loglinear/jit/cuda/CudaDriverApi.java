package loglinear.jit.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

import loglinear.jit.DeviceException;
import loglinear.jit.runtime.NativeLibrary;

/**
 * Downcall handles into the CUDA driver API ({@code libcuda.so.1}), made once per JVM. {@code CUresult}, {@code
 * CUdevice} and attribute enums are {@code JAVA_INT}; {@code CUdeviceptr} and {@code size_t} are {@code JAVA_LONG};
 * contexts, streams, modules, functions and events are opaque pointers ({@code ADDRESS}).
 */
final class CudaDriverApi {
    /** System property naming the driver library to use instead of the search. */
    static final String LIBRARY_PROPERTY = "loglinear.jit.cuda";

    // CUdevice_attribute
    static final int CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK = 1;
    static final int CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK = 8;
    static final int CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT = 16;
    static final int CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75;
    static final int CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76;
    static final int CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN = 97;
    // CUfunction_attribute
    static final int CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES = 8;
    // CUresult
    static final int CUDA_SUCCESS = 0;
    static final int CUDA_ERROR_OUT_OF_MEMORY = 2;
    static final int CUDA_ERROR_NO_DEVICE = 100;

    final NativeLibrary library;
    final MethodHandle cuInit;
    final MethodHandle cuDriverGetVersion;
    final MethodHandle cuDeviceGetCount;
    final MethodHandle cuDeviceGet;
    final MethodHandle cuDeviceGetName;
    final MethodHandle cuDeviceGetAttribute;
    final MethodHandle cuDeviceTotalMem;
    final MethodHandle cuDevicePrimaryCtxRetain;
    final MethodHandle cuDevicePrimaryCtxRelease;
    final MethodHandle cuCtxSetCurrent;
    final MethodHandle cuStreamCreate;
    final MethodHandle cuStreamDestroy;
    final MethodHandle cuStreamSynchronize;
    final MethodHandle cuMemAlloc;
    final MethodHandle cuMemFree;
    final MethodHandle cuMemAllocHost;
    final MethodHandle cuMemFreeHost;
    final MethodHandle cuMemcpyHtoDAsync;
    final MethodHandle cuMemcpyDtoHAsync;
    final MethodHandle cuMemGetInfo;
    final MethodHandle cuModuleLoadData;
    final MethodHandle cuModuleUnload;
    final MethodHandle cuModuleGetFunction;
    final MethodHandle cuFuncSetAttribute;
    final MethodHandle cuLaunchKernel;
    final MethodHandle cuEventCreate;
    final MethodHandle cuEventRecord;
    final MethodHandle cuEventSynchronize;
    final MethodHandle cuEventElapsedTime;
    final MethodHandle cuEventDestroy;
    final MethodHandle cuGetErrorName;
    final MethodHandle cuGetErrorString;

    private CudaDriverApi(NativeLibrary lib) {
        this.library = lib;
        cuGetErrorName = lib.function("cuGetErrorName", fn(JAVA_INT, JAVA_INT, ADDRESS));
        cuGetErrorString = lib.function("cuGetErrorString", fn(JAVA_INT, JAVA_INT, ADDRESS));
        cuInit = lib.function("cuInit", fn(JAVA_INT, JAVA_INT));
        cuDriverGetVersion = lib.function("cuDriverGetVersion", fn(JAVA_INT, ADDRESS));
        cuDeviceGetCount = lib.function("cuDeviceGetCount", fn(JAVA_INT, ADDRESS));
        cuDeviceGet = lib.function("cuDeviceGet", fn(JAVA_INT, ADDRESS, JAVA_INT));
        cuDeviceGetName = lib.function("cuDeviceGetName", fn(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        cuDeviceGetAttribute = lib.function("cuDeviceGetAttribute", fn(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        cuDeviceTotalMem = lib.function("cuDeviceTotalMem_v2", fn(JAVA_INT, ADDRESS, JAVA_INT));
        cuDevicePrimaryCtxRetain = lib.function("cuDevicePrimaryCtxRetain", fn(JAVA_INT, ADDRESS, JAVA_INT));
        cuDevicePrimaryCtxRelease = lib.function("cuDevicePrimaryCtxRelease_v2", fn(JAVA_INT, JAVA_INT));
        cuCtxSetCurrent = lib.function("cuCtxSetCurrent", fn(JAVA_INT, ADDRESS));
        cuStreamCreate = lib.function("cuStreamCreate", fn(JAVA_INT, ADDRESS, JAVA_INT));
        cuStreamDestroy = lib.function("cuStreamDestroy_v2", fn(JAVA_INT, ADDRESS));
        cuStreamSynchronize = lib.function("cuStreamSynchronize", fn(JAVA_INT, ADDRESS));
        cuMemAlloc = lib.function("cuMemAlloc_v2", fn(JAVA_INT, ADDRESS, JAVA_LONG));
        cuMemFree = lib.function("cuMemFree_v2", fn(JAVA_INT, JAVA_LONG));
        cuMemAllocHost = lib.function("cuMemAllocHost_v2", fn(JAVA_INT, ADDRESS, JAVA_LONG));
        cuMemFreeHost = lib.function("cuMemFreeHost", fn(JAVA_INT, ADDRESS));
        cuMemcpyHtoDAsync = lib.function("cuMemcpyHtoDAsync_v2", fn(JAVA_INT, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS));
        cuMemcpyDtoHAsync = lib.function("cuMemcpyDtoHAsync_v2", fn(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS));
        cuMemGetInfo = lib.function("cuMemGetInfo_v2", fn(JAVA_INT, ADDRESS, ADDRESS));
        cuModuleLoadData = lib.function("cuModuleLoadData", fn(JAVA_INT, ADDRESS, ADDRESS));
        cuModuleUnload = lib.function("cuModuleUnload", fn(JAVA_INT, ADDRESS));
        cuModuleGetFunction = lib.function("cuModuleGetFunction", fn(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        cuFuncSetAttribute = lib.function("cuFuncSetAttribute", fn(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        cuLaunchKernel = lib.function("cuLaunchKernel", fn(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
                JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        cuEventCreate = lib.function("cuEventCreate", fn(JAVA_INT, ADDRESS, JAVA_INT));
        cuEventRecord = lib.function("cuEventRecord", fn(JAVA_INT, ADDRESS, ADDRESS));
        cuEventSynchronize = lib.function("cuEventSynchronize", fn(JAVA_INT, ADDRESS));
        FunctionDescriptor elapsed = fn(JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
        cuEventElapsedTime = lib.optionalFunction("cuEventElapsedTime_v2", elapsed)
                .orElseGet(() -> lib.function("cuEventElapsedTime", elapsed));
        cuEventDestroy = lib.function("cuEventDestroy_v2", fn(JAVA_INT, ADDRESS));
    }

    private static FunctionDescriptor fn(MemoryLayout result, MemoryLayout... args) {
        return FunctionDescriptor.of(result, args);
    }

    /** The process-wide driver API, loaded and {@code cuInit}-ed on first use; the failure is kept and rethrown. */
    static CudaDriverApi get() {
        return Holder.load();
    }

    /** "NAME: description (code)" for a CUresult, from cuGetErrorName / cuGetErrorString. */
    String describe(int result) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment text = a.allocate(ADDRESS);
            String name = "CUDA error " + result;
            if ((int) cuGetErrorName.invokeExact(result, text) == CUDA_SUCCESS) {
                name = text.get(ADDRESS, 0).reinterpret(256).getString(0);
            }
            String description = "";
            if ((int) cuGetErrorString.invokeExact(result, text) == CUDA_SUCCESS) {
                description = ": " + text.get(ADDRESS, 0).reinterpret(1024).getString(0);
            }
            return name + description + " (" + result + ")";
        } catch (Throwable t) {
            return "CUDA error " + result;
        }
    }

    /** Throws a {@link DeviceException} "{@code what} failed: NAME: description (code)" unless CUDA_SUCCESS. */
    void check(int result, String what) {
        if (result != CUDA_SUCCESS) {
            throw new DeviceException(what + " failed: " + describe(result));
        }
    }

    private static final class Holder {
        private static CudaDriverApi api;
        private static RuntimeException failure;

        static synchronized CudaDriverApi load() {
            if (api == null && failure == null) {
                try {
                    CudaDriverApi loaded = new CudaDriverApi(NativeLibrary.open(
                            "libcuda.so.1 not found: no NVIDIA driver on this machine", candidates()));
                    int rc = (int) loaded.cuInit.invokeExact(0);
                    loaded.check(rc, "cuInit");
                    api = loaded;
                } catch (RuntimeException e) {
                    failure = e;
                } catch (Throwable t) {
                    failure = new DeviceException("loading the CUDA driver failed", t);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return api;
        }

        private static List<String> candidates() {
            List<String> c = new ArrayList<>();
            c.add(System.getProperty(LIBRARY_PROPERTY));
            c.add("libcuda.so.1");
            c.addAll(NativeLibrary.inLdLibraryPath(List.of("libcuda.so.1")));
            c.add("/usr/lib/x86_64-linux-gnu/libcuda.so.1");
            c.add("/usr/local/nvidia/lib64/libcuda.so.1");
            c.add("/usr/lib64/libcuda.so.1");
            return c;
        }
    }
}
