package loglinear.experiments.check;

import java.util.Locale;

/**
 * One comparison of a form against the float64 reference.
 *
 * @param source    "random" for seeded cases, the fixture's folder name otherwise
 * @param variant   the operator's command-line name
 * @param form      the form as checked (e.g. "chunked-f32 C=64")
 * @param shape     the shape, as {@code Shape#toString}
 * @param relRms    ||o - o_ref|| / ||o_ref|| over all elements
 * @param tolerance the largest relRms that passes
 * @param error     the failure message when the form threw instead of answering, else null
 */
public record CheckRow(String source, String variant, String form, String shape, double relRms, double tolerance,
        String error) {

    public boolean passed() {
        return relRms <= tolerance;
    }

    public String formatted() {
        return String.format(Locale.ROOT, "%-22s %-17s %-22s %-38s %10.3e %8.0e  %s", source, variant, form, shape,
                relRms, tolerance, passed() ? "PASS" : "FAIL") + (error != null ? " (" + error + ")" : "");
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-22s %-17s %-22s %-38s %10s %8s  %s", "case", "variant", "form", "shape",
                "rel-RMS", "tol", "result");
    }
}
