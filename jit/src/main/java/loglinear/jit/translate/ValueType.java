package loglinear.jit.translate;

import java.lang.constant.ClassDesc;

/**
 * The type of one operand-stack entry or local variable as the translator tracks it. Arrays carry their element kind
 * and the address space they live in (OpenCL needs one per pointer), so each distinct type gets its own C variable.
 *
 * @param kind    scalar kind, array or the kernel context
 * @param element for arrays: the element kind (INT, LONG, FLOAT, DOUBLE or SHORT); otherwise null
 * @param space   for arrays: where the array lives; otherwise null
 */
record ValueType(Kind kind, Kind element, Space space) {

    /** Scalar kinds (byte, char, short and boolean values are INT on the operand stack, as in the JVM). */
    enum Kind { INT, LONG, FLOAT, DOUBLE, SHORT, ARRAY, CONTEXT }

    /** Address space of an array. */
    enum Space { GLOBAL, LOCAL, PRIVATE }

    static final ValueType INT = new ValueType(Kind.INT, null, null);
    static final ValueType LONG = new ValueType(Kind.LONG, null, null);
    static final ValueType FLOAT = new ValueType(Kind.FLOAT, null, null);
    static final ValueType DOUBLE = new ValueType(Kind.DOUBLE, null, null);
    static final ValueType CONTEXT = new ValueType(Kind.CONTEXT, null, null);

    static ValueType array(Kind element, Space space) {
        return new ValueType(Kind.ARRAY, element, space);
    }

    boolean isArray() {
        return kind == Kind.ARRAY;
    }

    /** Long and double take two JVM stack/local slots. */
    boolean isWide() {
        return kind == Kind.LONG || kind == Kind.DOUBLE;
    }

    /** Suffix of the C variable names holding values of this type, e.g. {@code f} or {@code agf}. */
    String suffix() {
        return switch (kind) {
            case INT -> "i";
            case LONG -> "l";
            case FLOAT -> "f";
            case DOUBLE -> "d";
            case SHORT -> "s";
            case CONTEXT -> "ctx";
            case ARRAY -> "a" + switch (space) {
                case GLOBAL -> "g";
                case LOCAL -> "l";
                case PRIVATE -> "p";
            } + new ValueType(element, null, null).suffix();
        };
    }

    /** The C type of a variable of this type in {@code dialect}. */
    String cType(Dialect dialect) {
        return switch (kind) {
            case INT -> "int";
            case LONG -> dialect == Dialect.CUDA ? "long long" : "long";
            case FLOAT -> "float";
            case DOUBLE -> "double";
            case SHORT -> "short";
            case CONTEXT -> throw new IllegalStateException("the kernel context has no C type");
            case ARRAY -> {
                String elementType = new ValueType(element, null, null).cType(dialect);
                if (dialect == Dialect.CUDA) {
                    yield elementType + "*";
                }
                yield switch (space) {
                    case GLOBAL -> "__global " + elementType + "*";
                    case LOCAL -> "__local " + elementType + "*";
                    case PRIVATE -> elementType + "*";
                };
            }
        };
    }

    /** Bytes of one element of an array of this kind. */
    static int elementBytes(Kind element) {
        return switch (element) {
            case INT, FLOAT -> 4;
            case LONG, DOUBLE -> 8;
            case SHORT -> 2;
            default -> throw new IllegalArgumentException("no array element kind: " + element);
        };
    }

    /** The scalar type a JVM field/method descriptor names (boolean, byte, char and short widen to INT); null if none. */
    static ValueType ofScalarDescriptor(ClassDesc desc) {
        return switch (desc.descriptorString()) {
            case "I", "Z", "B", "C", "S" -> INT;
            case "J" -> LONG;
            case "F" -> FLOAT;
            case "D" -> DOUBLE;
            default -> null;
        };
    }

    /** The element kind of a primitive array descriptor such as {@code [F}; null for unsupported arrays. */
    static Kind arrayElementOfDescriptor(ClassDesc desc) {
        return switch (desc.descriptorString()) {
            case "[I" -> Kind.INT;
            case "[J" -> Kind.LONG;
            case "[F" -> Kind.FLOAT;
            case "[D" -> Kind.DOUBLE;
            case "[S" -> Kind.SHORT;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return isArray() ? element.name().toLowerCase() + "[] (" + space.name().toLowerCase() + ")"
                : kind.name().toLowerCase();
    }
}
