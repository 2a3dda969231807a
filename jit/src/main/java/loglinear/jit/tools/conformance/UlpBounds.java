package loglinear.jit.tools.conformance;

/**
 * Error bounds, in units in the last place, between the emulator (Java's {@code Math}, rounded to float where the
 * kernel casts) and a GPU's built-in (OpenCL 1.2 full-profile limits, CUDA's documented maxima, fast-math off).
 * Each bound is the backend's worst documented error plus one for Java's own rounding.
 *
 * <table>
 *   <caption>ulp bounds</caption>
 *   <tr><th>operation</th><th>bound</th><th>why</th></tr>
 *   <tr><td>+ - * / % (float, double), conversions, min/max/abs, sqrt, fma</td><td>0</td>
 *       <td>IEEE 754 correctly rounded on every backend (OpenCL needs divide/sqrt rounded correctly)</td></tr>
 *   <tr><td>float exp, log</td><td>4</td><td>OpenCL 3, CUDA expf 2 / logf 1; Java 1 then rounded to float</td></tr>
 *   <tr><td>float tanh</td><td>6</td><td>OpenCL 5, CUDA 2</td></tr>
 *   <tr><td>float pow</td><td>17</td><td>OpenCL 16, CUDA 4</td></tr>
 *   <tr><td>double exp, log</td><td>4</td><td>OpenCL 3, CUDA 1-2, Java 1</td></tr>
 *   <tr><td>double pow, tanh</td><td>17</td><td>OpenCL pow 16 / tanh 5, CUDA pow 2 / tanh 2, Java 2.5</td></tr>
 * </table>
 */
public final class UlpBounds {
    public static final int FLOAT_EXP_LOG = 4;
    public static final int FLOAT_TANH = 6;
    public static final int FLOAT_POW = 17;
    public static final int DOUBLE_EXP_LOG = 4;
    public static final int DOUBLE_POW_TANH = 17;

    private UlpBounds() {
    }
}
