package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Walks paths such as {@code "Lines[].SelectionId"} over an entity, naming each occurrence as ASP.NET does ({@code Lines[0].SelectionId}). */
final class FieldPath {

    /** Called for each object that holds the last path segment. */
    @FunctionalInterface
    interface Visitor {
        void visit(ObjectNode holder, String field, String displayPath);
    }

    private FieldPath() {
    }

    static void visit(ObjectNode root, String path, Visitor visitor) {
        walk(root, path.split("\\."), 0, "", visitor);
    }

    private static void walk(ObjectNode node, String[] segments, int index, String prefix, Visitor visitor) {
        String segment = segments[index];
        if (index == segments.length - 1) {
            visitor.visit(node, segment, prefix + segment);
            return;
        }
        if (segment.endsWith("[]")) {
            String name = segment.substring(0, segment.length() - 2);
            JsonNode array = node.get(name);
            if (array != null && array.isArray()) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i).isObject()) {
                        walk((ObjectNode) array.get(i), segments, index + 1, prefix + name + "[" + i + "].", visitor);
                    }
                }
            }
            return;
        }
        JsonNode child = node.get(segment);
        if (child != null && child.isObject()) {
            walk((ObjectNode) child, segments, index + 1, prefix + segment + ".", visitor);
        }
    }
}
