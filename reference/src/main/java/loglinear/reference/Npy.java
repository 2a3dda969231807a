package loglinear.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's .npy format for little-endian float32 ('&lt;f4') and float64 ('&lt;f8') arrays in C order. Reads format
 * versions 1.0, 2.0 and 3.0; writes 1.0. Anything else is an {@link IllegalArgumentException} naming the file,
 * what was found and what is expected.
 *
 * <p>Writing goes to a temporary file in the target folder that is then moved over the target, so a reader never
 * sees a half-written file.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {}

    /** Reads a float32 or float64 .npy file. */
    public static NpyArray read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such .npy file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        return parse(file, bytes);
    }

    /** Parses the bytes of a .npy file; {@code file} only names it in messages. */
    public static NpyArray parse(Path file, byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < MAGIC.length + 2) {
            throw new IllegalArgumentException(file + ": " + bytes.length + " bytes is too short for a .npy header");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new IllegalArgumentException(file + ": bad magic, expected \\x93NUMPY at the start of a .npy file");
            }
        }
        int major = bytes[6] & 0xff;
        int minor = bytes[7] & 0xff;
        int headerLength;
        int headerStart;
        if (major == 1) {
            requireBytes(file, bytes, 10, "the header length");
            headerLength = Short.toUnsignedInt(buffer.getShort(8));
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            requireBytes(file, bytes, 12, "the header length");
            long length = Integer.toUnsignedLong(buffer.getInt(8));
            if (length > bytes.length) {
                throw new IllegalArgumentException(file + ": truncated header, it claims " + length + " bytes");
            }
            headerLength = (int) length;
            headerStart = 12;
        } else {
            throw new IllegalArgumentException(file + ": .npy format version " + major + "." + minor
                    + ", expected 1.0, 2.0 or 3.0");
        }
        requireBytes(file, bytes, headerStart + headerLength, "the header");
        String header = new String(bytes, headerStart, headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyArray.Dtype dtype = dtypeOf(file, header);
        requireCOrder(file, header);
        int[] shape = shapeOf(file, header);
        long elements = NpyArray.elementCount(shape);
        int dataStart = headerStart + headerLength;
        long expectedBytes = elements * dtype.bytes();
        long foundBytes = bytes.length - (long) dataStart;
        if (foundBytes != expectedBytes) {
            throw new IllegalArgumentException(file + ": " + (foundBytes < expectedBytes ? "truncated data" : "extra data")
                    + ", shape " + java.util.Arrays.toString(shape) + " of " + dtype.descr() + " needs "
                    + expectedBytes + " data bytes, found " + foundBytes);
        }
        buffer.position(dataStart);
        if (dtype == NpyArray.Dtype.FLOAT32) {
            float[] data = new float[(int) elements];
            buffer.asFloatBuffer().get(data);
            return NpyArray.ofFloats(shape, data);
        }
        double[] data = new double[(int) elements];
        buffer.asDoubleBuffer().get(data);
        return NpyArray.ofDoubles(shape, data);
    }

    /** Writes {@code array} as a version 1.0 .npy file (atomically replacing {@code file}). */
    public static void write(Path file, NpyArray array) {
        byte[] encoded = encode(array);
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, absolute.getFileName() + ".", ".tmp");
            Files.write(temporary, encoded);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": folder " + folder + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write already failed; that failure is the one reported
                }
            }
        }
    }

    public static void writeFloats(Path file, int[] shape, float[] data) {
        write(file, NpyArray.ofFloats(shape, data));
    }

    public static void writeDoubles(Path file, int[] shape, double[] data) {
        write(file, NpyArray.ofDoubles(shape, data));
    }

    /** The bytes of a version 1.0 .npy file holding {@code array}; the header is padded to 64 bytes. */
    public static byte[] encode(NpyArray array) {
        StringBuilder dict = new StringBuilder("{'descr': '").append(array.dtype().descr())
                .append("', 'fortran_order': False, 'shape': (");
        int[] shape = array.shape();
        for (int i = 0; i < shape.length; i++) {
            dict.append(shape[i]).append(i == 0 && shape.length == 1 ? "," : i < shape.length - 1 ? ", " : "");
        }
        dict.append("), }");
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
        String header = dict + " ".repeat(padding) + "\n";
        if (header.length() > 0xffff) {
            throw new IllegalArgumentException("shape " + java.util.Arrays.toString(shape)
                    + " makes a header too long for .npy version 1.0");
        }
        int dataBytes = array.size() * array.dtype().bytes();
        ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + 4 + header.length() + dataBytes)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buffer.put(header.getBytes(StandardCharsets.ISO_8859_1));
        if (array.dtype() == NpyArray.Dtype.FLOAT32) {
            buffer.asFloatBuffer().put(array.float32());
        } else {
            buffer.asDoubleBuffer().put(array.float64());
        }
        return buffer.array();
    }

    private static NpyArray.Dtype dtypeOf(Path file, String header) {
        Matcher matcher = DESCR.matcher(header);
        if (!matcher.find()) {
            throw new IllegalArgumentException(file + ": header has no 'descr' entry, expected '<f4' or '<f8': "
                    + header.strip());
        }
        String descr = matcher.group(1);
        for (NpyArray.Dtype dtype : NpyArray.Dtype.values()) {
            if (dtype.descr().equals(descr)) {
                return dtype;
            }
        }
        throw new IllegalArgumentException(file + ": dtype '" + descr + "' is not supported, expected '<f4' (float32)"
                + " or '<f8' (float64), little endian");
    }

    private static void requireCOrder(Path file, String header) {
        Matcher matcher = FORTRAN.matcher(header);
        if (!matcher.find()) {
            throw new IllegalArgumentException(file + ": header has no 'fortran_order' entry: " + header.strip());
        }
        if (matcher.group(1).equals("True")) {
            throw new IllegalArgumentException(file + ": array is in Fortran order (fortran_order: True),"
                    + " expected C order (fortran_order: False)");
        }
    }

    private static int[] shapeOf(Path file, String header) {
        Matcher matcher = SHAPE.matcher(header);
        if (!matcher.find()) {
            throw new IllegalArgumentException(file + ": header has no 'shape' tuple: " + header.strip());
        }
        List<Integer> dims = new ArrayList<>();
        for (String part : matcher.group(1).split(",")) {
            String trimmed = part.strip();
            if (trimmed.endsWith("L")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                int dim = Integer.parseInt(trimmed);
                if (dim < 0) {
                    throw new IllegalArgumentException(file + ": shape (" + matcher.group(1)
                            + ") has a negative size, expected sizes >= 0");
                }
                dims.add(dim);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": shape entry '" + part.strip() + "' is not a size in "
                        + "int range: (" + matcher.group(1) + ")", e);
            }
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void requireBytes(Path file, byte[] bytes, long needed, String what) {
        if (bytes.length < needed) {
            throw new IllegalArgumentException(file + ": truncated " + what + ", file has " + bytes.length
                    + " bytes, needs at least " + needed);
        }
    }
}
