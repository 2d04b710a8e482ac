package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the captures under {@code src/test/resources/captures} (see the README there for their sources). */
final class Captures {

    private Captures() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Captures.class.getResourceAsStream("/captures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No capture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    static JsonNode json(String path) {
        try {
            return SageCall.JSON.readTree(bytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A captured {@code *_Headers} file: the status code, and the headers by lower-case name. */
    record Headers(int status, Map<String, String> headers) {

        String get(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static Headers headers(String path) {
        List<String> lines = text(path).lines().toList();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return new Headers(Integer.parseInt(lines.get(0).split(" ")[1]), headers);
    }
}
