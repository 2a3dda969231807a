package loglinear.jit.translate;

/**
 * One abstract operand-stack entry or local variable.
 *
 * @param type          its type
 * @param intConstant   for ints: the value when known at translation time (an array size must be one), else null
 * @param arrayLength   for local and private arrays: their constant length, else null
 * @param floatSource   for doubles widened from a float ({@code f2d}): the C variable (or float literal) still holding
 *                      that float, else null; lets {@code (float) Math.exp(x)} compile to {@code expf}
 * @param floatResult   for doubles computed by a Math function from widened floats: the C variable holding the same
 *                      function evaluated in float, else null; a following {@code d2f} just uses it
 */
record Value(ValueType type, Integer intConstant, Integer arrayLength, String floatSource, String floatResult) {

    static Value of(ValueType type) {
        return new Value(type, null, null, null, null);
    }

    static Value intConstant(int value) {
        return new Value(ValueType.INT, value, null, null, null);
    }

    static Value array(ValueType type, Integer length) {
        return new Value(type, null, length, null, null);
    }

    /** This value without the marks that only hold inside one basic block. */
    Value withoutMarks() {
        return floatSource == null && floatResult == null ? this
                : new Value(type, intConstant, arrayLength, null, null);
    }

    /** The merge of two values reaching the same instruction, or null where the types differ. */
    Value merge(Value other) {
        if (other == null || !type.equals(other.type)) {
            return null;
        }
        Integer constant = java.util.Objects.equals(intConstant, other.intConstant) ? intConstant : null;
        Integer length = java.util.Objects.equals(arrayLength, other.arrayLength) ? arrayLength : null;
        return new Value(type, constant, length, null, null);
    }
}
