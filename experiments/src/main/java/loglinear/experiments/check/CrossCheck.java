package loglinear.experiments.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import loglinear.experiments.CpuForwardRunner;
import loglinear.experiments.Form;
import loglinear.experiments.ForwardOutput;
import loglinear.reference.ChunkConfig;
import loglinear.reference.Metrics;

/**
 * Runs every {@link CheckedForm} on every {@link CheckCase} and compares with the float64 masked reference. For a
 * fixture the reference itself is first compared with the stored expected_o.npy, to 1e-9, except on the
 * delta-rule fixtures: their stored answers were computed with exp(g) rounded to float32, which moves them by
 * ~1.2e-7 relative, so the reference is held to {@link #FLOAT32_DECAY_TOLERANCE} there.
 */
public final class CrossCheck {
    /** Tolerance of the float64 reference against the stored answers of the delta-rule fixtures. */
    public static final double FLOAT32_DECAY_TOLERANCE = 1e-6;

    private CrossCheck() {}

    public static List<CheckRow> run(List<CheckCase> cases, List<CheckedForm> forms, Consumer<CheckRow> onRow) {
        List<CheckRow> rows = new ArrayList<>();
        CheckedForm reference = new CheckedForm("reference-f64",
                new CpuForwardRunner(Form.REFERENCE, ChunkConfig.defaults()), CheckedForm.DOUBLE_TOLERANCE);
        for (CheckCase c : cases) {
            String shape = c.inputs().shape().toString();
            // Step 1: the answer o_ref of the masked form; a fixture's stored answer checks o_ref first.
            double[] expected = reference.runner().forward(c.variant(), c.inputs(), c.options()).asDoubles();
            if (c.expected() != null) {
                double tolerance = c.variant().deltaRule() ? FLOAT32_DECAY_TOLERANCE : CheckedForm.DOUBLE_TOLERANCE;
                CheckedForm stored = new CheckedForm("reference vs stored", (v, in, o) -> ForwardOutput.ofDoubles(
                        in.shape().vDims(), expected), tolerance);
                rows.add(compare(c, stored, c.expected(), shape, onRow));
            }
            // Step 2: rel-RMS = ||o - o_ref|| / ||o_ref|| for every form.
            for (CheckedForm form : forms) {
                rows.add(compare(c, form, expected, shape, onRow));
            }
        }
        return rows;
    }

    private static CheckRow compare(CheckCase c, CheckedForm form, double[] expected, String shape,
            Consumer<CheckRow> onRow) {
        double relRms;
        String error = null;
        try {
            ForwardOutput o = form.runner().forward(c.variant(), c.inputs(), c.options());
            relRms = o.isDouble() ? Metrics.relativeRms(o.doubles(), expected) : Metrics.relativeRms(o.floats(), expected);
        } catch (RuntimeException e) {
            relRms = Double.POSITIVE_INFINITY;
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (Double.isNaN(relRms)) {
            relRms = Double.POSITIVE_INFINITY;
        }
        CheckRow row = new CheckRow(c.source(), c.variant().cliName(), form.name(), shape, relRms, form.tolerance(),
                error);
        onRow.accept(row);
        return row;
    }
}
