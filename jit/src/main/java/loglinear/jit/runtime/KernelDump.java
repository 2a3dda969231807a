package loglinear.jit.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated kernel sources and binaries to the directory named by the system property
 * {@code loglinear.jit.dump} (nothing happens when it is unset).
 */
public final class KernelDump {
    public static final String PROPERTY = "loglinear.jit.dump";

    private KernelDump() {
    }

    /** The dump directory, or null when dumping is off. */
    public static Path directory() {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** Writes {@code text} to {@code <dir>/<fileName>} when dumping is on. */
    public static void text(String fileName, String text) {
        bytes(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code <dir>/<fileName>} when dumping is on. */
    public static void bytes(String fileName, byte[] content) {
        Path dir = directory();
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write kernel dump " + dir.resolve(fileName), e);
        }
    }
}
