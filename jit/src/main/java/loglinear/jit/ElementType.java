package loglinear.jit;

/** Element types of device buffers; each matches one Java primitive array type of a kernel parameter. */
public enum ElementType {
    FLOAT(4, float[].class, "float"),
    INT(4, int[].class, "int"),
    LONG(8, long[].class, "long"),
    DOUBLE(8, double[].class, "double"),
    SHORT(2, short[].class, "short");

    private final int bytes;
    private final Class<?> arrayClass;
    private final String javaName;

    ElementType(int bytes, Class<?> arrayClass, String javaName) {
        this.bytes = bytes;
        this.arrayClass = arrayClass;
        this.javaName = javaName;
    }

    public int bytes() {
        return bytes;
    }

    public Class<?> arrayClass() {
        return arrayClass;
    }

    public String javaName() {
        return javaName;
    }

    public static ElementType ofArrayClass(Class<?> arrayClass) {
        for (ElementType t : values()) {
            if (t.arrayClass == arrayClass) {
                return t;
            }
        }
        throw new IllegalArgumentException("no device element type for " + arrayClass.getTypeName());
    }
}
