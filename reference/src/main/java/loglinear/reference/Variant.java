package loglinear.reference;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The five operators of the spec (section 3), named as on the command line. */
public enum Variant {
    /** Linear attention: Mamba-2 with g = 0 and lambda = 1. */
    LINEAR("linear", false, false),
    /** Mamba-2: scalar decay exp(g), lambda = 1. */
    MAMBA2("mamba2", false, false),
    /** Gated DeltaNet: transition exp(g)(I - beta k k^T), lambda = 1. */
    GDN("gdn", true, false),
    /** Log-linear Mamba-2: Mamba-2 with per-level weights lambda. */
    LOGLINEAR_MAMBA2("loglinear-mamba2", false, true),
    /** Log-linear Gated DeltaNet: GDN with per-level weights lambda. */
    LOGLINEAR_GDN("loglinear-gdn", true, true);

    private final String cliName;
    private final boolean deltaRule;
    private final boolean logLinear;

    Variant(String cliName, boolean deltaRule, boolean logLinear) {
        this.cliName = cliName;
        this.deltaRule = deltaRule;
        this.logLinear = logLinear;
    }

    /** The name used on the command line and in fixtures' meta.json. */
    public String cliName() {
        return cliName;
    }

    /** True for the Gated DeltaNet family (needs beta). */
    public boolean deltaRule() {
        return deltaRule;
    }

    /** True when lambda is read; false when the variant is defined with lambda = 1. */
    public boolean logLinear() {
        return logLinear;
    }

    /** True when g is read; linear attention is defined with g = 0. */
    public boolean gated() {
        return this != LINEAR;
    }

    public static Variant fromCliName(String name) {
        for (Variant v : values()) {
            if (v.cliName.equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variant '" + name + "', expected one of "
                + Arrays.stream(values()).map(Variant::cliName).collect(Collectors.joining(", ")));
    }
}
