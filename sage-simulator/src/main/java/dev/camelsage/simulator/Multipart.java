package dev.camelsage.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578), as attachment uploads send it: ricomaster's client posts a part
 * {@code file} (the bytes, with a filename) and a text part {@code {Entity}Id}.
 */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|[^;\\s]+)");
    private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)\\bfilename=\"([^\"]*)\"");

    /** One part: its form field name, the file name if any, its Content-Type if any, and its bytes. */
    record Part(String name, String fileName, String contentType, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8).trim();
        }
    }

    private Multipart() {
    }

    /** The parts, or a 400 that names what is wrong with the body. */
    static List<Part> parse(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            throw invalid("the Content-Type has no boundary");
        }
        byte[] delimiter = ("--" + (m.group(2) != null ? m.group(2) : m.group(1))).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw invalid("the body does not contain its boundary");
        }
        while (true) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return parts;
            }
            start = skipLineBreak(body, start);
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                throw invalid("the last part is not closed by its boundary");
            }
            parts.add(part(Arrays.copyOfRange(body, start, trimLineBreak(body, start, next))));
            at = next;
        }
    }

    static Optional<Part> find(List<Part> parts, String name) {
        return parts.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    private static Part part(byte[] raw) {
        int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        int gap = 4;
        if (split < 0) {
            split = indexOf(raw, "\n\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            gap = 2;
        }
        if (split < 0) {
            throw invalid("a part has no blank line after its headers");
        }
        String name = null;
        String fileName = null;
        String contentType = null;
        for (String header : new String(raw, 0, split, StandardCharsets.UTF_8).split("\r?\n")) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                Matcher n = NAME.matcher(header);
                name = n.find() ? n.group(1) : null;
                Matcher f = FILENAME.matcher(header);
                fileName = f.find() ? f.group(1) : null;
            } else if (lower.startsWith("content-type:")) {
                contentType = header.substring("content-type:".length()).trim();
            }
        }
        if (name == null) {
            throw invalid("a part has no Content-Disposition: form-data; name=\"...\"");
        }
        return new Part(name, fileName, contentType, Arrays.copyOfRange(raw, split + gap, raw.length));
    }

    private static int skipLineBreak(byte[] b, int i) {
        if (i < b.length && b[i] == '\r') {
            i++;
        }
        return i < b.length && b[i] == '\n' ? i + 1 : i;
    }

    private static int trimLineBreak(byte[] b, int start, int end) {
        if (end > start && b[end - 1] == '\n') {
            end--;
            if (end > start && b[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static SageError invalid(String problem) {
        return SageError.message(400, "The request is invalid. The multipart/form-data body is malformed: " + problem + ".");
    }
}
