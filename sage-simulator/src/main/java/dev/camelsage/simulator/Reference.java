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
 * @param copyFrom   when set, this field of the referenced entity is copied ...
 * @param copyTo     ... into this field of the object that holds the reference (e.g. Name into CustomerName)
 */
record Reference(String path, Function<JsonNode, List<String>> targets, String copyFrom, String copyTo) {

    static Reference to(String path, String... services) {
        List<String> list = List.of(services);
        return new Reference(path, owner -> list, null, null);
    }

    /** A reference whose target's Name Sage repeats next to it, e.g. CustomerId and CustomerName. */
    static Reference toNamed(String path, String service, String nameField) {
        return new Reference(path, owner -> List.of(service), "Name", nameField);
    }

    /** An embedded category {@code {"ID":..}} that Sage answers with its Description filled in. */
    static Reference toCategory(String service) {
        return new Reference("Category.ID", owner -> List.of(service), "Description", "Description");
    }

    /** A document line's SelectionId is an Item for LineType 0 (the default) and an Account for LineType 1. */
    static Reference lineSelection() {
        return new Reference("Lines[].SelectionId",
                line -> line.path("LineType").asInt(0) == 1 ? List.of("Account") : List.of("Item"), null, null);
    }
}
