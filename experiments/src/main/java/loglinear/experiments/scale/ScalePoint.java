package loglinear.experiments.scale;

/**
 * One measured point of the scaling sweep.
 *
 * @param variant      the operator's command-line name
 * @param form         the form's command-line name
 * @param length       T
 * @param medianMillis median wall time of the measured repeats, without input generation or output checks
 * @param minMillis    fastest measured repeat
 * @param repeats      how many repeats the median is taken over
 * @param peakHeapMib  see {@link MemoryProbe}: peak heap above the pre-run baseline, summed over heap pools
 * @param allocatedMib see {@link MemoryProbe}: bytes allocated by all threads during one run
 * @param threads      worker threads the form was given
 */
public record ScalePoint(String variant, String form, int length, double medianMillis, double minMillis, int repeats,
        double peakHeapMib, double allocatedMib, int threads) {

    public static final String CSV_HEADER = "variant,form,T,ms,min_ms,repeats,peak_heap_mib,allocated_mib,threads";

    public String csvRow() {
        return String.join(",", variant, form, Integer.toString(length), fmt(medianMillis), fmt(minMillis),
                Integer.toString(repeats), fmt(peakHeapMib), fmt(allocatedMib), Integer.toString(threads));
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
