package loglinear.jit.emulator;

import loglinear.jit.DeviceEvent;

/** A point in time on the emulator (launches are synchronous, so recording means "now"): {@link System#nanoTime}. */
record EmulatorEvent(long nanos) implements DeviceEvent {
    @Override
    public float elapsedMillisSince(DeviceEvent start) {
        if (!(start instanceof EmulatorEvent begin)) {
            throw new IllegalArgumentException("start event must come from the emulator, got "
                    + (start == null ? "null" : start.getClass().getName()));
        }
        return (float) ((nanos - begin.nanos) / 1e6);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
