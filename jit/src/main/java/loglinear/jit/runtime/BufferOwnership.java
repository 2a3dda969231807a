package loglinear.jit.runtime;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;

/** The check every runtime makes before a copy: the buffer is one of this device's, of the expected element type. */
public final class BufferOwnership {
    private BufferOwnership() {}

    /**
     * Returns {@code buffer} as the runtime's own buffer class, or throws naming the operation {@code what}, the
     * device and what was found.
     */
    public static <B extends DeviceBuffer> B require(DeviceBuffer buffer, Class<B> bufferClass, Device owner,
            ElementType expected, String what) {
        if (!bufferClass.isInstance(buffer) || buffer.device() != owner) {
            throw new IllegalArgumentException(what + " needs a buffer of this device (" + owner.name() + "), got "
                    + (buffer == null ? "null" : buffer.getClass().getSimpleName() + " of " + buffer.device().name()));
        }
        if (buffer.type() != expected) {
            throw new IllegalArgumentException(what + " of " + expected.javaName() + "[] needs a " + expected
                    + " buffer, got a " + buffer.type() + " buffer");
        }
        return bufferClass.cast(buffer);
    }
}
