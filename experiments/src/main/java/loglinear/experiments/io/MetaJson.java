package loglinear.experiments.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flat JSON object of a fixture's {@code meta.json}: string, number and boolean values keyed by name.
 * Nested objects and arrays are not part of that format and are rejected.
 */
public record MetaJson(Path source, Map<String, String> values) {
    private static final Pattern ENTRY = Pattern.compile(
            "\"([^\"]+)\"\\s*:\\s*(\"([^\"]*)\"|true|false|null|-?[0-9][0-9.eE+-]*)\\s*(,|$)");

    public static MetaJson read(Path file) throws IOException {
        String text = Files.readString(file).strip();
        if (!text.startsWith("{") || !text.endsWith("}")) {
            throw new IllegalArgumentException(file + ": expected one JSON object {...}");
        }
        String body = text.substring(1, text.length() - 1).strip();
        if (body.contains("{") || body.contains("[")) {
            throw new IllegalArgumentException(file + ": expected a flat JSON object without nested objects or arrays");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(body);
        int end = 0;
        while (m.find()) {
            if (!body.substring(end, m.start()).isBlank()) {
                throw new IllegalArgumentException(file + ": cannot parse '" + body.substring(end, m.start()).strip() + "'");
            }
            values.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(2));
            end = m.end();
        }
        if (!body.substring(end).isBlank()) {
            throw new IllegalArgumentException(file + ": cannot parse '" + body.substring(end).strip() + "'");
        }
        return new MetaJson(file, values);
    }

    public String string(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException(source + ": missing key \"" + key + "\"");
        }
        return value;
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(string(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": key \"" + key + "\" is '" + string(key) + "', expected an integer");
        }
    }

    public double number(String key, double fallback) {
        return values.containsKey(key) ? Double.parseDouble(string(key)) : fallback;
    }

    public boolean bool(String key, boolean fallback) {
        return values.containsKey(key) ? Boolean.parseBoolean(string(key)) : fallback;
    }
}
