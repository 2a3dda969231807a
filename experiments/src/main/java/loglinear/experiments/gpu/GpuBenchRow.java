package loglinear.experiments.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measured point of bench-gpu.
 *
 * @param length         T
 * @param batch          B
 * @param heads          H
 * @param variant        variant name, or "sdpa"
 * @param form           stage-3 form of the plan (sweep / masked) and its segment size, or "flash-bf16" for SDPA
 * @param backend        cuda, opencl, emulator, or "torch" for SDPA
 * @param medianMillis   median of the timed device-event runs (-1 when not measured)
 * @param minMillis      fastest timed run (-1 when not measured)
 * @param peakDeviceMib  device memory the forward holds: the plan's allocation (SDPA: torch's peak)
 * @param freeDeltaMib   drop of the driver's free-memory figure across the plan's allocation (-1 when unknown)
 * @param device         device name
 * @param driver         driver / platform version
 * @param status         "ok", or why the point has no time (oom, too large, error ...)
 * @param stages         per-stage milliseconds of one timed run, "name=ms;..." (empty when none)
 * @param window         tokens per window of a windowed (streaming) forward; 0 when one plan holds the sequence
 * @param timed          what ms_median / ms_min time: {@link #TIMED_DEVICE} (the forward on device-resident inputs) or
 *                       {@link #TIMED_WINDOW_KERNELS} (the sum over windows of each window's kernels, copies excluded)
 * @param msWithCopies   windowed only: wall-clock ms of the whole streaming forward including each window's
 *                       host-to-device input copies and device-to-host o copy (host input generation excluded);
 *                       -1 when not measured
 */
public record GpuBenchRow(int length, int batch, int heads, String variant, String form, String backend, double medianMillis,
                          double minMillis, double peakDeviceMib, double freeDeltaMib, String device, String driver,
                          String status, String stages, int window, String timed, double msWithCopies) {

    /** Device events around one forward whose inputs are already on the device. */
    public static final String TIMED_DEVICE = "device-forward";
    /** Device events around each window's kernels, summed over the windows; input/output copies excluded. */
    public static final String TIMED_WINDOW_KERNELS = "device-window-kernels-sum";

    public static final String CSV_HEADER =
            "T,B,H,variant,form,backend,ms_median,ms_min,peak_device_mib,free_delta_mib,device,driver,status,stages,"
                    + "window,timed,ms_with_copies";

    /** A row of a single-plan (or external) measurement: no window, device-timed. */
    public GpuBenchRow(int length, int batch, int heads, String variant, String form, String backend,
                       double medianMillis, double minMillis, double peakDeviceMib, double freeDeltaMib, String device,
                       String driver, String status, String stages) {
        this(length, batch, heads, variant, form, backend, medianMillis, minMillis, peakDeviceMib, freeDeltaMib, device,
                driver, status, stages, 0, TIMED_DEVICE, -1);
    }

    public String csv() {
        return String.format(Locale.ROOT, "%d,%d,%d,%s,%s,%s,%.4f,%.4f,%.1f,%.1f,%s,%s,%s,%s,%d,%s,%.4f", length, batch,
                heads, variant, form, backend, medianMillis, minMillis, peakDeviceMib, freeDeltaMib, quote(device),
                quote(driver), quote(status), quote(stages), window, timed, msWithCopies);
    }

    public String tableLine() {
        String where = status.equals("ok") ? device : status;
        if (window > 0) {
            where = String.format(Locale.ROOT, "%s [windows of %d, %s; %.1f ms with copies]", where, window, timed,
                    msWithCopies);
        }
        return String.format(Locale.ROOT, "%9d %3d %-17s %-15s %-8s %11s %10s %10s  %s", length, batch, variant, form,
                backend,
                medianMillis < 0 ? "-" : String.format(Locale.ROOT, "%.3f", medianMillis),
                minMillis < 0 ? "-" : String.format(Locale.ROOT, "%.3f", minMillis),
                peakDeviceMib < 0 ? "-" : String.format(Locale.ROOT, "%.0f", peakDeviceMib),
                where);
    }

    public static String tableHeader() {
        return String.format(Locale.ROOT, "%9s %3s %-17s %-15s %-8s %11s %10s %10s  %s", "T", "B", "variant", "form",
                "backend",
                "ms_median", "ms_min", "peak_MiB", "device / status");
    }

    public boolean measured() {
        return status.equals("ok") && medianMillis > 0;
    }

    /** Reads back one line written by {@link #csv()} (quoted fields as written there). */
    public static GpuBenchRow parseCsv(String line) {
        List<String> f = splitCsv(line);
        if (f.size() != 17) {
            throw new IllegalArgumentException("bench-gpu CSV line has " + f.size() + " fields, expected 17 ("
                    + CSV_HEADER + "): " + line);
        }
        return new GpuBenchRow(Integer.parseInt(f.get(0)), Integer.parseInt(f.get(1)), Integer.parseInt(f.get(2)),
                f.get(3), f.get(4), f.get(5), Double.parseDouble(f.get(6)), Double.parseDouble(f.get(7)),
                Double.parseDouble(f.get(8)), Double.parseDouble(f.get(9)), f.get(10), f.get(11), f.get(12), f.get(13),
                Integer.parseInt(f.get(14)), f.get(15), Double.parseDouble(f.get(16)));
    }

    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String quote(String s) {
        String text = s == null ? "" : s;
        if (text.contains(",") || text.contains("\"")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
