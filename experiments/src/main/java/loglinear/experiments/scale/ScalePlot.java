package loglinear.experiments.scale;

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
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The log-log plot of the sweep: median time against T, one solid series per (variant, form), plus dashed guide
 * lines proportional to T, T log T and T^2 that pass through the first point of the first series.
 */
public final class ScalePlot {
    private static final int GUIDE_SAMPLES = 48;

    private ScalePlot() {}

    /** Draws the points and writes a PNG to {@code out}. */
    public static void writePng(List<ScalePoint> points, String title, OutputStream out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = build(points, title);
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }

    static XYChart build(List<ScalePoint> points, String title) {
        XYChart chart = new XYChartBuilder().width(900).height(620).title(title)
                .xAxisTitle("T (tokens)").yAxisTitle("median forward time (ms)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisDecimalPattern("#,##0.##");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);

        // Step 1: one series per (variant, form), in first-seen order.
        Map<String, List<ScalePoint>> bySeries = new LinkedHashMap<>();
        for (ScalePoint p : points) {
            if (p.medianMillis() > 0) {
                bySeries.computeIfAbsent(p.variant() + " " + p.form(), key -> new ArrayList<>()).add(p);
            }
        }
        if (bySeries.isEmpty()) {
            chart.addSeries("no points", new double[] {1}, new double[] {1});
            return chart;
        }
        double minT = Double.MAX_VALUE;
        double maxT = 0;
        double minMs = Double.MAX_VALUE;
        double maxMs = 0;
        for (Map.Entry<String, List<ScalePoint>> entry : bySeries.entrySet()) {
            List<ScalePoint> series = entry.getValue();
            double[] x = new double[series.size()];
            double[] y = new double[series.size()];
            for (int i = 0; i < series.size(); i++) {
                x[i] = series.get(i).length();
                y[i] = series.get(i).medianMillis();
                minT = Math.min(minT, x[i]);
                maxT = Math.max(maxT, x[i]);
                minMs = Math.min(minMs, y[i]);
                maxMs = Math.max(maxMs, y[i]);
            }
            XYSeries s = chart.addSeries(entry.getKey(), x, y);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineStyle(SeriesLines.SOLID);
        }

        // Labels between decades only when the sweep spans less than one (otherwise they overlap).
        chart.getStyler().setXAxisLogarithmicDecadeOnly(maxT / minT >= 10);

        // Step 2: guides y = y0 * f(T) / f(T0) through the first point, clipped to the data's time range (x 4).
        ScalePoint anchor = bySeries.values().iterator().next().get(0);
        double yLow = minMs / 4;
        double yHigh = maxMs * 4;
        addGuide(chart, "~ T", new Color(0x9E9E9E), anchor, minT, maxT, yLow, yHigh, t -> t);
        addGuide(chart, "~ T log T", new Color(0x5D4037), anchor, minT, maxT, yLow, yHigh, t -> t * Math.log(t));
        addGuide(chart, "~ T^2", Color.BLACK, anchor, minT, maxT, yLow, yHigh, t -> t * t);
        chart.getStyler().setYAxisMin(yLow);
        chart.getStyler().setYAxisMax(yHigh);
        return chart;
    }

    private static void addGuide(XYChart chart, String name, Color color, ScalePoint anchor, double minT, double maxT, double yLow,
            double yHigh, java.util.function.DoubleUnaryOperator growth) {
        if (!(maxT > minT) || anchor.length() < 2) {
            return;
        }
        double t0 = anchor.length();
        double y0 = anchor.medianMillis();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i <= GUIDE_SAMPLES; i++) {
            double t = minT * Math.pow(maxT / minT, i / (double) GUIDE_SAMPLES);
            double y = y0 * growth.applyAsDouble(t) / growth.applyAsDouble(t0);
            if (y >= yLow && y <= yHigh) {
                xs.add(t);
                ys.add(y);
            }
        }
        if (xs.size() < 2) {
            return;
        }
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(SeriesLines.DASH_DASH);
        s.setLineColor(color);
    }
}
