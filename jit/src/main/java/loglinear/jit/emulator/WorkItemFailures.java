package loglinear.jit.emulator;

import loglinear.jit.DeviceException;
import loglinear.jit.KernelContext;

/** Turns an exception thrown by one work-item into one that names the kernel and the work-item's ids. */
final class WorkItemFailures {
    private WorkItemFailures() {
    }

    /**
     * An out-of-bounds index stays an {@link ArrayIndexOutOfBoundsException} (message with the ids, cause the
     * original); anything else becomes a {@link DeviceException} with the ids and the original as cause.
     */
    static RuntimeException describe(String kernelName, KernelContext item, Throwable thrown) {
        String where = "kernel " + kernelName + " at " + ids(item);
        if (thrown instanceof ArrayIndexOutOfBoundsException) {
            ArrayIndexOutOfBoundsException wrapped =
                    new ArrayIndexOutOfBoundsException(where + ": " + thrown.getMessage());
            wrapped.initCause(thrown);
            return wrapped;
        }
        return new DeviceException(where + " failed: " + thrown, thrown);
    }

    /** "work-item global (x, y, z), local (x, y, z), group (x, y, z)". */
    static String ids(KernelContext item) {
        return "work-item global (" + item.globalIdx + ", " + item.globalIdy + ", " + item.globalIdz + "), local ("
                + item.localIdx + ", " + item.localIdy + ", " + item.localIdz + "), group (" + item.groupIdx + ", "
                + item.groupIdy + ", " + item.groupIdz + ")";
    }
}
