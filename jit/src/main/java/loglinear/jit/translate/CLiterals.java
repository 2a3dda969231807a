package loglinear.jit.translate;

/** Bit-exact C literals for Java constants in each dialect. */
final class CLiterals {
    private CLiterals() {
    }

    static String intLiteral(int v) {
        return v == Integer.MIN_VALUE ? "(-2147483647 - 1)" : v < 0 ? "(" + v + ")" : Integer.toString(v);
    }

    static String longLiteral(long v, Dialect dialect) {
        String suffix = dialect == Dialect.CUDA ? "LL" : "L";
        if (v == Long.MIN_VALUE) {
            return "(-9223372036854775807" + suffix + " - 1" + suffix + ")";
        }
        return v < 0 ? "(" + v + suffix + ")" : v + suffix;
    }

    /** Finite values as hex float literals (exact); NaN and infinities through a bit cast of their exact bits. */
    static String floatLiteral(float v, Dialect dialect) {
        if (Float.isNaN(v) || Float.isInfinite(v)) {
            String bits = "0x" + Integer.toHexString(Float.floatToRawIntBits(v));
            return (dialect == Dialect.CUDA ? "__int_as_float((int)" : "as_float((int)") + bits + ")";
        }
        String hex = Float.toHexString(v) + "f";
        return hex.startsWith("-") ? "(" + hex + ")" : hex;
    }

    static String doubleLiteral(double v, Dialect dialect) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            String bits = "0x" + Long.toHexString(Double.doubleToRawLongBits(v));
            return dialect == Dialect.CUDA ? "__longlong_as_double((long long)" + bits + "ULL)"
                    : "as_double((long)" + bits + "UL)";
        }
        String hex = Double.toHexString(v);
        return hex.startsWith("-") ? "(" + hex + ")" : hex;
    }

    /** A C identifier made from arbitrary text: every other character becomes an underscore. */
    static String identifier(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
        }
        if (b.isEmpty() || Character.isDigit(b.charAt(0))) {
            b.insert(0, '_');
        }
        return b.toString();
    }
}
