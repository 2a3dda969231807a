package loglinear.kernels;

import java.util.ArrayList;
import java.util.List;

import loglinear.jit.Device;
import loglinear.jit.DeviceEvent;

/**
 * Optional per-stage timing of one plan run with device events: {@link #start()} before the first launch,
 * {@link #mark(String)} after each stage, {@link #finish()} after the last. While timing is off every call is a
 * no-op and {@link #lastTimings()} keeps what the last timed run measured.
 */
final class StageClock {
    private final Device device;
    private final List<String> names = new ArrayList<>();
    private final List<DeviceEvent> events = new ArrayList<>();
    private boolean enabled;
    private StageTimings lastTimings;

    StageClock(Device device) {
        this.device = device;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Records the start event of a run. */
    void start() {
        names.clear();
        events.clear();
        if (enabled) {
            events.add(device.recordEvent());
        }
    }

    /** Records the end of {@code stage}, which began at the previous mark (or the start). */
    void mark(String stage) {
        if (enabled) {
            names.add(stage);
            events.add(device.recordEvent());
        }
    }

    /** Waits for the device and turns the recorded events into {@link StageTimings} (stage i: event i+1 - event i). */
    void finish() {
        if (enabled) {
            device.synchronize();
            List<Float> millis = new ArrayList<>();
            for (int i = 1; i < events.size(); i++) {
                millis.add(events.get(i).elapsedMillisSince(events.get(i - 1)));
            }
            float total = events.getLast().elapsedMillisSince(events.getFirst());
            events.forEach(DeviceEvent::close);
            lastTimings = new StageTimings(names, millis, total);
            names.clear();
            events.clear();
        }
    }

    StageTimings lastTimings() {
        return lastTimings;
    }
}
