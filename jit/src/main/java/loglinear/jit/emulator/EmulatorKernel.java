package loglinear.jit.emulator;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import loglinear.jit.Kernel;
import loglinear.jit.KernelContext;
import loglinear.jit.runtime.KernelParameters;

/**
 * A kernel method prepared for the emulator: its parameter layout, a method handle adapted once to
 * {@code (KernelContext, Object[]) void} (the arguments after the context spread from one array shared by all
 * work-items of a launch), and whether its work-items need to run concurrently (see {@link SynchronizationScan}).
 */
final class EmulatorKernel implements Kernel {
    private final EmulatorDevice device;
    private final Method method;
    private final String displayName;
    private final KernelParameters parameters;
    private final MethodHandle invoker;
    private final boolean groupSynchronization;
    private final double compileMillis;

    private EmulatorKernel(EmulatorDevice device, Method method, String displayName, KernelParameters parameters,
                           MethodHandle invoker, boolean groupSynchronization, double compileMillis) {
        this.device = device;
        this.method = method;
        this.displayName = displayName;
        this.parameters = parameters;
        this.invoker = invoker;
        this.groupSynchronization = groupSynchronization;
        this.compileMillis = compileMillis;
    }

    /** Checks the parameters, scans the bytecode and adapts the method handle; times the whole. */
    static EmulatorKernel prepare(EmulatorDevice device, Method method) {
        long start = System.nanoTime();
        String displayName = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        Class<?>[] types = method.getParameterTypes();
        List<Class<?>> afterContext = Arrays.asList(types).subList(1, types.length);
        KernelParameters parameters = KernelParameters.of(displayName, afterContext);
        boolean synchronization = SynchronizationScan.needsGroupSynchronization(method);
        MethodHandle invoker;
        try {
            method.setAccessible(true);
            invoker = MethodHandles.lookup().unreflect(method)
                    .asSpreader(1, Object[].class, afterContext.size());
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException("kernel " + displayName + ": cannot access the method " + method
                    + ": " + e.getMessage(), e);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        return new EmulatorKernel(device, method, displayName, parameters, invoker, synchronization, millis);
    }

    /** Runs the kernel body for one work-item. */
    void invoke(KernelContext item, Object[] args) throws Throwable {
        invoker.invokeExact(item, args);
    }

    /** The same kernel as served from the cache: compileMillis 0. */
    EmulatorKernel fromCache() {
        return new EmulatorKernel(device, method, displayName, parameters, invoker, groupSynchronization, 0.0);
    }

    EmulatorDevice device() {
        return device;
    }

    String displayName() {
        return displayName;
    }

    KernelParameters parameters() {
        return parameters;
    }

    /** True when the work-items of a group run one after another on one thread (no synchronization found). */
    boolean runsItemsSequentially() {
        return !groupSynchronization;
    }

    @Override
    public Method method() {
        return method;
    }

    @Override
    public String source() {
        return "";
    }

    @Override
    public double compileMillis() {
        return compileMillis;
    }

    @Override
    public String toString() {
        return "EmulatorKernel[" + displayName + (groupSynchronization ? ", concurrent items" : ", sequential items")
                + "]";
    }
}
