package loglinear.jit.runtime;

import loglinear.jit.Range;

/** Checks of a launch's global and local sizes shared by the GPU runtimes. */
public final class LaunchGeometry {
    private LaunchGeometry() {
    }

    /**
     * @throws IllegalArgumentException when a global size is not a multiple of the local size in some dimension, or
     *                                  the group is larger than {@code maxGroupSize} work-items
     */
    public static void check(String kernelName, Range global, Range local, long maxGroupSize) {
        if (global == null || local == null) {
            throw new IllegalArgumentException("kernel " + kernelName + ": global and local ranges must not be null");
        }
        if (global.x() % local.x() != 0 || global.y() % local.y() != 0 || global.z() % local.z() != 0) {
            throw new IllegalArgumentException("kernel " + kernelName + ": global size " + format(global)
                    + " is not a multiple of local size " + format(local) + " in every dimension");
        }
        if (local.total() > maxGroupSize) {
            throw new IllegalArgumentException("kernel " + kernelName + ": local size " + format(local) + " has "
                    + local.total() + " work-items, the device allows at most " + maxGroupSize);
        }
    }

    public static String format(Range r) {
        return "(" + r.x() + ", " + r.y() + ", " + r.z() + ")";
    }
}
