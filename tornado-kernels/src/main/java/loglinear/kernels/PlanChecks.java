package loglinear.kernels;

import loglinear.jit.Device;
import loglinear.reference.Inputs;
import loglinear.reference.Levels;
import loglinear.reference.Options;
import loglinear.reference.Shape;

/** The argument checks every forward plan makes on its construction arguments and on the host inputs of a run. */
final class PlanChecks {
    private PlanChecks() {
    }

    static void requireDevice(Device device) {
        if (device == null) {
            throw new IllegalArgumentException("device is missing: expected an open loglinear.jit.Device");
        }
    }

    static void requireArguments(Shape shape, Options options, PlanConfig config) {
        if (shape == null || options == null || config == null) {
            throw new IllegalArgumentException("shape, options and config must not be null");
        }
    }

    /**
     * T >= 1, and K and V at most {@code maxHeadDim}; {@code kernels} names what sets the limit in the message
     * (e.g. "kernels'").
     */
    static void requireLengthAndHeadDims(Shape shape, int maxHeadDim, String kernels) {
        if (shape.length() < 1) {
            throw new IllegalArgumentException("T (length) must be >= 1 for a GPU forward, got " + shape.length()
                    + " in " + shape);
        }
        if (shape.keyDim() > maxHeadDim) {
            throw new IllegalArgumentException("K (keyDim) = " + shape.keyDim() + " in " + shape
                    + " is larger than the " + kernels + " maximum " + maxHeadDim);
        }
        if (shape.valueDim() > maxHeadDim) {
            throw new IllegalArgumentException("V (valueDim) = " + shape.valueDim() + " in " + shape
                    + " is larger than the " + kernels + " maximum " + maxHeadDim);
        }
    }

    /** L >= levels(T). */
    static void requireLevels(Shape shape) {
        int needed = Levels.levels(shape.length());
        if (shape.levels() < needed) {
            throw new IllegalArgumentException("L (levels) = " + shape.levels() + " is smaller than levels(T) = "
                    + needed + " for T = " + shape.length());
        }
    }

    /** Largest number of work-groups along y or z of a launch (CUDA's limit). */
    static final long MAX_GRID_YZ = 65_535;

    /**
     * The launch grids of both plans fit {@link #MAX_GRID_YZ}: B*H and the number of chunks each go along y or z
     * of some stage (segments and B*G are never more than those two).
     */
    static void requireLaunchGrids(Shape shape) {
        requireGridDimension("B*H", (long) shape.batch() * shape.heads(), shape);
        requireGridDimension("chunks", (shape.length() + Mamba2Kernels.CHUNK - 1L) / Mamba2Kernels.CHUNK, shape);
    }

    private static void requireGridDimension(String what, long groups, Shape shape) {
        if (groups > MAX_GRID_YZ) {
            throw new IllegalArgumentException(what + " = " + groups + " for " + shape + " is more than the "
                    + MAX_GRID_YZ + " work-groups a launch takes along y or z: run fewer heads or a windowed forward");
        }
    }

    /** Host inputs of a run are present and have the plan's shape. */
    static void requireHostInputs(Inputs hostInputs, Shape shape) {
        if (hostInputs == null) {
            throw new IllegalArgumentException("inputs must not be null");
        }
        if (!hostInputs.shape().equals(shape)) {
            throw new IllegalArgumentException("inputs have shape " + hostInputs.shape() + ", the plan was built for "
                    + shape);
        }
    }

    /** {@code n} rounded up to a multiple of {@code multiple}, at least {@code multiple}. */
    static int roundUp(int n, int multiple) {
        return Math.max(multiple, (n + multiple - 1) / multiple * multiple);
    }

    /**
     * A window run of a plan built for {@code windowCount} windows of T = shape.length() tokens: the plan must be a
     * window plan, the index in range, and only the last window shorter than the plan.
     */
    static void requireWindowRun(Shape shape, int windowCount, int windowIndex, int windowLength) {
        if (windowCount <= 1) {
            throw new IllegalStateException("plan for " + shape + " was not built for windows");
        }
        if (windowIndex < 0 || windowIndex >= windowCount) {
            throw new IllegalArgumentException("windowIndex = " + windowIndex + " is outside 0.." + (windowCount - 1));
        }
        if (windowLength < 1 || windowLength > shape.length()
                || (windowIndex + 1 < windowCount && windowLength != shape.length())) {
            throw new IllegalArgumentException("windowLength = " + windowLength + " for window " + windowIndex + " of "
                    + windowCount + ": expected " + shape.length() + " (only the last window may be shorter)");
        }
    }

    /** A window plan's T: a power of two and a multiple of the segment length 64 * 2^s. */
    static void requireWindowLength(Shape shape, PlanConfig config) {
        long segmentLength = (long) Mamba2Kernels.CHUNK << config.segmentLog2();
        if (Integer.bitCount(shape.length()) != 1 || shape.length() % segmentLength != 0) {
            throw new IllegalArgumentException("window length T = " + shape.length() + " must be a power of two and a"
                    + " multiple of the segment length " + segmentLength);
        }
    }

    /** The most set bits of any window index 0 .. windowCount - 1: the window-level reads a segment can have. */
    static int mostWindowBits(int windowCount) {
        int most = 0;
        for (int n = 0; n < windowCount; n++) {
            most = Math.max(most, Integer.bitCount(n));
        }
        return most;
    }

    /** {@code runResident} of a plan built for {@code windowCount} windows: only a single plan runs whole. */
    static void requireWholeSequencePlan(int windowCount) {
        if (windowCount > 1) {
            throw new IllegalStateException("this plan is one window of a windowed forward: run it through "
                    + "WindowedForwardPlan");
        }
    }
}
