package loglinear.jit;

/** A point in a device's command stream; the time between two recorded events is measured on the device. */
public interface DeviceEvent extends AutoCloseable {
    /** Milliseconds from {@code start} to this event (both recorded and completed; waits for completion). */
    float elapsedMillisSince(DeviceEvent start);

    @Override
    void close();
}
