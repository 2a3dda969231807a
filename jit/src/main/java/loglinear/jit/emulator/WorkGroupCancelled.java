package loglinear.jit.emulator;

/**
 * Thrown inside a work-item to unwind it when its group (or the launch) has failed elsewhere; never leaves the
 * emulator. Carries no stack trace: it is control flow, not a diagnosis.
 */
final class WorkGroupCancelled extends RuntimeException {
    static final WorkGroupCancelled INSTANCE = new WorkGroupCancelled();

    private WorkGroupCancelled() {
        super("work-group cancelled", null, false, false);
    }
}
