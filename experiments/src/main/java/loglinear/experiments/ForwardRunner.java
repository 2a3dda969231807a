package loglinear.experiments;

import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Variant;

/** Computes one forward: the single call the forward, check and scale commands time and compare. */
@FunctionalInterface
public interface ForwardRunner {

    ForwardOutput forward(Variant variant, Inputs inputs, Options options);
}
