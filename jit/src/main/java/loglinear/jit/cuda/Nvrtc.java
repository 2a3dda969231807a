package loglinear.jit.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import loglinear.jit.DeviceException;
import loglinear.jit.KernelCompileException;
import loglinear.jit.runtime.NativeLibrary;

/**
 * The NVRTC runtime compiler ({@code libnvrtc.so.13}, else {@code .so.12}) through FFM: CUDA C++ to a CUBIN for the
 * device's exact architecture (no driver JIT), or to PTX when this NVRTC does not know the architecture.
 */
final class Nvrtc {
    /** System property naming libnvrtc to use instead of the search. */
    static final String LIBRARY_PROPERTY = "loglinear.jit.nvrtc";
    /**
     * System property: "true" lets NVRTC contract a * b + c into fused multiply-adds (faster, not bit-identical to
     * Java); by default {@code --fmad=false} keeps float results as Java computes them.
     */
    static final String FMAD_PROPERTY = "loglinear.jit.cuda.fmad";
    /**
     * System property: further NVRTC options, separated by spaces, appended to the defaults (e.g.
     * {@code --ptxas-options=-O0} to tell a miscompile by ptxas from one by NVVM). For diagnosis only.
     */
    static final String EXTRA_OPTIONS_PROPERTY = "loglinear.jit.cuda.nvrtcOptions";
    private static final int NVRTC_SUCCESS = 0;

    /** A compiled module image: CUBIN bytes, or PTX text with its NUL terminator. */
    record Output(byte[] image, boolean isCubin, String architecture, List<String> options, String log) {
    }

    private final NativeLibrary library;
    private final MethodHandle nvrtcVersion;
    private final MethodHandle nvrtcGetErrorString;
    private final MethodHandle nvrtcCreateProgram;
    private final MethodHandle nvrtcCompileProgram;
    private final MethodHandle nvrtcGetProgramLogSize;
    private final MethodHandle nvrtcGetProgramLog;
    private final MethodHandle nvrtcGetPTXSize;
    private final MethodHandle nvrtcGetPTX;
    private final Optional<MethodHandle> nvrtcGetCUBINSize;
    private final Optional<MethodHandle> nvrtcGetCUBIN;
    private final Optional<MethodHandle> nvrtcGetNumSupportedArchs;
    private final Optional<MethodHandle> nvrtcGetSupportedArchs;
    private final MethodHandle nvrtcDestroyProgram;

