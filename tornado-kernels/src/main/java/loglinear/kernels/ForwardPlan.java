package loglinear.kernels;

import loglinear.jit.Device;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * A forward compiled and allocated once for one (device, variant, shape, options): the kernels are compiled, the
 * device buffers (inputs, output, intermediates) allocated up front, and every run reuses them.
 */
public interface ForwardPlan extends AutoCloseable {
    Device device();

    Variant variant();

    Shape shape();

    Options options();

    /** The device buffers a resident caller fills before {@link #runResident()}; o holds the output after it. */
    DeviceInputs inputs();

    /** Copies {@code inputs} in, runs the forward, returns o [B, T, H, V]. */
    float[] run(Inputs inputs);

    /** Runs the forward on what {@link #inputs()} holds now; asynchronous (call {@code device().synchronize()}). */
    void runResident();

    /** Bytes this plan allocated on the device (inputs, output and intermediates). */
    long allocatedBytes();

    /** Bytes of the intermediates alone. */
    long intermediateBytes();

    /**
     * Turns device-event timing of the stages on or off; with it on, {@link #runResident()} synchronises at its end
     * and {@link #lastTimings()} returns the times.
     */
    void setTiming(boolean enabled);

    /** Times of the last timed run, or null when none ran with timing on. */
    StageTimings lastTimings();

    @Override
    void close();
}
