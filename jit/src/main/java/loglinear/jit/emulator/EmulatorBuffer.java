package loglinear.jit.emulator;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;

/**
 * Emulator memory: one Java array of the buffer's element type ({@code float[] int[] long[] double[] short[]}),
 * handed to kernels as is. Closing drops the array; a closed buffer cannot be used.
 */
public final class EmulatorBuffer implements DeviceBuffer {
    private final EmulatorDevice device;
    private final ElementType type;
    private final int length;
    private Object array;

    EmulatorBuffer(EmulatorDevice device, ElementType type, int length) {
        this.device = device;
        this.type = type;
        this.length = length;
        this.array = switch (type) {
            case FLOAT -> new float[length];
            case INT -> new int[length];
            case LONG -> new long[length];
            case DOUBLE -> new double[length];
            case SHORT -> new short[length];
        };
    }

    /**
     * The backing array ({@code type().arrayClass()}), for host code that wants to read or fill buffers of types the
     * {@link Device} interface has no copy methods for.
     *
     * @throws IllegalStateException when the buffer or its device is closed
     */
    public Object array() {
        if (array == null) {
            throw new IllegalStateException("emulator buffer of " + length + " " + type + " is closed");
        }
        device.ensureOpen();
        return array;
    }

    @Override
    public ElementType type() {
        return type;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public Device device() {
        return device;
    }

    @Override
    public void close() {
        array = null;
    }

    @Override
    public String toString() {
        return "EmulatorBuffer[" + type + " x " + length + (array == null ? ", closed]" : "]");
    }
}
