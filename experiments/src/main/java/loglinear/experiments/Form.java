package loglinear.experiments;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The three ways to compute one forward (spec sections 3 to 5), named as on the command line. */
public enum Form {
    /** The masked O(T^2) form in float64: the ground truth. */
    REFERENCE("reference"),
    /** The O(log T)-state recurrence, token by token, in float32. */
    RECURRENT("recurrent"),
    /** The chunkwise-parallel form in float32. */
    CHUNKED("chunked");

    private final String cliName;

    Form(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Form fromCliName(String name) {
        for (Form form : values()) {
            if (form.cliName.equals(name)) {
                return form;
            }
        }
        throw new IllegalArgumentException("unknown form '" + name + "', expected one of "
                + Arrays.stream(values()).map(Form::cliName).collect(Collectors.joining(", ")));
    }
}
