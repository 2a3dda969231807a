package loglinear.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import loglinear.reference.Inputs;
import loglinear.reference.Npy;

/** Writes the tensors of an {@link Inputs} as the .npy files {@code forward} reads. */
final class InputFiles {
    private InputFiles() {}

    /** Creates {@code directory} if needed and writes the tensors into it. */
    static void write(Path directory, Inputs inputs) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var shape = inputs.shape();
        Npy.writeFloats(directory.resolve("q.npy"), shape.qkDims(), inputs.q());
        Npy.writeFloats(directory.resolve("k.npy"), shape.qkDims(), inputs.k());
        Npy.writeFloats(directory.resolve("v.npy"), shape.vDims(), inputs.v());
        Npy.writeFloats(directory.resolve("g.npy"), shape.gateDims(), inputs.g());
        if (inputs.beta() != null) {
            Npy.writeFloats(directory.resolve("beta.npy"), shape.gateDims(), inputs.beta());
        }
        Npy.writeFloats(directory.resolve("lambda.npy"), shape.lambdaDims(), inputs.lambda());
    }
}
