package loglinear.experiments.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it appears complete or not at all: the content goes to a hidden temporary file in the
 * target's directory, which is then renamed over the target. On any failure the temporary file is deleted and
 * the target is left as it was.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes the content of one file to the path it is given. */
    @FunctionalInterface
    public interface FileWriter {
        void writeTo(Path path) throws IOException;
    }

    /**
     * Writes {@code target} through {@code writer}, atomically.
     *
     * @throws IllegalArgumentException when the target's directory does not exist or the target is a directory
     */
    public static void write(Path target, String argumentName, FileWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IllegalArgumentException(argumentName + ": directory " + directory + " of " + target
                    + " does not exist; create it first");
        }
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(argumentName + ": " + target + " is a directory, expected a file path");
        }
        // A fresh name created with the default permissions (createTempFile would make it owner-only).
        Path temporary = directory.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime())
                + "-" + ProcessHandle.current().pid() + ".partial");
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        boolean moved = false;
        try {
            writer.writeTo(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
