package dev.camelsage.sage.internal.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.model.SageJson;

/**
 * A successful (2xx) answer from Sage.
 *
 * @param statusCode  the HTTP status
 * @param location    the {@code Location} header (set by a create), or {@code null}
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param body        the body as received; empty for a delete's 204
 */
public record SageResponse(int statusCode, String location, String contentType, byte[] body) {

    public boolean isEmpty() {
        return body == null || body.length == 0;
    }

    /** Whether the body is JSON, by its media type, or by its first byte when Sage named none. */
    public boolean isJson() {
        if (isEmpty()) {
            return false;
        }
        if (contentType != null) {
            return contentType.toLowerCase(Locale.ROOT).contains("json");
        }
        byte first = body[0];
        return first == '{' || first == '[' || first == '"' || first == 't' || first == 'f' || first == 'n'
                || first == '-' || (first >= '0' && first <= '9');
    }

    /** Whether the body is text that is not JSON ({@code text/*}). */
    public boolean isText() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/");
    }

    /** The body as JSON; {@code null} when it is empty. */
    public JsonNode json() {
        if (isEmpty()) {
            return null;
        }
        try {
            return SageJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Sage answered " + statusCode + " with a body that is not JSON", e);
        }
    }
}
