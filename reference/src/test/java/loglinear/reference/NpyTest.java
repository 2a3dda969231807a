package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NpyTest {
    @TempDir
    Path folder;

    static Stream<Arguments> shapes() {
        return Stream.of(Arguments.of((Object) new int[] {}), Arguments.of((Object) new int[] {0}),
                Arguments.of((Object) new int[] {7}), Arguments.of((Object) new int[] {2, 3}),
                Arguments.of((Object) new int[] {2, 0, 4}), Arguments.of((Object) new int[] {1, 5, 2, 3}));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void floatsAndDoublesRoundTrip(int[] shape) {
        Random random = new Random(shape.length);
        int size = (int) NpyArray.elementCount(shape);
        float[] floats = new float[size];
        double[] doubles = new double[size];
        for (int i = 0; i < size; i++) {
            floats[i] = (float) random.nextGaussian();
            doubles[i] = random.nextGaussian();
        }
        Path f = folder.resolve("f.npy");
        Path d = folder.resolve("d.npy");
        Npy.writeFloats(f, shape, floats);
        Npy.writeDoubles(d, shape, doubles);
        NpyArray readFloats = Npy.read(f);
        NpyArray readDoubles = Npy.read(d);
        assertThat(readFloats.shape()).containsExactly(shape);
        assertThat(readFloats.dtype()).isEqualTo(NpyArray.Dtype.FLOAT32);
        assertThat(readFloats.asFloats()).containsExactly(floats);
        assertThat(readDoubles.dtype()).isEqualTo(NpyArray.Dtype.FLOAT64);
        assertThat(readDoubles.asDoubles()).containsExactly(doubles);
        assertThat(readFloats).isEqualTo(NpyArray.ofFloats(shape, floats));
    }

    @Test
    void headerIsVersionOneAlignedToSixtyFourBytesWithPythonTupleSyntax() throws IOException {
        Path file = folder.resolve("x.npy");
        Npy.writeFloats(file, new int[] {3}, new float[] {1, 2, 3});
        byte[] bytes = Files.readAllBytes(file);
        int headerLength = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        String header = new String(bytes, 10, headerLength, StandardCharsets.ISO_8859_1);
        assertThat(bytes[6]).isEqualTo((byte) 1);
        assertThat(bytes[7]).isEqualTo((byte) 0);
        assertThat((10 + headerLength) % 64).isZero();
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }").endsWith("\n");
        assertThat(bytes.length).isEqualTo(10 + headerLength + 12);
    }

    @Test
    void readsVersionTwoHeaders() throws IOException {
        Path file = folder.resolve("v2.npy");
        Files.write(file, npyBytes(2, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 1), }", 16, 2.5, -1.0));
        NpyArray array = Npy.read(file);
        assertThat(array.shape()).containsExactly(2, 1);
        assertThat(array.asDoubles()).containsExactly(2.5, -1.0);
        assertThat(array.asFloats()).containsExactly(2.5f, -1f);
    }

    @Test
    void readsFilesWrittenByNumpy() {
        NpyArray q = Npy.read(Fixture.fixturesDirectory().resolve("mamba2-T65").resolve("q.npy"));
        assertThat(q.shape()).containsExactly(2, 65, 1, 8);
        assertThat(q.dtype()).isEqualTo(NpyArray.Dtype.FLOAT32);
        NpyArray expected = Npy.read(Fixture.fixturesDirectory().resolve("mamba2-T65").resolve("expected_o.npy"));
        assertThat(expected.dtype()).isEqualTo(NpyArray.Dtype.FLOAT64);
    }

    @Test
    void rejectsBigEndianFortranOrderIntegersBadMagicTruncationAndMissingFiles() throws IOException {
        Path bigEndian = write("be.npy", npyBytes(1, "{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }", 8));
        assertThatThrownBy(() -> Npy.read(bigEndian)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("be.npy").hasMessageContaining("'>f4'").hasMessageContaining("'<f4'");
        Path fortran = write("fo.npy", npyBytes(1, "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", 16));
        assertThatThrownBy(() -> Npy.read(fortran)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fo.npy").hasMessageContaining("Fortran order").hasMessageContaining("C order");
        Path ints = write("int.npy", npyBytes(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", 16));
        assertThatThrownBy(() -> Npy.read(ints)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("int.npy").hasMessageContaining("'<i8'").hasMessageContaining("'<f8'");
        Path magic = write("magic.npy", "not a numpy file at all".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Npy.read(magic)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("magic.npy").hasMessageContaining("bad magic");
        Path truncated = write("short.npy", npyBytes(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", 8));
        assertThatThrownBy(() -> Npy.read(truncated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("short.npy").hasMessageContaining("truncated data")
                .hasMessageContaining("12").hasMessageContaining("found 8");
        Path version = write("v9.npy", npyBytes(9, "{}", 0));
        assertThatThrownBy(() -> Npy.read(version)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 9.0");
        Path missing = folder.resolve("missing.npy");
        assertThatThrownBy(() -> Npy.read(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.npy").hasMessageContaining("no such");
    }

    @Test
    void writingLeavesNoTemporaryFilesAndReplacesAtomically() throws IOException {
        Path file = folder.resolve("out.npy");
        Npy.writeFloats(file, new int[] {2}, new float[] {1, 2});
        Npy.writeDoubles(file, new int[] {1}, new double[] {3});
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(Npy.read(file).asDoubles()).containsExactly(3.0);
        assertThatThrownBy(() -> Npy.writeFloats(folder.resolve("no/such/dir/x.npy"), new int[] {1}, new float[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    @Test
    void arrayRejectsDataThatDoesNotFitItsShape() {
        assertThatThrownBy(() -> NpyArray.ofFloats(new int[] {2, 3}, new float[5]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 3]").hasMessageContaining("5");
        assertThatThrownBy(() -> NpyArray.ofDoubles(new int[] {-1}, new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** A .npy file of the given major version and header, followed by dataBytes bytes (or the given doubles). */
    private static byte[] npyBytes(int major, String dict, int dataBytes, double... values) {
        String header = dict + "\n";
        int lengthField = major == 1 ? 2 : 4;
        ByteBuffer buffer = ByteBuffer.allocate(8 + lengthField + header.length() + dataBytes)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            buffer.putShort((short) header.length());
        } else {
            buffer.putInt(header.length());
        }
        buffer.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (double value : values) {
            buffer.putDouble(value);
        }
        return buffer.array();
    }
}
