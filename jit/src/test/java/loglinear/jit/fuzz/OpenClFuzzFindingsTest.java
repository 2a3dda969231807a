package loglinear.jit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import loglinear.jit.Device;
import loglinear.jit.emulator.EmulatorDevice;
import loglinear.jit.opencl.OpenClDevice;
import loglinear.jit.tools.fuzz.FuzzReplay;
import loglinear.jit.tools.fuzz.InMemoryCompiler;

/**
 * The NVIDIA-OpenCL fuzz findings of seed 4 (docs/jit-bugs.md 17): their reproducers compute Java's values on the
 * emulator and on the OpenCL device here (PoCL), item 43 included, where NVIDIA's OpenCL compiler gave other values.
 */
class OpenClFuzzFindingsTest {
    private static final Path REPRO = Path.of("docs", "results", "h100", "fuzz", "repro");
    private static final InMemoryCompiler COMPILER = new InMemoryCompiler();
    private static Device reference;
    private static OpenClDevice openCl;

    @BeforeAll
    static void openDevices() {
        reference = EmulatorDevice.open(1);
        if (OpenClDevice.isAvailable()) {
            openCl = OpenClDevice.open(null);
        }
    }

    @AfterAll
    static void closeDevices() {
        if (openCl != null) {
            openCl.close();
        }
        reference.close();
    }

    /** The reproducer folder, from the module's or the repository's working directory. */
    private static Path reproducer(String fileName) {
        for (Path root : new Path[] {Path.of(""), Path.of(".."), Path.of("..", "..")}) {
            Path file = root.resolve(REPRO).resolve(fileName);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalArgumentException("reproducer " + fileName + " not found under " + REPRO + " of the working"
                + " directory " + Path.of("").toAbsolutePath() + " or its two parents");
    }

    // Step: file, the output NVIDIA's OpenCL got wrong (index = item * 8 + slot), Java's value there, NVIDIA's value.
    @ParameterizedTest(name = "{0}: out[{1}] is 0x{2} (NVIDIA OpenCL: 0x{3})")
    @CsvSource({
        "Fuzz_4_7_k3.java, 345, 9999999a, b0400000",
        "Fuzz_4_10_k23.java, 346, 00000000, 80000000",
        "Min_4_7_a_absOfMinValueCompared.java, 345, 9999999a, b0400000",
        "Min_4_7_a_absOfMinValueCompared.java, 344, 00000000, 00000001",
        "Min_4_10_a_absOfSelectWithNegativeZero.java, 344, 00000000, 80000000",
    })
    void reproducerComputesJavasValueOnTheEmulatorAndOpenCl(String fileName, int index, String javaHex,
                                                             String nvidiaHex) throws IOException {
        int java = Integer.parseUnsignedInt(javaHex, 16);
        FuzzReplay.Replay onEmulator = FuzzReplay.replay(COMPILER, reproducer(fileName), reference, reference, null);
        assertThat(onEmulator.expected()[index]).as("Java's value of out[%d]", index).isEqualTo(java)
                .isNotEqualTo(Integer.parseUnsignedInt(nvidiaHex, 16));

        assumeTrue(openCl != null, "no OpenCL device on this machine");
        FuzzReplay.Replay onOpenCl = FuzzReplay.replay(COMPILER, reproducer(fileName), reference, openCl, null);
        assertThat(onOpenCl.summary()).startsWith("OK");
        assertThat(onOpenCl.actual()[index]).isEqualTo(java);
    }
}
