package dev.camelsage.sage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers public clients recorded from the live Sage API, from the simulator's test-jar ({@code /captures}; each
 * file's source, repository, path and commit, is in the README next to the files in sage-simulator).
 */
public final class Captures {

    private Captures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Captures.class.getResourceAsStream("/captures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No capture " + path + " on the test classpath: the component's"
                                                   + " tests need the simulator's test-jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A captured answer: the status line's code, the headers as captured, and the body (empty when none was kept). */
    public record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    }

    /**
     * The answer captured as {@code <name>_Headers} (status line, then one header a line) and {@code <name>} or
     * {@code <name>.json} (the body), in a folder of darrynten/sage-one-php's HttpResponseCodes.
     */
    public static Answer answer(String folder, String name, String bodyFile) {
        List<String> lines = new String(bytes(folder + "/" + name + "_Headers"), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank()).toList();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim(), h -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        int status = Integer.parseInt(lines.get(0).split(" ")[1]);
        return new Answer(status, headers, bodyFile == null ? new byte[0] : bytes(folder + "/" + bodyFile));
    }
}
