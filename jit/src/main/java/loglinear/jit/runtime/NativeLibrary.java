package loglinear.jit.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import loglinear.jit.DeviceException;

/**
 * A native shared library opened through the FFM API, and the downcall handles made from its symbols. The library
 * stays loaded for the life of the JVM (global arena), so handles made from it never dangle.
 */
public final class NativeLibrary {
    private static final Linker LINKER = Linker.nativeLinker();

    private final String location;
    private final SymbolLookup lookup;

    private NativeLibrary(String location, SymbolLookup lookup) {
        this.location = location;
        this.lookup = lookup;
    }

    /**
     * Opens the first candidate that loads. A candidate is either a bare library name (resolved by the dynamic
     * loader: LD_LIBRARY_PATH, the ld.so cache, ...) or an absolute path (skipped when the file does not exist).
     *
     * @param whatIsMissing the start of the error message when none loads, e.g. "libcuda.so.1 not found: no NVIDIA
     *                      driver on this machine"
     */
    public static NativeLibrary open(String whatIsMissing, List<String> candidates) {
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            boolean isPath = candidate.contains("/");
            if (isPath && !Files.isRegularFile(Path.of(candidate))) {
                tried.add(candidate + " (no such file)");
                continue;
            }
            try {
                SymbolLookup lookup = SymbolLookup.libraryLookup(candidate, Arena.global());
                return new NativeLibrary(candidate, lookup);
            } catch (IllegalArgumentException | IllegalCallerException e) {
                tried.add(candidate + " (" + e.getMessage() + ")");
            }
        }
        throw new DeviceException(whatIsMissing + "; tried: " + String.join(", ", tried));
    }

    /** Where the library was loaded from (the candidate that worked). */
    public String location() {
        return location;
    }

    /** A downcall handle for {@code symbol}; a {@link DeviceException} when the library does not export it. */
    public MethodHandle function(String symbol, FunctionDescriptor descriptor) {
        return optionalFunction(symbol, descriptor).orElseThrow(() -> new DeviceException(
                "symbol " + symbol + " not found in " + location + " (library too old?)"));
    }

    /** A downcall handle for {@code symbol}, or empty when the library does not export it. */
    public Optional<MethodHandle> optionalFunction(String symbol, FunctionDescriptor descriptor) {
        Optional<MemorySegment> address = lookup.find(symbol);
        return address.map(a -> LINKER.downcallHandle(a, descriptor));
    }

    /** Library search candidates: each directory of LD_LIBRARY_PATH joined with each file name. */
    public static List<String> inLdLibraryPath(List<String> fileNames) {
        List<String> paths = new ArrayList<>();
        String ldPath = System.getenv("LD_LIBRARY_PATH");
        if (ldPath == null || ldPath.isBlank()) {
            return paths;
        }
        for (String dir : ldPath.split(":")) {
            if (dir.isBlank()) {
                continue;
            }
            for (String fileName : fileNames) {
                paths.add(Path.of(dir, fileName).toAbsolutePath().toString());
            }
        }
        return paths;
    }
}
