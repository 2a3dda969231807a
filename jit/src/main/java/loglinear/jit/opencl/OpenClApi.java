package loglinear.jit.opencl;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

import loglinear.jit.runtime.NativeLibrary;

/**
 * Downcall handles into the OpenCL ICD loader ({@code libOpenCL.so.1}), made once per JVM. Handle names follow the C
 * functions; every pointer is an {@code ADDRESS}, {@code size_t}, {@code cl_ulong} and bitfields a {@code JAVA_LONG},
 * {@code cl_int}/{@code cl_uint}/{@code cl_bool} a {@code JAVA_INT}.
 */
final class OpenClApi {
    /** System property naming the OpenCL loader to use instead of the search. */
    static final String LIBRARY_PROPERTY = "loglinear.jit.opencl";

    // cl_device_type
    static final long CL_DEVICE_TYPE_GPU = 1L << 2;
    static final long CL_DEVICE_TYPE_ALL = 0xFFFFFFFFL;
    // cl_platform_info
    static final int CL_PLATFORM_VERSION = 0x0901;
    static final int CL_PLATFORM_NAME = 0x0902;
    // cl_device_info
    static final int CL_DEVICE_TYPE = 0x1000;
    static final int CL_DEVICE_MAX_COMPUTE_UNITS = 0x1002;
    static final int CL_DEVICE_MAX_WORK_GROUP_SIZE = 0x1004;
    static final int CL_DEVICE_MAX_MEM_ALLOC_SIZE = 0x1010;
    static final int CL_DEVICE_SINGLE_FP_CONFIG = 0x101B;
    static final int CL_DEVICE_GLOBAL_MEM_SIZE = 0x101F;
    static final int CL_DEVICE_LOCAL_MEM_SIZE = 0x1023;
    static final int CL_DEVICE_NAME = 0x102B;
    static final int CL_DRIVER_VERSION = 0x102D;
    static final int CL_DEVICE_VERSION = 0x102F;
    // misc
    static final long CL_QUEUE_PROFILING_ENABLE = 1L << 1;
    static final long CL_MEM_READ_WRITE = 1L;
    static final int CL_TRUE = 1;
    /** Bits of a cl_device_fp_config: denormals supported, correctly rounded divide and sqrt. */
    static final long CL_FP_DENORM = 1L;
    static final long CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT = 1L << 7;
    static final int CL_PROGRAM_BUILD_LOG = 0x1183;
    static final int CL_PROFILING_COMMAND_END = 0x1283;

    final NativeLibrary library;
    final MethodHandle clGetPlatformIDs;
    final MethodHandle clGetPlatformInfo;
    final MethodHandle clGetDeviceIDs;
    final MethodHandle clGetDeviceInfo;
    final MethodHandle clCreateContext;
    final MethodHandle clReleaseContext;
    final MethodHandle clCreateCommandQueue;
    final MethodHandle clReleaseCommandQueue;
    final MethodHandle clCreateBuffer;
    final MethodHandle clReleaseMemObject;
    final MethodHandle clEnqueueWriteBuffer;
    final MethodHandle clEnqueueReadBuffer;
    final MethodHandle clCreateProgramWithSource;
    final MethodHandle clBuildProgram;
    final MethodHandle clGetProgramBuildInfo;
    final MethodHandle clReleaseProgram;
    final MethodHandle clCreateKernel;
    final MethodHandle clReleaseKernel;
    final MethodHandle clSetKernelArg;
    final MethodHandle clEnqueueNDRangeKernel;
    final MethodHandle clFinish;
    final MethodHandle clEnqueueMarkerWithWaitList;
    final MethodHandle clWaitForEvents;
    final MethodHandle clGetEventProfilingInfo;
    final MethodHandle clReleaseEvent;

    private OpenClApi(NativeLibrary lib) {
        this.library = lib;
        clGetPlatformIDs = lib.function("clGetPlatformIDs", fn(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
        clGetPlatformInfo = lib.function("clGetPlatformInfo", fn(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS));
        clGetDeviceIDs = lib.function("clGetDeviceIDs", fn(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS));
        clGetDeviceInfo = lib.function("clGetDeviceInfo", fn(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS));
        clCreateContext = lib.function("clCreateContext",
                fn(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        clReleaseContext = lib.function("clReleaseContext", fn(JAVA_INT, ADDRESS));
        clCreateCommandQueue = lib.function("clCreateCommandQueue", fn(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
        clReleaseCommandQueue = lib.function("clReleaseCommandQueue", fn(JAVA_INT, ADDRESS));
        clCreateBuffer = lib.function("clCreateBuffer", fn(ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS));
        clReleaseMemObject = lib.function("clReleaseMemObject", fn(JAVA_INT, ADDRESS));
        FunctionDescriptor transfer = fn(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_INT,
                ADDRESS, ADDRESS);
        clEnqueueWriteBuffer = lib.function("clEnqueueWriteBuffer", transfer);
        clEnqueueReadBuffer = lib.function("clEnqueueReadBuffer", transfer);
        clCreateProgramWithSource = lib.function("clCreateProgramWithSource",
                fn(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        clBuildProgram = lib.function("clBuildProgram", fn(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        clGetProgramBuildInfo = lib.function("clGetProgramBuildInfo",
                fn(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS));
        clReleaseProgram = lib.function("clReleaseProgram", fn(JAVA_INT, ADDRESS));
        clCreateKernel = lib.function("clCreateKernel", fn(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        clReleaseKernel = lib.function("clReleaseKernel", fn(JAVA_INT, ADDRESS));
        clSetKernelArg = lib.function("clSetKernelArg", fn(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS));
        clEnqueueNDRangeKernel = lib.function("clEnqueueNDRangeKernel",
                fn(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        clFinish = lib.function("clFinish", fn(JAVA_INT, ADDRESS));
        clEnqueueMarkerWithWaitList = lib.function("clEnqueueMarkerWithWaitList",
                fn(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        clWaitForEvents = lib.function("clWaitForEvents", fn(JAVA_INT, JAVA_INT, ADDRESS));
        clGetEventProfilingInfo = lib.function("clGetEventProfilingInfo",
                fn(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS));
        clReleaseEvent = lib.function("clReleaseEvent", fn(JAVA_INT, ADDRESS));
    }

    private static FunctionDescriptor fn(MemoryLayout result, MemoryLayout... args) {
        return FunctionDescriptor.of(result, args);
    }

    /** The process-wide API, loading the library on first use; a DeviceException (cached) when it cannot load. */
    static OpenClApi get() {
        return Holder.load();
    }

    private static final class Holder {
        private static OpenClApi api;
        private static RuntimeException failure;

        static synchronized OpenClApi load() {
            if (api == null && failure == null) {
                try {
                    api = new OpenClApi(NativeLibrary.open(
                            "libOpenCL.so.1 not found: no OpenCL ICD loader on this machine", candidates()));
                } catch (RuntimeException e) {
                    failure = e;
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
            c.add("libOpenCL.so.1");
            c.add("libOpenCL.so");
            c.addAll(NativeLibrary.inLdLibraryPath(List.of("libOpenCL.so.1")));
            c.add("/usr/local/cuda/lib64/libOpenCL.so.1");
            c.add("/usr/local/cuda/targets/x86_64-linux/lib/libOpenCL.so.1");
            c.add("/usr/lib/x86_64-linux-gnu/libOpenCL.so.1");
            return c;
        }
    }
}
