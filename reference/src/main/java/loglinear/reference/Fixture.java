package loglinear.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One test case of {@code shared/fixtures/<case>/}: float32 inputs ({@code q k v g [beta] lambda} .npy), the
 * float64 {@code expected_o.npy} and {@code meta.json} (variant, scale, qkL2Norm, B, T, G, H, K, V). L is the last
 * dimension of {@code lambda.npy}.
 */
public record Fixture(String name, Variant variant, Options options, Inputs inputs, double[] expectedOutput) {
    /** System property naming the shared folder; set by the build for tests. */
    public static final String SHARED_PROPERTY = "loglinear.shared";

    public Shape shape() {
        return inputs.shape();
    }

    /**
     * The shared folder: the {@value #SHARED_PROPERTY} property when set, else {@code ../shared} or
     * {@code ../../shared} relative to the working directory, whichever holds a {@code fixtures} folder.
     */
    public static Path sharedDirectory() {
        List<Path> tried = new ArrayList<>();
        String property = System.getProperty(SHARED_PROPERTY);
        if (property != null && !property.isBlank()) {
            tried.add(Path.of(property));
        }
        tried.add(Path.of("..", "shared"));
        tried.add(Path.of("..", "..", "shared"));
        for (Path candidate : tried) {
            if (Files.isDirectory(candidate.resolve("fixtures"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalArgumentException("no shared folder with fixtures/ found; tried " + tried + " from "
                + Path.of("").toAbsolutePath() + " (set -D" + SHARED_PROPERTY + "=<path>)");
    }

    public static Path fixturesDirectory() {
        return sharedDirectory().resolve("fixtures");
    }

    /** Names of every fixture folder (those holding a meta.json), sorted. */
    public static List<String> caseNames() {
        try (Stream<Path> entries = Files.list(fixturesDirectory())) {
            return entries.filter(dir -> Files.isRegularFile(dir.resolve("meta.json")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fixturesDirectory(), e);
        }
    }

    /** Loads {@code shared/fixtures/<caseName>}. */
    public static Fixture load(String caseName) {
        return load(fixturesDirectory().resolve(caseName));
    }

    /** Loads a fixture folder, checking every tensor's shape against meta.json. */
    public static Fixture load(Path folder) {
        Map<String, Object> meta = parseFlatJson(folder.resolve("meta.json"));
        Variant variant = Variant.fromCliName(string(meta, "variant", folder));
        Options options = new Options(number(meta, "scale", folder), bool(meta, "qkL2Norm", folder));
        int batch = integer(meta, "B", folder);
        int length = integer(meta, "T", folder);
        int groups = integer(meta, "G", folder);
        int heads = integer(meta, "H", folder);
        int keyDim = integer(meta, "K", folder);
        int valueDim = integer(meta, "V", folder);
        NpyArray lambdaArray = Npy.read(folder.resolve("lambda.npy"));
        if (lambdaArray.rank() != 4) {
            throw new IllegalArgumentException(folder.resolve("lambda.npy") + ": shape "
                    + Arrays.toString(lambdaArray.shape()) + ", expected [B, T, H, L] = [" + batch + ", " + length
                    + ", " + heads + ", L]");
        }
        Shape shape = new Shape(batch, length, heads, groups, keyDim, valueDim, lambdaArray.dim(3));
        float[] q = tensor(folder, "q", shape.qkDims());
        float[] k = tensor(folder, "k", shape.qkDims());
        float[] v = tensor(folder, "v", shape.vDims());
        float[] g = tensor(folder, "g", shape.gateDims());
        float[] beta = Files.exists(folder.resolve("beta.npy")) ? tensor(folder, "beta", shape.gateDims()) : null;
        float[] lambda = tensor(folder, "lambda", shape.lambdaDims());
        NpyArray expected = Npy.read(folder.resolve("expected_o.npy"));
        requireShape(folder.resolve("expected_o.npy"), expected, shape.vDims());
        Inputs inputs = new Inputs(shape, q, k, v, g, beta, lambda).requireFor(variant);
        return new Fixture(folder.getFileName().toString(), variant, options, inputs, expected.asDoubles());
    }

    @Override
    public String toString() {
        return name + " (" + variant.cliName() + ", " + shape() + ")";
    }

    private static float[] tensor(Path folder, String name, int[] expectedShape) {
        Path file = folder.resolve(name + ".npy");
        NpyArray array = Npy.read(file);
        requireShape(file, array, expectedShape);
        if (array.dtype() != NpyArray.Dtype.FLOAT32) {
            throw new IllegalArgumentException(file + ": dtype " + array.dtype().descr()
                    + ", expected '<f4' (float32) for an input tensor");
        }
        return array.float32();
    }

    private static void requireShape(Path file, NpyArray array, int[] expected) {
        if (!Arrays.equals(array.shape(), expected)) {
            throw new IllegalArgumentException(file + ": shape " + Arrays.toString(array.shape()) + ", expected "
                    + Arrays.toString(expected));
        }
    }

    // ---------------------------------------------------------------- meta.json: one flat object

    private static String string(Map<String, Object> meta, String key, Path folder) {
        return (String) field(meta, key, String.class, folder);
    }

    private static double number(Map<String, Object> meta, String key, Path folder) {
        return (Double) field(meta, key, Double.class, folder);
    }

    private static boolean bool(Map<String, Object> meta, String key, Path folder) {
        return (Boolean) field(meta, key, Boolean.class, folder);
    }

    private static int integer(Map<String, Object> meta, String key, Path folder) {
        double value = number(meta, key, folder);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(folder.resolve("meta.json") + ": \"" + key + "\" is " + value
                    + ", expected an integer");
        }
        return (int) value;
    }

    private static Object field(Map<String, Object> meta, String key, Class<?> type, Path folder) {
        Object value = meta.get(key);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(folder.resolve("meta.json") + ": \"" + key + "\" is "
                    + (value == null ? "missing" : value + " (" + value.getClass().getSimpleName() + ")")
                    + ", expected a " + type.getSimpleName());
        }
        return value;
    }

    /** Parses a JSON object whose values are strings, numbers, booleans or null (no nesting). */
    static Map<String, Object> parseFlatJson(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        return new FlatJsonParser(file, text).object();
    }

    /** A recursive-descent reader for one flat JSON object. */
    private static final class FlatJsonParser {
        private final Path file;
        private final String text;
        private int at;

        FlatJsonParser(Path file, String text) {
            this.file = file;
            this.text = text;
        }

        Map<String, Object> object() {
            Map<String, Object> fields = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                at++;
            } else {
                while (true) {
                    String key = stringLiteral();
                    expect(':');
                    fields.put(key, value());
                    char next = next();
                    if (next == '}') {
                        break;
                    }
                    if (next != ',') {
                        throw error("expected ',' or '}' but found '" + next + "'");
                    }
                }
            }
            if (peek() != 0) {
                throw error("unexpected text after the object");
            }
            return fields;
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return stringLiteral();
            }
            if (text.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            if (text.startsWith("null", at)) {
                at += 4;
                return null;
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return Double.parseDouble(text.substring(start, at));
            } catch (NumberFormatException e) {
                at = start;
                throw error("expected a string, number, true, false or null (nested values are not supported)");
            }
        }

        private String stringLiteral() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    if (at >= text.length()) {
                        break;
                    }
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            if (at + 4 > text.length()) {
                                throw error("truncated \\u escape");
                            }
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
            throw error("unterminated string");
        }

        private void expect(char expected) {
            char found = next();
            if (found != expected) {
                throw error("expected '" + expected + "' but found " + (found == 0 ? "the end" : "'" + found + "'"));
            }
        }

        /** The next non-blank character, consumed; 0 at the end. */
        private char next() {
            char c = peek();
            if (c != 0) {
                at++;
            }
            return c;
        }

        /** The next non-blank character, not consumed; 0 at the end. */
        private char peek() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at < text.length() ? text.charAt(at) : 0;
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ": " + message + " at character " + at);
        }
    }
}
