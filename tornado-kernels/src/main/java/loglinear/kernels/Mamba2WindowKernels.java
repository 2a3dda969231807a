package loglinear.kernels;

import static loglinear.kernels.Mamba2Kernels.CHUNK;

import loglinear.jit.KernelContext;
import loglinear.jit.KernelMath;

/**
 * The window-level Fenwick step of a windowed forward ({@link WindowedForwardPlan}): the sequence is cut into aligned
 * windows of W = 2^w tokens, and the states of whole windows play, one level up, the part the segment end states
 * play inside a window (spec section 5: the Fenwick partition is self-similar). Per (b, h) the carried states
 * W[0 .. windowLevelCount - 1] (K x V each) are decayed to the end of the window last run; after the carry for
 * window n, W[j + 1] for each set bit j of n is the state of the sibling block of windows that level w + 1 + j of
 * window n's queries reads.
 */
public final class Mamba2WindowKernels {
    private Mamba2WindowKernels() {}

    /**
     * After window n (whose segment end states for all {@code numSegments} segments stage 1 left in
     * {@code endStates}), one work-item per state element:
     * <ol>
     *   <li>window end state E_n = sum over segments sigma of exp(G from the end of sigma to the window end) E[sigma],
     *       by Horner's rule over the segments in order;</li>
     *   <li>decay every carried level by exp(window total of g), then W[0] = E_n (W[0] is zero after the last
     *       carry);</li>
     *   <li>Fenwick carry before window n + 1 = {@code nextWindow}: m = trailingZeros(n + 1),
     *       W[m + 1] = W[0] + .. + W[m], W[0 .. m] = 0.</li>
     * </ol>
     * Global (256 * ceil(K*V / 256), B * H), local (256, 1).
     */
    public static void windowAdvance(KernelContext ctx, float[] gs, float[] endStates, float[] windowLevels,
                                     int keyDim, int valueDim, int segmentLog2, int numSegments, int paddedLength,
                                     int windowLevelCount, int nextWindow) {
        int element = ctx.globalIdx;
        int bh = ctx.globalIdy;
        int stateSize = keyDim * valueDim;
        if (element < stateSize) {
            int segmentLength = CHUNK << segmentLog2;
            int gsBase = bh * paddedLength;
            // Step 1, E_n = (((E[0] d_1) + E[1]) d_2 + ...) with d_sigma = exp(segment total of g).
            float windowState = 0f;
            float windowTotal = 0f;
            for (int segment = 0; segment < numSegments; segment++) {
                float segmentTotal = gs[gsBase + (segment + 1) * segmentLength - 1];
                windowState = windowState * KernelMath.exp(segmentTotal)
                        + endStates[(bh * numSegments + segment) * stateSize + element];
                windowTotal = windowTotal + segmentTotal;
            }
            // Step 2, decay the carried levels to the window end and store E_n at level 0.
            int levelBase = bh * windowLevelCount;
            float decay = KernelMath.exp(windowTotal);
            for (int l = 1; l < windowLevelCount; l++) {
                int at = (levelBase + l) * stateSize + element;
                windowLevels[at] = windowLevels[at] * decay;
            }
            windowLevels[levelBase * stateSize + element] = windowState;
            // Step 3, carry before the next window: W[m+1] = sum_{l <= m} W[l]; W[0..m] = 0.
            int m = Integer.numberOfTrailingZeros(nextWindow);
            float sum = 0f;
            for (int l = 0; l <= m; l++) {
                int at = (levelBase + l) * stateSize + element;
                sum = sum + windowLevels[at];
                windowLevels[at] = 0f;
            }
            windowLevels[(levelBase + m + 1) * stateSize + element] = sum;
        }
    }
}
