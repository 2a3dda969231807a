package loglinear.jit.opencl;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import loglinear.jit.DeviceException;

/** OpenCL calls off the launch path: generic invocation and platform/device info queries. */
final class OpenClInfo {
    private OpenClInfo() {
    }

    /** Invokes a downcall handle with boxed arguments (setup and teardown only; launches use invokeExact). */
    static Object call(MethodHandle handle, Object... args) {
        try {
            return handle.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("OpenCL call failed", t);
        }
    }

    static String platformString(OpenClApi api, MemorySegment platform, int param) {
        return infoString(api.clGetPlatformInfo, platform, param, "clGetPlatformInfo");
    }

    static String deviceString(OpenClApi api, MemorySegment device, int param) {
        return infoString(api.clGetDeviceInfo, device, param, "clGetDeviceInfo");
    }

    /** A string-valued clGet*Info query: size first, then the text. */
    static String infoString(MethodHandle getInfo, MemorySegment object, int param, String what) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment size = a.allocate(JAVA_LONG);
            OpenClErrors.check((int) call(getInfo, object, param, 0L, MemorySegment.NULL, size),
                    what + "(0x" + Integer.toHexString(param) + ")");
            long n = size.get(JAVA_LONG, 0);
            MemorySegment text = a.allocate(JAVA_BYTE, Math.max(1, n));
            OpenClErrors.check((int) call(getInfo, object, param, n, text, MemorySegment.NULL),
                    what + "(0x" + Integer.toHexString(param) + ")");
            return text.getString(0).strip();
        }
    }

    /** A cl_uint, cl_ulong or size_t device property (by the size the driver reports). */
    static long deviceLong(OpenClApi api, MemorySegment device, int param) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment value = a.allocate(JAVA_LONG);
            MemorySegment size = a.allocate(JAVA_LONG);
            OpenClErrors.check((int) call(api.clGetDeviceInfo, device, param, 8L, value, size),
                    "clGetDeviceInfo(0x" + Integer.toHexString(param) + ")");
            long n = size.get(JAVA_LONG, 0);
            return n == 4 ? Integer.toUnsignedLong(value.get(JAVA_INT, 0)) : value.get(JAVA_LONG, 0);
        }
    }
}
