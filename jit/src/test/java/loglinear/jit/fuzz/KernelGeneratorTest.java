package loglinear.jit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import loglinear.jit.KernelContext;
import loglinear.jit.tools.fuzz.InMemoryCompiler;
import loglinear.jit.tools.fuzz.KernelGenerator;

/** The random-kernel generator and the in-memory compiler that feeds it to the devices. */
class KernelGeneratorTest {
    @ParameterizedTest
    @ValueSource(longs = {0, 1, -5, 123456789})
    void sameSeedGivesSameSource(long seed) {
        assertThat(new KernelGenerator(seed).kernel("k").source())
                .isEqualTo(new KernelGenerator(seed).kernel("k").source());
        assertThat(new KernelGenerator(seed).kernel("k").source())
                .isNotEqualTo(new KernelGenerator(seed + 1).kernel("k").source());
    }

    @Test
    void compiledKernelsAreStaticWithTheFuzzSignatureAndServeTheirBytecode() throws IOException {
        KernelGenerator generator = new KernelGenerator(99);
        String source = "import loglinear.jit.KernelContext;\npublic final class GenUnit {\n"
                + generator.kernel("k0").source() + generator.kernel("k1").source()
                + KernelGenerator.entry("run0", List.of("k0", "k1"), 1024).source() + "}\n";

        Class<?> unit = new InMemoryCompiler().compile("GenUnit", source);

        for (String name : new String[] {"k0", "k1"}) {
            Method body = findMethod(unit, name);
            assertThat(Modifier.isStatic(body.getModifiers())).isTrue();
            assertThat(body.getParameterTypes())
                    .containsExactly(int.class, int[].class, float[].class, int[].class, int.class);
        }
        Method entry = findMethod(unit, "run0");
        assertThat(Modifier.isStatic(entry.getModifiers()) && Modifier.isPublic(entry.getModifiers())).isTrue();
        assertThat(entry.getParameterTypes())
                .containsExactly(KernelContext.class, int[].class, float[].class, int[].class);
        try (InputStream bytes = unit.getClassLoader().getResourceAsStream("GenUnit.class")) {
            assertThat(bytes).isNotNull();
            byte[] header = bytes.readNBytes(4);
            assertThat(header).containsExactly(0xca, 0xfe, 0xba, 0xbe);
        }
    }

    @Test
    void javacErrorsAreReportedWithDiagnostics() {
        assertThatThrownBy(() -> new InMemoryCompiler().compile("Broken", "public class Broken { int x = ; }"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Broken");
    }

    private static Method findMethod(Class<?> owner, String name) {
        for (Method m : owner.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no method " + name + " in " + owner);
    }
}
