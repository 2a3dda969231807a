package loglinear.kernels;

/**
 * A forward plan that can also run as one window of a windowed forward ({@link WindowedForwardPlan}): built for
 * the window's shape (T = W) and the number of windows, it numbers chunks and segments globally and keeps the state
 * that crosses windows between {@link #runWindow} calls.
 */
interface WindowPlan extends ForwardPlan {
    /** Number of windows this plan was built for (1 for a single plan). */
    int windowCount();

    /** The plan's configuration (segment length). */
    PlanConfig config();

    /** Clears the state carried across windows; called before window 0. */
    void resetWindowStates();

    /**
     * Window {@code windowIndex} on what {@link #inputs()} holds in its first {@code windowLength} tokens (the
     * window's tensors laid out as a [B, windowLength, ...] shape). Asynchronous; windows run in order.
     */
    void runWindow(int windowIndex, int windowLength);
}
