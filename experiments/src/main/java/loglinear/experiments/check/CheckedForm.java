package loglinear.experiments.check;

import java.util.ArrayList;
import java.util.List;
import loglinear.experiments.CpuForwardRunner;
import loglinear.experiments.Form;
import loglinear.experiments.ForwardRunner;
import loglinear.reference.ChunkConfig;

/**
 * One implementation under check with its tolerance: float64 forms must agree with the reference to
 * {@link #DOUBLE_TOLERANCE}, float32 forms to {@link #FLOAT_TOLERANCE} (relative RMS).
 */
public record CheckedForm(String name, ForwardRunner runner, double tolerance) {
    public static final double DOUBLE_TOLERANCE = 1e-9;
    public static final double FLOAT_TOLERANCE = 1e-4;

    /**
     * The forms {@code check} compares: recurrent in float32 and float64, then the chunked form vectorized for each
     * chunk size (all of {@link ChunkConfig#CHUNK_SIZES}, or 16 and 64 when quick) and scalar at C = 64.
     */
    public static List<CheckedForm> all(boolean quick, int threads) {
        List<CheckedForm> forms = new ArrayList<>();
        ChunkConfig base = ChunkConfig.ofChunk(ChunkConfig.DEFAULT_CHUNK).withThreads(threads);
        forms.add(new CheckedForm("recurrent-f32", new CpuForwardRunner(Form.RECURRENT, base), FLOAT_TOLERANCE));
        forms.add(new CheckedForm("recurrent-f64", CpuForwardRunner.recurrentInDouble(), DOUBLE_TOLERANCE));
        int[] chunks = quick ? new int[] {16, 64} : ChunkConfig.CHUNK_SIZES;
        for (int chunk : chunks) {
            ChunkConfig config = new ChunkConfig(chunk, threads, true);
            forms.add(new CheckedForm("chunked-f32 C=" + chunk, new CpuForwardRunner(Form.CHUNKED, config),
                    FLOAT_TOLERANCE));
        }
        forms.add(new CheckedForm("chunked-f32 C=64 scalar", new CpuForwardRunner(Form.CHUNKED,
                new ChunkConfig(64, threads, false)), FLOAT_TOLERANCE));
        return forms;
    }
}
