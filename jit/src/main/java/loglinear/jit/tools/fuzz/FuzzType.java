package loglinear.jit.tools.fuzz;

/** The primitive types random kernel expressions are built from. */
enum FuzzType {
    INT("int"),
    LONG("long"),
    FLOAT("float"),
    DOUBLE("double");

    final String javaName;

    FuzzType(String javaName) {
        this.javaName = javaName;
    }

    boolean integral() {
        return this == INT || this == LONG;
    }
}
