package loglinear.jit.tools.conformance;

import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

import loglinear.jit.Range;

/**
 * One conformance kernel: the static kernel method {@code owner.method}, its launch shape, a seeded argument factory
 * and an optional host-side expectation.
 *
 * @param name      unique, readable name of the case (e.g. {@code "int.shifts"})
 * @param owner     the class declaring the kernel
 * @param method    the kernel method's name
 * @param global    global work size
 * @param local     work-group size
 * @param args      builds the launch arguments from a seed (same seed, same arguments)
 * @param hostCheck expectation checked on every device's outputs, {@link HostCheck#NONE} for purely differential
 */
public record ConformanceCase(String name, Class<?> owner, String method, Range global, Range local,
                              LongFunction<List<KernelArg>> args, HostCheck hostCheck) {
    public ConformanceCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(global, "global");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(hostCheck, "hostCheck");
    }

    @Override
    public String toString() {
        return name;
    }
}
