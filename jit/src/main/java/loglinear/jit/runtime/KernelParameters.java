package loglinear.jit.runtime;

import java.util.List;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;

/**
 * The argument layout of one kernel, worked out once at compile time: for each parameter after the context, whether
 * it is a device buffer (and of which element type) or a scalar passed by value (and how many bytes). Launches check
 * their arguments against it without reflection.
 */
public final class KernelParameters {
    /** How one argument is passed to the native launch call. */
    public enum Kind {
        BUFFER(8, null),
        INT(4, Integer.class),
        LONG(8, Long.class),
        FLOAT(4, Float.class),
        DOUBLE(8, Double.class),
        SHORT(2, Short.class);

        private final int bytes;
        private final Class<?> boxedType;

        Kind(int bytes, Class<?> boxedType) {
            this.bytes = bytes;
            this.boxedType = boxedType;
        }

        /** Bytes of the value handed to the driver (a device pointer / cl_mem handle is 8 bytes). */
        public int bytes() {
            return bytes;
        }
    }

    private final String kernelName;
    private final Kind[] kinds;
    private final ElementType[] bufferTypes;

    private KernelParameters(String kernelName, Kind[] kinds, ElementType[] bufferTypes) {
        this.kernelName = kernelName;
        this.kinds = kinds;
        this.bufferTypes = bufferTypes;
    }

    /**
     * The layout of {@code parameterTypes} (Java types after the context): primitive arrays become buffers, the
     * primitives int, long, float, double and short become scalars.
     */
    public static KernelParameters of(String kernelName, List<Class<?>> parameterTypes) {
        int n = parameterTypes.size();
        Kind[] kinds = new Kind[n];
        ElementType[] bufferTypes = new ElementType[n];
        for (int i = 0; i < n; i++) {
            Class<?> type = parameterTypes.get(i);
            if (type.isArray()) {
                kinds[i] = Kind.BUFFER;
                bufferTypes[i] = ElementType.ofArrayClass(type);
            } else if (type == int.class) {
                kinds[i] = Kind.INT;
            } else if (type == long.class) {
                kinds[i] = Kind.LONG;
            } else if (type == float.class) {
                kinds[i] = Kind.FLOAT;
            } else if (type == double.class) {
                kinds[i] = Kind.DOUBLE;
            } else if (type == short.class) {
                kinds[i] = Kind.SHORT;
            } else {
                throw new IllegalArgumentException("kernel " + kernelName + ": parameter " + i + " has type "
                        + type.getTypeName() + ", expected a primitive array or int, long, float, double, short");
            }
        }
        return new KernelParameters(kernelName, kinds, bufferTypes);
    }

    public int count() {
        return kinds.length;
    }

    public Kind kind(int index) {
        return kinds[index];
    }

    /** The element type of buffer parameter {@code index}. */
    public ElementType bufferType(int index) {
        return bufferTypes[index];
    }

    /**
     * Checks count and types of launch arguments: a buffer of {@code owner} with the parameter's element type for
     * each array parameter, the exact boxed type for each scalar.
     *
     * @throws IllegalArgumentException naming the parameter index, what was found and what was expected
     */
    public void check(Object[] args, Device owner) {
        if (args == null || args.length != kinds.length) {
            throw new IllegalArgumentException("kernel " + kernelName + " takes " + kinds.length
                    + " arguments after the context, got " + (args == null ? "null" : args.length));
        }
        for (int i = 0; i < kinds.length; i++) {
            Object arg = args[i];
            Kind kind = kinds[i];
            if (kind == Kind.BUFFER) {
                if (!(arg instanceof DeviceBuffer buffer)) {
                    throw mismatch(i, arg, "a DeviceBuffer of " + bufferTypes[i]);
                }
                if (buffer.type() != bufferTypes[i]) {
                    throw new IllegalArgumentException("kernel " + kernelName + ": argument " + i + " is a buffer of "
                            + buffer.type() + ", expected a buffer of " + bufferTypes[i]);
                }
                if (buffer.device() != owner) {
                    throw new IllegalArgumentException("kernel " + kernelName + ": argument " + i
                            + " is a buffer of another device (" + buffer.device().name() + "), expected one of "
                            + owner.name());
                }
            } else if (arg == null || arg.getClass() != kind.boxedType) {
                throw mismatch(i, arg, "a " + kind.boxedType.getSimpleName());
            }
        }
    }

    private IllegalArgumentException mismatch(int index, Object arg, String expected) {
        String found = arg == null ? "null" : arg.getClass().getSimpleName();
        return new IllegalArgumentException("kernel " + kernelName + ": argument " + index + " is " + found
                + ", expected " + expected);
    }
}
