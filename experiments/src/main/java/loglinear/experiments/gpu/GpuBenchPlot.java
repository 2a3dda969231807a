package loglinear.experiments.gpu;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Log-log plot of bench-gpu: median forward ms against T, one series per (variant, backend), SDPA dashed. */
final class GpuBenchPlot {
    private GpuBenchPlot() {}

    static void writePng(List<GpuBenchRow> rows, String title, OutputStream out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(620).title(title).xAxisTitle("T (tokens)")
                .yAxisTitle("median forward time (ms)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        Map<String, List<GpuBenchRow>> series = new LinkedHashMap<>();
        for (GpuBenchRow row : rows) {
            if (row.measured()) {
                series.computeIfAbsent(row.variant() + " " + seriesForm(row.form()) + " " + row.backend(), key -> new ArrayList<>()).add(row);
            }
        }
        if (series.isEmpty()) {
            chart.addSeries("no points", new double[] {1}, new double[] {1});
        }
        for (Map.Entry<String, List<GpuBenchRow>> entry : series.entrySet()) {
            List<GpuBenchRow> points = entry.getValue();
            double[] x = new double[points.size()];
            double[] y = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                x[i] = points.get(i).length();
                y[i] = points.get(i).medianMillis();
            }
            XYSeries s = chart.addSeries(entry.getKey(), x, y);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineStyle(entry.getKey().startsWith("sdpa") ? SeriesLines.DASH_DASH : SeriesLines.SOLID);
        }
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }

    /** "auto:sweep-s5" and "auto:masked-s4" are one series, "auto". */
    private static String seriesForm(String form) {
        int colon = form.indexOf(':');
        return colon < 0 ? form : form.substring(0, colon);
    }
}
