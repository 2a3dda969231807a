package loglinear.jit;

/**
 * Float math for kernels: on the JVM each method evaluates in double through {@link Math} and rounds once to float;
 * the kernel translator maps each call to the device's float built-in (CUDA {@code expf}, OpenCL {@code exp} on a
 * float, ...) so that no double arithmetic reaches the GPU.
 *
 * <p>Accuracy on devices, with fast math off (NVRTC without {@code --use_fast_math}, OpenCL without
 * {@code -cl-fast-relaxed-math}), in ulp of the float result, as the vendors document it (CUDA Programming Guide,
 * "Mathematical Functions"; OpenCL 1.2 specification, table 7.1). The JVM result is within 0.5 ulp plus the
 * double evaluation's error, so device and JVM may differ by up to the device bound plus one ulp:
 * <pre>
 *   function       CUDA   OpenCL 1.2
 *   exp             2        3
 *   expm1           1        3
 *   log             1        3
 *   log1p           1        2
 *   sqrt            0        3  (0 with -cl-fp32-correctly-rounded-divide-sqrt)
 *   rsqrt           2        2
 *   tanh            2        5
 *   sin, cos        2        4
 *   pow             4       16
 *   fma, abs, floor, ceil, min, max: exact (0) on both
 * </pre>
 * {@link #min} and {@link #max} keep Java's rules (a NaN argument gives NaN; -0.0f is less than +0.0f) on every
 * backend, unlike C's {@code fminf}.
 */
public final class KernelMath {
    private KernelMath() {
    }

    /** e^x. */
    public static float exp(float x) {
        return (float) Math.exp(x);
    }

    /** e^x - 1, accurate near zero. */
    public static float expm1(float x) {
        return (float) Math.expm1(x);
    }

    /** Natural logarithm. */
    public static float log(float x) {
        return (float) Math.log(x);
    }

    /** ln(1 + x), accurate near zero. */
    public static float log1p(float x) {
        return (float) Math.log1p(x);
    }

    /** Square root. */
    public static float sqrt(float x) {
        return (float) Math.sqrt(x);
    }

    /** 1 / sqrt(x). */
    public static float rsqrt(float x) {
        return (float) (1.0 / Math.sqrt(x));
    }

    /** Hyperbolic tangent. */
    public static float tanh(float x) {
        return (float) Math.tanh(x);
    }

    /** Sine. */
    public static float sin(float x) {
        return (float) Math.sin(x);
    }

    /** Cosine. */
    public static float cos(float x) {
        return (float) Math.cos(x);
    }

    /** x^y, with Java's special cases on every backend: NaN for a NaN y, and for |x| == 1 with an infinite y. */
    public static float pow(float x, float y) {
        return (float) Math.pow(x, y);
    }

    /** a * b + c with one rounding. */
    public static float fma(float a, float b, float c) {
        return Math.fma(a, b, c);
    }

    /** The smaller of a and b with Java's NaN and signed-zero rules. */
    public static float min(float a, float b) {
        return Math.min(a, b);
    }

    /** The larger of a and b with Java's NaN and signed-zero rules. */
    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    /** |x|. */
    public static float abs(float x) {
        return Math.abs(x);
    }

    /** Largest integral value not above x. */
    public static float floor(float x) {
        return (float) Math.floor(x);
    }

    /** Smallest integral value not below x. */
    public static float ceil(float x) {
        return (float) Math.ceil(x);
    }
}
