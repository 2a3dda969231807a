package loglinear.reference;

/** Cuts Inputs along time, keeping L, so a sequence can be fed in segments. */
final class TimeSlices {
    private TimeSlices() {}

    /** Tokens [from, to) of every batch row, with the same L as {@code inputs}. */
    static Inputs slice(Inputs inputs, int from, int to) {
        Shape full = inputs.shape();
        Shape part = new Shape(full.batch(), to - from, full.heads(), full.groups(), full.keyDim(), full.valueDim(),
                full.levels());
        int qkRow = full.groups() * full.keyDim();
        int vRow = full.heads() * full.valueDim();
        int gateRow = full.heads();
        int lambdaRow = full.heads() * full.levels();
        return new Inputs(part,
                cut(inputs.q(), full, from, to, qkRow), cut(inputs.k(), full, from, to, qkRow),
                cut(inputs.v(), full, from, to, vRow), cut(inputs.g(), full, from, to, gateRow),
                inputs.beta() == null ? null : cut(inputs.beta(), full, from, to, gateRow),
                cut(inputs.lambda(), full, from, to, lambdaRow));
    }

    /** Writes {@code part} (tokens [from, from + part T)) into the full [B, T, ...] output. */
    static void place(double[] part, double[] full, Shape fullShape, int from, int partLength) {
        int row = fullShape.heads() * fullShape.valueDim();
        for (int b = 0; b < fullShape.batch(); b++) {
            System.arraycopy(part, b * partLength * row, full, (b * fullShape.length() + from) * row, partLength * row);
        }
    }

    static void place(float[] part, float[] full, Shape fullShape, int from, int partLength) {
        int row = fullShape.heads() * fullShape.valueDim();
        for (int b = 0; b < fullShape.batch(); b++) {
            System.arraycopy(part, b * partLength * row, full, (b * fullShape.length() + from) * row, partLength * row);
        }
    }

    private static float[] cut(float[] data, Shape full, int from, int to, int rowLength) {
        float[] out = new float[full.batch() * (to - from) * rowLength];
        for (int b = 0; b < full.batch(); b++) {
            System.arraycopy(data, (b * full.length() + from) * rowLength, out, b * (to - from) * rowLength,
                    (to - from) * rowLength);
        }
        return out;
    }
}
