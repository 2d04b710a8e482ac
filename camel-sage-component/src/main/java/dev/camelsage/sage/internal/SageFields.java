package dev.camelsage.sage.internal;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Fields of a record as JSON, named as Sage does: without regard to case ({@code reference} is {@code Reference}). */
public final class SageFields {

    private SageFields() {
    }

    /** The field's value as text, or {@code null} when the record has no such value (absent, null, or an object). */
    public static String text(JsonNode record, String field) {
        JsonNode node = record.get(field);
        if (node == null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getKey().equalsIgnoreCase(field)) {
                    node = entry.getValue();
                    break;
                }
            }
        }
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }
}
