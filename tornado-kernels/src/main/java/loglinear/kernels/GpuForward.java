package loglinear.kernels;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

import loglinear.jit.Device;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Shape;
import loglinear.reference.Variant;

/**
 * Entry point of the GPU forwards: builds the plan of a variant ({@link Mamba2ForwardPlan} for linear, mamba2 and
 * loglinear-mamba2; the Gated DeltaNet plan class {@value #GDN_PLAN_CLASS} for gdn and loglinear-gdn, found by name
 * so that it can live in its own file with a constructor of the same parameters as
 * {@link Mamba2ForwardPlan#Mamba2ForwardPlan(Device, Variant, Shape, Options, PlanConfig)}).
 */
public final class GpuForward {
    /** Class name of the delta-rule plan. */
    public static final String GDN_PLAN_CLASS = "loglinear.kernels.GdnForwardPlan";

    private GpuForward() {}

    /** A plan with the configuration {@link PlanConfig#auto} picks for the shape. */
    public static ForwardPlan plan(Device device, Variant variant, Shape shape, Options options) {
        if (shape == null) {
            throw new IllegalArgumentException("shape must not be null");
        }
        if (variant == null) {
            throw new IllegalArgumentException("variant must not be null");
        }
        return plan(device, variant, shape, options, PlanConfig.auto(variant, shape));
    }

    public static ForwardPlan plan(Device device, Variant variant, Shape shape, Options options, PlanConfig config) {
        if (variant == null) {
            throw new IllegalArgumentException("variant must not be null");
        }
        if (!variant.deltaRule()) {
            return new Mamba2ForwardPlan(device, variant, shape, options, config);
        }
        return deltaRulePlan(device, variant, shape, options, config);
    }

    /** One forward: plan, copy in, run, copy out, free. */
    public static float[] forward(Device device, Variant variant, Inputs inputs, Options options) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs must not be null");
        }
        inputs.requireFor(variant);
        try (ForwardPlan plan = plan(device, variant, inputs.shape(), options)) {
            return plan.run(inputs);
        }
    }

    private static ForwardPlan deltaRulePlan(Device device, Variant variant, Shape shape, Options options,
                                             PlanConfig config) {
        Class<?> planClass;
        try {
            planClass = Class.forName(GDN_PLAN_CLASS);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("variant " + variant.cliName() + " has no GPU plan in this build ("
                    + GDN_PLAN_CLASS + " is missing)", e);
        }
        try {
            Constructor<?> constructor = planClass.getConstructor(Device.class, Variant.class, Shape.class,
                    Options.class, PlanConfig.class);
            return (ForwardPlan) constructor.newInstance(device, variant, shape, options, config);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("could not build " + GDN_PLAN_CLASS, e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(GDN_PLAN_CLASS + " must implement ForwardPlan and have a public constructor"
                    + " (Device, Variant, Shape, Options, PlanConfig)", e);
        }
    }
}
