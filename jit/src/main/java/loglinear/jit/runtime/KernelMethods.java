package loglinear.jit.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import loglinear.jit.KernelContext;

/** Finds kernel methods: {@code static void name(KernelContext, ...)} declared by a class. */
public final class KernelMethods {
    private KernelMethods() {
    }

    /**
     * The one static method {@code name} of {@code owner} whose first parameter is a {@link KernelContext}.
     *
     * @throws IllegalArgumentException when there is none or more than one
     */
    public static Method find(Class<?> owner, String name) {
        if (owner == null || name == null) {
            throw new IllegalArgumentException("owner and name must not be null, got owner=" + owner + ", name=" + name);
        }
        List<Method> matches = new ArrayList<>();
        for (Method m : owner.getDeclaredMethods()) {
            if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) && m.getReturnType() == void.class
                    && m.getParameterCount() >= 1 && m.getParameterTypes()[0] == KernelContext.class) {
                matches.add(m);
            }
        }
        if (matches.size() != 1) {
            throw new IllegalArgumentException("expected exactly one kernel method 'static void " + name
                    + "(KernelContext, ...)' in " + owner.getName() + ", found " + matches.size());
        }
        return matches.get(0);
    }
}
