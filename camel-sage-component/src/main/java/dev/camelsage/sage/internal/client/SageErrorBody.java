package dev.camelsage.sage.internal.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.model.SageJson;

/**
 * Sage's messages from an error body, whatever its shape: {@code {"Message":...}} (with {@code MessageDetail} or a
 * {@code ModelState} of field messages), a bare JSON string, a JSON array, plain text, or an IIS HTML page.
 */
final class SageErrorBody {

    private static final int MAX_MESSAGE_LENGTH = 500;
    /** IIS error pages say the most in their h2 ("401 - Unauthorized: Access is denied due to ..."), else the title. */
    private static final Pattern HTML_HEADING = Pattern.compile("<h2>(.*?)</h2>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

    private SageErrorBody() {
    }

    static List<String> messages(byte[] body) {
        if (body == null || body.length == 0) {
            return List.of();
        }
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            JsonNode json = SageJson.mapper().readTree(text);
            List<String> messages = new ArrayList<>();
            collect(json, messages);
            if (!messages.isEmpty()) {
                return messages;
            }
        } catch (java.io.IOException notJson) {
            // plain text or HTML: handled below
        }
        return List.of(shorten(text.startsWith("<") ? fromHtml(text) : text));
    }

    private static void collect(JsonNode json, List<String> messages) {
        if (json.isTextual()) {
            messages.add(shorten(json.asText()));
        } else if (json.isArray()) {
            json.forEach(element -> collect(element, messages));
        } else if (json.isObject()) {
            for (String key : List.of("Message", "message", "MessageDetail", "ExceptionMessage", "$message")) {
                JsonNode value = json.get(key);
                if (value != null && value.isTextual() && !value.asText().isBlank()) {
                    messages.add(shorten(value.asText()));
                }
            }
            JsonNode modelState = json.has("ModelState") ? json.get("ModelState") : json.get("modelState");
            if (modelState != null && modelState.isObject()) {
                for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) modelState::fields) {
                    List<String> fieldMessages = new ArrayList<>();
                    collect(field.getValue(), fieldMessages);
                    fieldMessages.forEach(m -> messages.add(shorten(field.getKey() + ": " + m)));
                }
            }
        }
    }

    private static String fromHtml(String html) {
        Matcher heading = HTML_HEADING.matcher(html);
        Matcher title = HTML_TITLE.matcher(html);
        String text = heading.find() ? heading.group(1)
                : title.find() ? title.group(1) : HTML_TAG.matcher(html).replaceAll(" ");
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_MESSAGE_LENGTH ? oneLine : oneLine.substring(0, MAX_MESSAGE_LENGTH) + "...";
    }
}
