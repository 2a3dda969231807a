package loglinear.jit.emulator;

import java.lang.StackWalker.Option;

import loglinear.jit.KernelContext;
import loglinear.jit.Range;

/**
 * Internal bridge that lets the emulator create {@link KernelContext} instances, whose constructor is private to
 * keep the kernel API free of host-side entry points. {@code KernelContext}'s static initializer installs the factory;
 * any other caller of {@link #install} is refused.
 */
public final class KernelContexts {
    /** Creates the context of one work-item (see {@link KernelContext}'s field documentation for the ids). */
    @FunctionalInterface
    public interface Factory {
        KernelContext create(int localX, int localY, int localZ, int groupX, int groupY, int groupZ, Range localSize,
                             Range globalSize, WorkGroupScope scope);
    }

    private static volatile Factory factory;

    private KernelContexts() {
    }

    /**
     * Called once, by {@link KernelContext}'s static initializer.
     *
     * @throws IllegalStateException when called from anywhere else, or twice
     */
    public static void install(Factory contextFactory) {
        Class<?> caller = StackWalker.getInstance(Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        if (caller != KernelContext.class) {
            throw new IllegalStateException("only " + KernelContext.class.getName()
                    + " may install the context factory, called from " + caller.getName());
        }
        if (factory != null) {
            throw new IllegalStateException("the KernelContext factory is already installed");
        }
        factory = contextFactory;
    }

    /** The installed factory, initializing {@link KernelContext} first when needed. */
    static Factory factory() {
        Factory installed = factory;
        if (installed == null) {
            try {
                Class.forName(KernelContext.class.getName(), true, KernelContext.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("cannot initialize " + KernelContext.class.getName(), e);
            }
            installed = factory;
            if (installed == null) {
                throw new IllegalStateException(KernelContext.class.getName() + " did not install its factory");
            }
        }
        return installed;
    }
}
