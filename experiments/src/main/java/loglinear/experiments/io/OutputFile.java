package loglinear.experiments.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import loglinear.experiments.ForwardOutput;
import loglinear.reference.Npy;
import loglinear.reference.NpyArray;

/** Writes o.npy atomically: float64 when the output is double, float32 otherwise. */
public final class OutputFile {
    private OutputFile() {}

    /** Fails early, before any computation, when the output path cannot be written. */
    public static void requireWritable(Path target, String argumentName) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IllegalArgumentException(argumentName + ": directory " + directory + " of " + target
                    + " does not exist; create it first");
        }
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(argumentName + ": " + target + " is a directory, expected a file path");
        }
        if (!Files.isWritable(directory)) {
            throw new IllegalArgumentException(argumentName + ": directory " + directory + " is not writable");
        }
    }

    /** Encodes o as .npy and renames a complete temporary file over the target: no partial file is ever seen. */
    public static void writeNpy(Path target, String argumentName, ForwardOutput o) throws IOException {
        NpyArray array = o.isDouble() ? NpyArray.ofDoubles(o.dims(), o.doubles()) : NpyArray.ofFloats(o.dims(), o.floats());
        byte[] bytes = Npy.encode(array);
        AtomicFiles.write(target, argumentName, temporary -> Files.write(temporary, bytes));
    }
}
