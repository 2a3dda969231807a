package loglinear.jit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.cuda.CudaDevice;
import loglinear.jit.emulator.EmulatorDevice;

class DevicesTest {
    @Test
    void opensTheEmulatorByBackendAndBySpec() {
        try (Device byBackend = Devices.open(Backend.EMULATOR);
             Device bySpec = Devices.open("Emulator:3")) {
            assertThat(byBackend).isInstanceOf(EmulatorDevice.class);
            assertThat(byBackend.backend()).isEqualTo(Backend.EMULATOR);
            assertThat(bySpec.name()).contains("3 threads");
        }
    }

    @Test
    void explicitCudaNeverFallsBack() {
        assumeFalse(CudaDevice.isAvailable(), "this machine has CUDA");
        assertThatThrownBy(() -> Devices.open(Backend.CUDA))
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("cuda");
        assertThatThrownBy(() -> Devices.open("cuda:1"))
                .isInstanceOf(DeviceException.class);
    }

    @Test
    void autoReportsWhatItChoseAndWhyEarlierBackendsWereSkipped() {
        Devices.Selection selection = Devices.select(Backend.AUTO);
        try (Device device = selection.device()) {
            String chosen = device.backend().cliName();
            assertThat(selection.reasons()).last().asString().startsWith(chosen + ": chosen");
            assertThat(selection.reasons()).first().asString().startsWith("cuda: ");
            if (device.backend() != Backend.CUDA) {
                assertThat(selection.reasons().get(0)).startsWith("cuda: skipped, ");
            }
            if (device.backend() == Backend.EMULATOR) {
                assertThat(selection.reasons()).hasSize(3);
                assertThat(selection.reasons().get(1)).startsWith("opencl: skipped, ");
            }
            assertThat(selection.report()).startsWith("using " + chosen + ": " + device.name());
        }
    }

    @Test
    void describeAvailableListsEveryBackend() {
        assertThat(Devices.describeAvailable().lines())
                .hasSize(3)
                .satisfiesExactly(
                        cuda -> assertThat(cuda).startsWith("cuda: "),
                        openCl -> assertThat(openCl).startsWith("opencl: "),
                        emulator -> assertThat(emulator).startsWith("emulator: available"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gpu", "cuda:x", "cuda:-1", "emulator:0", "auto:1"})
    void malformedSpecsAreRejected(String spec) {
        assertThatThrownBy(() -> Devices.open(spec)).isInstanceOf(IllegalArgumentException.class);
    }
}
