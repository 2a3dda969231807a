package loglinear.jit.tools.conformance;

/**
 * The outcome of one conformance case on one pair of devices.
 *
 * @param name    the case
 * @param passed  whether every compared buffer and the host check agreed
 * @param message empty when passed, else the first difference or the failure (compile error, exception)
 * @param millis  wall time of the case on both devices, compile included
 */
public record CaseResult(String name, boolean passed, String message, double millis) {
}
