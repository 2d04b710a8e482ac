package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.Function;

/**
 * A field that holds the ID of another entity of the same company: it must exist on Save, and while it is there
 * the referenced entity cannot be deleted.
 *
 * @param path       field path, {@code "CustomerId"}, {@code "Category.ID"} or {@code "Lines[].TaxTypeId"}
 * @param targets    the services the ID may belong to, given the object that holds the field
 * @param nameCopy   when set, the referenced entity's Name is copied into this sibling field (e.g. CustomerName)
 */
record Reference(String path, Function<JsonNode, List<String>> targets, String nameCopy) {

    static Reference to(String path, String... services) {
        List<String> list = List.of(services);
        return new Reference(path, owner -> list, null);
    }

    static Reference toNamed(String path, String service, String nameCopy) {
        return new Reference(path, owner -> List.of(service), nameCopy);
    }

    /** A document line's SelectionId is an Item for LineType 0 (the default) and an Account for LineType 1. */
    static Reference lineSelection() {
        return new Reference("Lines[].SelectionId",
                line -> line.path("LineType").asInt(0) == 1 ? List.of("Account") : List.of("Item"), null);
    }
}
