package loglinear.jit.tools.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Exact text replacements applied to every translated kernel before the vendor compiler sees it: tries a proposed
 * translator fix (a changed prelude helper, say) on a device across a whole fuzz run without rebuilding the
 * translator. Counts how many translations each replacement changed, so a replacement that never matches shows up.
 *
 * <p>File format: pairs of lines, the text to find and its replacement; blank lines and lines starting with
 * {@code #} between pairs are ignored.
 */
public final class SourcePatch {
    /** One replacement: every occurrence of {@code find} becomes {@code replacement}. */
    public record Replacement(String find, String replacement) {
        public Replacement {
            if (find == null || find.isEmpty()) {
                throw new IllegalArgumentException("find must be non-empty, got '" + find + "'");
            }
        }
    }

    private final List<Replacement> replacements;
    private final AtomicLongArray applied;

    public SourcePatch(List<Replacement> replacements) {
        this.replacements = List.copyOf(replacements);
        this.applied = new AtomicLongArray(this.replacements.size());
    }

    /** Reads pairs of lines (find, replacement) from {@code file}. */
    public static SourcePatch read(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line);
            }
        }
        if (lines.size() % 2 != 0) {
            throw new IllegalArgumentException("patch file " + file + " must hold pairs of lines (find, replacement),"
                    + " got " + lines.size() + " non-blank lines");
        }
        List<Replacement> replacements = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            replacements.add(new Replacement(lines.get(i), lines.get(i + 1)));
        }
        return new SourcePatch(replacements);
    }

    /** {@code source} with every replacement applied. Thread-safe. */
    public String apply(String source) {
        String patched = source;
        for (int i = 0; i < replacements.size(); i++) {
            Replacement r = replacements.get(i);
            if (patched.contains(r.find())) {
                patched = patched.replace(r.find(), r.replacement());
                applied.incrementAndGet(i);
            }
        }
        return patched;
    }

    /** One line per replacement: how many translations it changed. */
    public String report() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < replacements.size(); i++) {
            String find = replacements.get(i).find();
            text.append(String.format("patch %d applied to %d translations: %s%n", i + 1, applied.get(i),
                    find.length() > 80 ? find.substring(0, 80) + "..." : find));
        }
        return text.toString();
    }
}
