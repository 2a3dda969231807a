package loglinear.jit.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.Devices;
import loglinear.jit.ElementType;
import loglinear.jit.KernelCompileException;
import loglinear.jit.Range;
import loglinear.jit.tools.conformance.MemoryKernels;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.Translator;

/**
 * {@code KernelContext.loadFloatPair}/{@code storeFloatPair}: the generated CUDA and OpenCL code, and the checks on
 * bad use (odd indices on the emulator, private arrays in the translator). The results on every backend are the
 * conformance case {@code memory.floatPairs}.
 */
class FloatPairTest {

    @Test
    void cudaUsesEightByteAccessesAndOpenClVectorLoadsAndStores() {
        Method m = java.util.Arrays.stream(MemoryKernels.class.getMethods())
                .filter(x -> x.getName().equals("floatPairs")).findFirst().orElseThrow();
        assertThat(Translator.translate(m, Dialect.CUDA).source()).contains("*(float2*)(", "make_float2(",
                "*(const float2*)(");
        assertThat(Translator.translate(m, Dialect.OPENCL).source()).contains("vstore2((float2)(", "vload2(0, ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"privateStore:storeFloatPair: the array must be a global array",
        "privateLoad:loadFloatPair: the array must be a global array"})
    void translatorRejectsPrivateArrays(String kernelAndMessage) {
        Method m = FloatPairMisuseKernels.method(kernelAndMessage.split(":", 2)[0]);
        for (Dialect dialect : Dialect.values()) {
            assertThatThrownBy(() -> Translator.translate(m, dialect))
                    .isInstanceOf(KernelCompileException.class)
                    .hasMessageContaining(kernelAndMessage.split(":", 2)[1])
                    .hasMessageContaining(FloatPairMisuseKernels.class.getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"oddStore:storeFloatPair: index must be even", "oddLoad:loadFloatPair: index must be even"})
    void emulatorRejectsOddIndices(String kernelAndMessage) {
        try (Device emulator = Devices.open("emulator");
             DeviceBuffer src = emulator.allocate(ElementType.FLOAT, 256);
             DeviceBuffer dst = emulator.allocate(ElementType.FLOAT, 256)) {
            assertThatThrownBy(() -> {
                emulator.launch(emulator.compile(FloatPairMisuseKernels.class, kernelAndMessage.split(":", 2)[0]),
                        new Range(64, 1, 1), new Range(64, 1, 1), src, dst);
                emulator.synchronize();
            }).hasStackTraceContaining(kernelAndMessage.split(":", 2)[1]);
        }
    }
}
