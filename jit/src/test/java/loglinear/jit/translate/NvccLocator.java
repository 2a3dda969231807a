package loglinear.jit.translate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the local {@code nvcc} (on PATH, else /usr/local/cuda/bin) for tests that compile generated CUDA. */
public final class NvccLocator {
    private NvccLocator() {
    }

    /** The nvcc executable, or empty where the CUDA toolkit is not installed (tests then skip). */
    public static Optional<String> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "nvcc");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        Path cudaHome = Path.of("/usr/local/cuda/bin/nvcc");
        return Files.isExecutable(cudaHome) ? Optional.of(cudaHome.toString()) : Optional.empty();
    }
}
