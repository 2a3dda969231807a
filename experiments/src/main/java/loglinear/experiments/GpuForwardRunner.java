package loglinear.experiments;

import loglinear.jit.Device;
import loglinear.kernels.GpuForward;
import loglinear.reference.Inputs;
import loglinear.reference.Options;
import loglinear.reference.Variant;

/**
 * The chunkwise form as pure-Java GPU kernels ({@link GpuForward}) on an open JIT device. The device stays open for
 * the runner's life; its kernels are compiled on the first forward and cached.
 */
public record GpuForwardRunner(Device device) implements ForwardRunner, AutoCloseable {

    @Override
    public ForwardOutput forward(Variant variant, Inputs inputs, Options options) {
        return ForwardOutput.ofFloats(inputs.shape().vDims(), GpuForward.forward(device, variant, inputs, options));
    }

    @Override
    public void close() {
        device.close();
    }
}
