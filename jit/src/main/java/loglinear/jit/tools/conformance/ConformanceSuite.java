package loglinear.jit.tools.conformance;

import java.util.ArrayList;
import java.util.List;

/** Every conformance case, in a stable order. */
public final class ConformanceSuite {
    /** Seed of the arguments when none is given. */
    public static final long DEFAULT_SEED = 20250101L;

    private ConformanceSuite() {
    }

    public static List<ConformanceCase> all() {
        List<ConformanceCase> cases = new ArrayList<>();
        cases.addAll(ArithmeticKernels.cases());
        cases.addAll(ConversionKernels.cases());
        cases.addAll(MathKernels.cases());
        cases.addAll(KernelMathKernels.cases());
        cases.addAll(ControlFlowKernels.cases());
        cases.addAll(MemoryKernels.cases());
        cases.addAll(SubGroupAndHelperKernels.cases());
        return List.copyOf(cases);
    }
}
