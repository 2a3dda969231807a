package loglinear.jit.opencl;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/** The OpenCL platforms and devices the loader reports, for {@link OpenClDevice#open} and its listings. */
final class OpenClPlatforms {
    private OpenClPlatforms() {
    }

    /** One platform's device as found by the enumeration. */
    record Found(MemorySegment platform, MemorySegment device, String platformName, String deviceName,
                         long type) {
        boolean isGpu() {
            return (type & OpenClApi.CL_DEVICE_TYPE_GPU) != 0;
        }

        String label() {
            return platformName + ": " + deviceName;
        }
    }

    /** Every device of every platform the loader reports (empty when there is none). */
    static List<Found> enumerate(OpenClApi api) {
        List<Found> found = new ArrayList<>();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment count = a.allocate(JAVA_INT);
            int rc = (int) OpenClInfo.call(api.clGetPlatformIDs, 0, MemorySegment.NULL, count);
            if (rc == -1001 || (rc == 0 && count.get(JAVA_INT, 0) == 0)) {
                return found;
            }
            OpenClErrors.check(rc, "clGetPlatformIDs");
            int platformCount = count.get(JAVA_INT, 0);
            MemorySegment platforms = a.allocate(ADDRESS, platformCount);
            OpenClErrors.check((int) OpenClInfo.call(api.clGetPlatformIDs, platformCount, platforms, MemorySegment.NULL),
                    "clGetPlatformIDs");
            for (int p = 0; p < platformCount; p++) {
                MemorySegment platform = platforms.getAtIndex(ADDRESS, p);
                String platformName = OpenClInfo.platformString(api, platform, OpenClApi.CL_PLATFORM_NAME);
                rc = (int) OpenClInfo.call(api.clGetDeviceIDs, platform, OpenClApi.CL_DEVICE_TYPE_ALL, 0, MemorySegment.NULL,
                        count);
                if (rc == -1 /* CL_DEVICE_NOT_FOUND */ || count.get(JAVA_INT, 0) == 0) {
                    continue;
                }
                OpenClErrors.check(rc, "clGetDeviceIDs(" + platformName + ")");
                int deviceCount = count.get(JAVA_INT, 0);
                MemorySegment devices = a.allocate(ADDRESS, deviceCount);
                OpenClErrors.check((int) OpenClInfo.call(api.clGetDeviceIDs, platform, OpenClApi.CL_DEVICE_TYPE_ALL, deviceCount,
                        devices, MemorySegment.NULL), "clGetDeviceIDs(" + platformName + ")");
                for (int d = 0; d < deviceCount; d++) {
                    MemorySegment dev = devices.getAtIndex(ADDRESS, d);
                    found.add(new Found(platform, dev, platformName, OpenClInfo.deviceString(api, dev, OpenClApi.CL_DEVICE_NAME),
                            OpenClInfo.deviceLong(api, dev, OpenClApi.CL_DEVICE_TYPE)));
                }
            }
        }
        return found;
    }
}