    private Nvrtc(NativeLibrary lib) {
        this.library = lib;
        FunctionDescriptor progSize = fn(JAVA_INT, ADDRESS, ADDRESS);
        nvrtcVersion = lib.function("nvrtcVersion", fn(JAVA_INT, ADDRESS, ADDRESS));
        nvrtcGetErrorString = lib.function("nvrtcGetErrorString", fn(ADDRESS, JAVA_INT));
        nvrtcCreateProgram = lib.function("nvrtcCreateProgram",
                fn(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        nvrtcCompileProgram = lib.function("nvrtcCompileProgram", fn(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        nvrtcGetProgramLogSize = lib.function("nvrtcGetProgramLogSize", progSize);
        nvrtcGetProgramLog = lib.function("nvrtcGetProgramLog", progSize);
        nvrtcGetPTXSize = lib.function("nvrtcGetPTXSize", progSize);
        nvrtcGetPTX = lib.function("nvrtcGetPTX", progSize);
        nvrtcGetCUBINSize = lib.optionalFunction("nvrtcGetCUBINSize", progSize);
        nvrtcGetCUBIN = lib.optionalFunction("nvrtcGetCUBIN", progSize);
        nvrtcGetNumSupportedArchs = lib.optionalFunction("nvrtcGetNumSupportedArchs", fn(JAVA_INT, ADDRESS));
        nvrtcGetSupportedArchs = lib.optionalFunction("nvrtcGetSupportedArchs", fn(JAVA_INT, ADDRESS));
        nvrtcDestroyProgram = lib.function("nvrtcDestroyProgram", fn(JAVA_INT, ADDRESS));
    }

    private static FunctionDescriptor fn(MemoryLayout result, MemoryLayout... args) {
        return FunctionDescriptor.of(result, args);
    }

    /** The process-wide NVRTC, loaded on first use; a {@link DeviceException} listing the places searched. */
    static Nvrtc get() {
        return Holder.load();
    }

    /** Where libnvrtc was loaded from. */
    String location() {
        return library.location();
    }

    /** "major.minor" of this NVRTC. */
    String version() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment major = a.allocate(JAVA_INT);
            MemorySegment minor = a.allocate(JAVA_INT);
            check((int) nvrtcVersion.invokeExact(major, minor), "nvrtcVersion");
            return major.get(JAVA_INT, 0) + "." + minor.get(JAVA_INT, 0);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("nvrtcVersion failed", t);
        }
    }

    /** Compute capabilities (e.g. 90 for 9.0) this NVRTC can emit machine code for; empty when it cannot say. */
    List<Integer> supportedArchitectures() {
        if (nvrtcGetNumSupportedArchs.isEmpty() || nvrtcGetSupportedArchs.isEmpty()) {
            return List.of();
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment count = a.allocate(JAVA_INT);
            check((int) nvrtcGetNumSupportedArchs.get().invokeExact(count), "nvrtcGetNumSupportedArchs");
            int n = count.get(JAVA_INT, 0);
            MemorySegment archs = a.allocate(JAVA_INT, Math.max(1, n));
            check((int) nvrtcGetSupportedArchs.get().invokeExact(archs), "nvrtcGetSupportedArchs");
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(archs.getAtIndex(JAVA_INT, i));
            }
            return list;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("nvrtcGetSupportedArchs failed", t);
        }
    }

    /**
     * Compiles {@code source} for compute capability {@code major.minor}: {@code --gpu-architecture=sm_XY} and a
     * CUBIN when this NVRTC supports the architecture and has nvrtcGetCUBIN, else {@code compute_XY} (or the newest
     * supported below it) and PTX for the driver to finish. Options: {@code -default-device --std=c++17}, no fast
     * math, {@code --fmad=false} unless {@value #FMAD_PROPERTY}=true, then the options of
     * {@value #EXTRA_OPTIONS_PROPERTY}.
     *
     * @throws KernelCompileException with the NVRTC log when the source does not compile
     */
    Output compile(String source, String programName, int major, int minor) {
        int cc = major * 10 + minor;
        List<Integer> supported = supportedArchitectures();
        boolean sassPossible = nvrtcGetCUBIN.isPresent() && (supported.isEmpty() || supported.contains(cc));
        String arch;
        if (sassPossible) {
            arch = "sm_" + cc;
        } else {
            int ptxArch = supported.stream().filter(a -> a <= cc).max(Integer::compare).orElse(cc);
            arch = "compute_" + ptxArch;
        }
        boolean fmad = Boolean.getBoolean(FMAD_PROPERTY);
        List<String> options = new ArrayList<>(List.of("--gpu-architecture=" + arch, "-default-device",
                "--std=c++17", "--fmad=" + fmad));
        String extra = System.getProperty(EXTRA_OPTIONS_PROPERTY, "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment programOut = a.allocate(ADDRESS);
            check((int) nvrtcCreateProgram.invokeExact(programOut, a.allocateFrom(source),
                    a.allocateFrom(programName + ".cu"), 0, MemorySegment.NULL, MemorySegment.NULL),
                    "nvrtcCreateProgram(" + programName + ")");
            MemorySegment program = programOut.get(ADDRESS, 0);
            try {
                MemorySegment optionArray = a.allocate(ADDRESS, options.size());
                for (int i = 0; i < options.size(); i++) {
                    optionArray.setAtIndex(ADDRESS, i, a.allocateFrom(options.get(i)));
                }
                int rc = (int) nvrtcCompileProgram.invokeExact(program, options.size(), optionArray);
                String log = programLog(a, program);
                if (rc != NVRTC_SUCCESS) {
                    throw new KernelCompileException("NVRTC compilation of kernel " + programName + " for " + arch
                            + " with options " + options + " failed: " + errorString(rc) + "\n--- NVRTC log ---\n"
                            + log + "\n--- source ---\n" + source);
                }
                byte[] image = sassPossible
                        ? bytes(a, program, nvrtcGetCUBINSize.get(), nvrtcGetCUBIN.get(), "nvrtcGetCUBIN")
                        : bytes(a, program, nvrtcGetPTXSize, nvrtcGetPTX, "nvrtcGetPTX");
                return new Output(image, sassPossible, arch, options, log);
            } finally {
                int ignored = (int) nvrtcDestroyProgram.invokeExact(programOut);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new DeviceException("NVRTC call failed", t);
        }
    }

    private String programLog(Arena a, MemorySegment program) throws Throwable {
        MemorySegment size = a.allocate(JAVA_LONG);
        if ((int) nvrtcGetProgramLogSize.invokeExact(program, size) != NVRTC_SUCCESS) {
            return "(no log)";
        }
        long n = size.get(JAVA_LONG, 0);
        MemorySegment text = a.allocate(Math.max(1, n));
        if ((int) nvrtcGetProgramLog.invokeExact(program, text) != NVRTC_SUCCESS) {
            return "(no log)";
        }
        return text.getString(0).strip();
    }

    private byte[] bytes(Arena a, MemorySegment program, MethodHandle getSize, MethodHandle get, String what)
            throws Throwable {
        MemorySegment size = a.allocate(JAVA_LONG);
        check((int) getSize.invokeExact(program, size), what + "Size");
        long n = size.get(JAVA_LONG, 0);
        MemorySegment data = a.allocate(Math.max(1, n));
        check((int) get.invokeExact(program, data), what);
        return data.asSlice(0, n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    private String errorString(int result) {
        try {
            MemorySegment text = (MemorySegment) nvrtcGetErrorString.invokeExact(result);
            return text.reinterpret(256).getString(0) + " (" + result + ")";
        } catch (Throwable t) {
            return "NVRTC error " + result;
        }
    }

    private void check(int result, String what) {
        if (result != NVRTC_SUCCESS) {
            throw new DeviceException(what + " failed: " + errorString(result));
        }
    }

    private static final class Holder {
        private static Nvrtc nvrtc;
        private static RuntimeException failure;

        static synchronized Nvrtc load() {
            if (nvrtc == null && failure == null) {
                try {
                    nvrtc = new Nvrtc(NativeLibrary.open("libnvrtc.so.13 / libnvrtc.so.12 not found (set -D"
                            + LIBRARY_PROPERTY + "=/path/to/libnvrtc.so.13)", candidates()));
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return nvrtc;
        }

        /** The property, the loader's own search, LD_LIBRARY_PATH, CUDA toolkit folders, Python's nvidia wheels. */
        static List<String> candidates() {
            List<String> names = List.of("libnvrtc.so.13", "libnvrtc.so.12");
            List<String> c = new ArrayList<>();
            c.add(System.getProperty(LIBRARY_PROPERTY));
            c.addAll(names);
            c.addAll(NativeLibrary.inLdLibraryPath(names));
            List<Path> dirs = new ArrayList<>();
            dirs.add(Path.of("/usr/local/cuda/lib64"));
            dirs.add(Path.of("/usr/local/cuda/targets/x86_64-linux/lib"));
            dirs.addAll(pythonNvidiaLibDirs());
            for (Path dir : dirs) {
                for (String name : names) {
                    c.add(dir.resolve(name).toString());
                }
            }
            return c;
        }

        private static List<Path> pythonNvidiaLibDirs() {
            List<Path> sitePackages = new ArrayList<>();
            for (String root : List.of("/usr/local/lib", "/usr/lib", "/opt/conda/lib",
                    System.getProperty("user.home") + "/.local/lib")) {
                sitePackages.addAll(children(Path.of(root), "python3*", "site-packages"));
                sitePackages.addAll(children(Path.of(root), "python3*", "dist-packages"));
            }
            for (Path opt : children(Path.of("/opt"), "*", ".venv/lib")) {
                sitePackages.addAll(children(opt, "python3*", "site-packages"));
            }
            List<Path> dirs = new ArrayList<>();
            for (Path site : sitePackages) {
                for (String sub : List.of("nvidia/cu13/lib", "nvidia/cuda_nvrtc/lib", "nvidia/cu12/lib")) {
                    Path dir = site.resolve(sub);
                    if (Files.isDirectory(dir)) {
                        dirs.add(dir);
                    }
                }
            }
            return dirs;
        }

        private static List<Path> children(Path parent, String glob, String then) {
            List<Path> out = new ArrayList<>();
            if (!Files.isDirectory(parent)) {
                return out;
            }
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent, glob)) {
                for (Path p : stream) {
                    Path candidate = p.resolve(then);
                    if (Files.isDirectory(candidate)) {
                        out.add(candidate);
                    }
                }
            } catch (IOException e) {
                return out;
            }
            return out;
        }
    }
}
