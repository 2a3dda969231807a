package loglinear.jit.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.DeviceEvent;
import loglinear.jit.DeviceException;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.KernelCompileException;
import loglinear.jit.Range;
import loglinear.jit.cuda.CudaDevice;
import loglinear.jit.opencl.OpenClDevice;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.TranslatedKernel;

/**
 * Checks the GPU runtimes on the machine it runs on: opens CUDA device 0 and an OpenCL device (the NVIDIA platform
 * when present), prints device and driver information, and runs saxpy, a shared/local-memory reduction (on CUDA also
 * one past 48 KiB of shared memory), event timing, launch overhead, error reporting, and kernels translated from
 * Java (saxpy and the block sum, cached on the second compile). Prints one PASS / FAIL / SKIP line per check and exits with 1 when a
 * check failed or CUDA is missing (unless {@code --no-cuda}).
 *
 * <p>Arguments: {@code --opencl NAME} picks the OpenCL device by platform/device name substring (default
 * "NVIDIA", falling back to the first GPU); {@code --no-cuda} / {@code --no-opencl} skip a backend.
 */
public final class GpuSelfTest {
    private final List<String> failures = new ArrayList<>();
    private int passed;

    public static void main(String[] args) {
        String openClName = "NVIDIA";
        boolean cuda = true;
        boolean openCl = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--opencl" -> openClName = args[++i];
                case "--no-cuda" -> cuda = false;
                case "--no-opencl" -> openCl = false;
                default -> {
                    System.err.println("usage: GpuSelfTest [--opencl NAME] [--no-cuda] [--no-opencl]");
                    System.exit(2);
                }
            }
        }
        GpuSelfTest test = new GpuSelfTest();
        System.out.println("java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch"));
        if (cuda) {
            test.runCuda();
        }
        if (openCl) {
            test.runOpenCl(openClName);
        }
        System.out.println();
        System.out.println(test.passed + " passed, " + test.failures.size() + " failed");
        for (String f : test.failures) {
            System.out.println("  failed: " + f);
        }
        System.exit(test.failures.isEmpty() ? 0 : 1);
    }

    private void runCuda() {
        System.out.println();
        System.out.println("== CUDA ==");
        if (!CudaDevice.isAvailable()) {
            fail("cuda open", CudaDevice.availability());
            return;
        }
        try (CudaDevice device = CudaDevice.open(0)) {
            System.out.println("device   : " + device.name() + " (sm_" + device.computeCapability() + ", "
                    + device.multiprocessorCount() + " SMs, max shared/block opt-in "
                    + device.maxSharedMemoryPerBlockOptIn() + " bytes)");
            System.out.println("driver   : " + device.driverVersion());
            System.out.println("memory   : " + mib(device.freeMemoryBytes()) + " free of "
                    + mib(device.totalMemoryBytes()));
            check("cuda nvrtc", device::nvrtcVersion);
            runCommon("cuda", device, Dialect.CUDA, device::compileSource);
            check("cuda blockSum 64 KiB shared memory", () -> blockSum(device, device.compileSource(
                    SelfTestKernels.blockSum(Dialect.CUDA, 16384)), 16384, 256));
            check("cuda out-of-memory error", () -> expectOutOfMemory(device));
        } catch (RuntimeException e) {
            fail("cuda", describe(e));
        }
    }

    private void runOpenCl(String name) {
        System.out.println();
        System.out.println("== OpenCL ==");
        if (!OpenClDevice.isAvailable()) {
            skip("opencl", "no OpenCL loader or platform on this machine");
            return;
        }
        System.out.println("devices  : " + OpenClDevice.listDevices());
        OpenClDevice device;
        try {
            device = OpenClDevice.open(name);
        } catch (DeviceException e) {
            System.out.println("no OpenCL device matches '" + name + "', taking the first GPU (else first device)");
            device = OpenClDevice.open(null);
        }
        try (OpenClDevice d = device) {
            System.out.println("device   : " + d.name() + " (" + d.computeUnits() + " compute units, max group "
                    + d.maxWorkGroupSize() + ", local memory " + d.localMemoryBytes() + " bytes)");
            System.out.println("driver   : " + d.driverVersion());
            System.out.println("memory   : " + mib(d.totalMemoryBytes()) + " global");
            runCommon("opencl", d, Dialect.OPENCL, d::compileSource);
        } catch (RuntimeException e) {
            fail("opencl", describe(e));
        }
    }

    /** Compiles hand-written source on one device. */
    private interface SourceCompiler {
        Kernel compile(TranslatedKernel kernel);
    }

    private void runCommon(String backend, Device device, Dialect dialect, SourceCompiler compiler) {
        boolean gpu = device.totalMemoryBytes() > (8L << 30);
        int n = gpu ? 1 << 26 : 1 << 20;
        check(backend + " saxpy", () -> saxpy(device, compiler.compile(SelfTestKernels.saxpy(dialect)), n));
        check(backend + " blockSum local memory", () -> blockSum(device,
                compiler.compile(SelfTestKernels.blockSum(dialect, 256)), 256, gpu ? 4096 : 64));
        check(backend + " launch overhead", () -> launchOverhead(device,
                compiler.compile(SelfTestKernels.touch(dialect)), gpu ? 20_000 : 2_000));
        check(backend + " argument checking", () -> expectBadArguments(device,
                compiler.compile(SelfTestKernels.saxpy(dialect))));
        check(backend + " compile error log", () -> expectCompileError(compiler, dialect));
        check(backend + " kernel from Java", () -> {
            Kernel first = device.compile(SelfTestKernels.class, "saxpy");
            Kernel again = device.compile(SelfTestKernels.class, "saxpy");
            if (again.compileMillis() != 0.0) {
                throw new AssertionError("second compile was not served from the cache");
            }
            return String.format(Locale.ROOT, "saxpy compiled in %.1f ms; %s", first.compileMillis(),
                    saxpy(device, first, 1 << 20));
        });
        check(backend + " local-memory kernel from Java", () -> {
            Kernel kernel = device.compile(SelfTestKernels.class, "blockSum");
            return String.format(Locale.ROOT, "blockSum compiled in %.1f ms; %s", kernel.compileMillis(),
                    blockSum(device, kernel, 256, 64));
        });
    }

    // ---- checks ----

    private static String saxpy(Device device, Kernel kernel, int n) {
        float[] x = new float[n];
        float[] y = new float[n];
        Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            x[i] = random.nextFloat();
            y[i] = random.nextFloat();
        }
        float a = 2.5f;
        try (DeviceBuffer dx = device.allocate(ElementType.FLOAT, n);
             DeviceBuffer dy = device.allocate(ElementType.FLOAT, n)) {
            long t0 = System.nanoTime();
            device.write(dx, x);
            device.write(dy, y);
            double writeSeconds = (System.nanoTime() - t0) / 1e9;
            Range global = Range.of((n + 255) / 256 * 256);
            Range local = Range.of(256);
            device.launch(kernel, global, local, dx, dy, a, n);
            float[] result = new float[n];
            device.read(dy, result);
            for (int i = 0; i < n; i++) {
                float expected = a * x[i] + y[i];
                if (Math.abs(result[i] - expected) > 1e-6f * Math.max(1f, Math.abs(expected))) {
                    throw new AssertionError("y[" + i + "] = " + result[i] + ", expected " + expected);
                }
            }
            // Step: time repeated saxpy on the device; bytes moved = 3 * 4 * n per launch (read x, y; write y).
            int repeats = 10;
            DeviceEvent start = device.recordEvent();
            for (int r = 0; r < repeats; r++) {
                device.launch(kernel, global, local, dx, dy, a, n);
            }
            DeviceEvent end = device.recordEvent();
            float millis = end.elapsedMillisSince(start) / repeats;
            start.close();
            end.close();
            double gbPerSecond = 12.0 * n / (millis * 1e6);
            return String.format(Locale.ROOT, "n=%d: %.3f ms per launch (events), %.0f GB/s; host->device %.2f GB/s",
                    n, millis, gbPerSecond, 8.0 * n / writeSeconds / 1e9);
        }
    }

    private static String blockSum(Device device, Kernel kernel, int tile, int groups) {
        int n = tile * groups;
        float[] in = new float[n];
        for (int i = 0; i < n; i++) {
            in[i] = (i * 7 % 13) - 6;
        }
        try (DeviceBuffer dIn = device.allocate(ElementType.FLOAT, n);
             DeviceBuffer dOut = device.allocate(ElementType.FLOAT, groups)) {
            device.write(dIn, in);
            device.launch(kernel, Range.of(groups * 256), Range.of(256), dIn, dOut, tile);
            float[] sums = new float[groups];
            device.read(dOut, sums);
            for (int g = 0; g < groups; g++) {
                double expected = 0;
                for (int i = 0; i < tile; i++) {
                    expected += in[g * tile + i];
                }
                if (sums[g] != (float) expected) {
                    throw new AssertionError("group " + g + " sum " + sums[g] + ", expected " + expected);
                }
            }
            return groups + " groups of " + tile + " floats, " + (tile * 4) + " bytes of local memory";
        }
    }

    private static String launchOverhead(Device device, Kernel kernel, int launches) {
        try (DeviceBuffer x = device.allocate(ElementType.FLOAT, 1)) {
            for (int i = 0; i < 200; i++) {
                device.launch(kernel, Range.of(64), Range.of(64), x, -1);
            }
            device.synchronize();
            DeviceEvent start = device.recordEvent();
            long t0 = System.nanoTime();
            for (int i = 0; i < launches; i++) {
                device.launch(kernel, Range.of(64), Range.of(64), x, -1);
            }
            long hostNanos = System.nanoTime() - t0;
            DeviceEvent end = device.recordEvent();
            device.synchronize();
            float deviceMillis = end.elapsedMillisSince(start);
            start.close();
            end.close();
            return String.format(Locale.ROOT, "%d launches: %.2f us host time per launch, %.2f us device time each",
                    launches, hostNanos / 1e3 / launches, deviceMillis * 1e3 / launches);
        }
    }

    private static String expectBadArguments(Device device, Kernel kernel) {
        try (DeviceBuffer x = device.allocate(ElementType.FLOAT, 256);
             DeviceBuffer ints = device.allocate(ElementType.INT, 256)) {
            expectIllegal(() -> device.launch(kernel, Range.of(256), Range.of(256), x, ints, 1f, 256), "argument 1");
            expectIllegal(() -> device.launch(kernel, Range.of(256), Range.of(256), x, x, 1.0, 256), "argument 2");
            expectIllegal(() -> device.launch(kernel, Range.of(200), Range.of(64), x, x, 1f, 256), "not a multiple");
            device.synchronize();
            return "wrong types and sizes rejected";
        }
    }

    private static void expectIllegal(Runnable action, String messagePart) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().contains(messagePart)) {
                throw new AssertionError("message '" + e.getMessage() + "' lacks '" + messagePart + "'");
            }
            return;
        }
        throw new AssertionError("no IllegalArgumentException (expected one mentioning '" + messagePart + "')");
    }

    private static String expectCompileError(SourceCompiler compiler, Dialect dialect) {
        TranslatedKernel good = SelfTestKernels.saxpy(dialect);
        TranslatedKernel broken = new TranslatedKernel(good.method(), dialect, good.entryName(),
                good.source().replace("a * x[i]", "a * undefinedName[i]"), good.parameters(), 0);
        try {
            compiler.compile(broken);
        } catch (KernelCompileException e) {
            if (!e.getMessage().contains("undefinedName")) {
                throw new AssertionError("compiler log lacks the bad name: " + e.getMessage());
            }
            return "log names the undefined identifier";
        }
        throw new AssertionError("broken source compiled");
    }

    private static String expectOutOfMemory(Device device) {
        long elements = device.totalMemoryBytes() / 4 + (1L << 28);
        try (DeviceBuffer ignored = device.allocate(ElementType.FLOAT, elements)) {
            throw new AssertionError("allocating " + elements * 4 + " bytes succeeded");
        } catch (DeviceException e) {
            if (!e.getMessage().contains("asked for")) {
                throw new AssertionError("message lacks the size asked for: " + e.getMessage());
            }
            return e.getMessage();
        }
    }

    // ---- reporting ----

    /** A check that returns a detail line or throws. */
    private interface Check {
        String run() throws Exception;
    }

    private void check(String name, Check check) {
        try {
            String detail = check.run();
            passed++;
            System.out.println("PASS " + name + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        } catch (Exception | AssertionError e) {
            fail(name, describe(e));
        }
    }

    private void fail(String name, String why) {
        failures.add(name);
        System.out.println("FAIL " + name + ": " + why);
    }

    private static void skip(String name, String why) {
        System.out.println("SKIP " + name + ": " + why);
    }

    private static String describe(Throwable e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return e.getCause() == null ? message : message + " (cause: " + e.getCause() + ")";
    }

    private static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
