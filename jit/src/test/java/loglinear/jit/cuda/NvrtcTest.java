package loglinear.jit.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import loglinear.jit.KernelCompileException;
import loglinear.jit.tools.SelfTestKernels;
import loglinear.jit.translate.Dialect;

/** NVRTC compiles CUDA C without a GPU or driver; skipped where libnvrtc is not installed. */
class NvrtcTest {
    private static Nvrtc nvrtc;

    @BeforeAll
    static void load() {
        try {
            nvrtc = Nvrtc.get();
        } catch (RuntimeException e) {
            nvrtc = null;
        }
    }

    private static void requireNvrtc() {
        assumeTrue(nvrtc != null, "libnvrtc.so.13 / .so.12 not found (set -Dloglinear.jit.nvrtc=/path to test)");
    }

    @Test
    void compilesToMachineCodeForTheArchitecture() {
        requireNvrtc();
        Nvrtc.Output out = nvrtc.compile(SelfTestKernels.saxpy(Dialect.CUDA).source(), "saxpy", 9, 0);
        assertThat(out.options()).contains("-default-device", "--std=c++17");
        assertThat(out.image()).isNotEmpty();
        if (out.isCubin()) {
            assertThat(out.architecture()).isEqualTo("sm_90");
            assertThat(new String(out.image(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ELF");
        } else {
            assertThat(new String(out.image(), java.nio.charset.StandardCharsets.US_ASCII)).contains(".entry saxpy");
        }
    }

    @Test
    void compileErrorsCarryTheLog() {
        requireNvrtc();
        String broken = SelfTestKernels.saxpy(Dialect.CUDA).source().replace("a * x[i]", "a * nope[i]");
        assertThatThrownBy(() -> nvrtc.compile(broken, "saxpy", 9, 0))
                .isInstanceOf(KernelCompileException.class).hasMessageContaining("nope");
    }
}
