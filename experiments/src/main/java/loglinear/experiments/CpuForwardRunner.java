package loglinear.experiments;

import loglinear.reference.ChunkConfig;
import loglinear.reference.ChunkedForward;
import loglinear.reference.Inputs;
import loglinear.reference.MaskedReference;
import loglinear.reference.Options;
import loglinear.reference.RecurrentDecoder;
import loglinear.reference.RecurrentState;
import loglinear.reference.Variant;

/**
 * The CPU implementations of the three forms, from the reference module: {@link MaskedReference} (float64),
 * {@link RecurrentDecoder} from an empty float32 state, and {@link ChunkedForward} with a {@link ChunkConfig}.
 */
public record CpuForwardRunner(Form form, ChunkConfig chunkConfig) implements ForwardRunner {

    public CpuForwardRunner {
        if (form == null || chunkConfig == null) {
            throw new IllegalArgumentException("form and chunkConfig must not be null, got form=" + form
                    + ", chunkConfig=" + chunkConfig);
        }
    }

    @Override
    public ForwardOutput forward(Variant variant, Inputs inputs, Options options) {
        int[] dims = inputs.shape().vDims();
        return switch (form) {
            case REFERENCE -> ForwardOutput.ofDoubles(dims, MaskedReference.forward(variant, inputs, options));
            case RECURRENT -> ForwardOutput.ofFloats(dims, new RecurrentDecoder(variant, options)
                    .prefill(inputs, RecurrentState.forShape(inputs.shape(), RecurrentState.Precision.FLOAT)));
            case CHUNKED -> ForwardOutput.ofFloats(dims, ChunkedForward.forward(variant, inputs, options, chunkConfig));
        };
    }

    /** The recurrent form with float64 state and arithmetic (used by {@code check}). */
    public static ForwardRunner recurrentInDouble() {
        return (variant, inputs, options) -> ForwardOutput.ofDoubles(inputs.shape().vDims(),
                new RecurrentDecoder(variant, options)
                        .prefillDouble(inputs, RecurrentState.forShape(inputs.shape(), RecurrentState.Precision.DOUBLE)));
    }
}
