package dev.camelsage.sage;

import java.util.Arrays;
import java.util.Optional;

/** What a {@code sage:} producer does with the entity named in its URI. */
public enum SageOperation {

    /** {@code GET {Service}/Get}: the list of records matching {@code filter}, as a {@code List}. */
    get,
    /** {@code GET {Service}/Get/{id}}: one record. */
    getById,
    /** {@code POST {Service}/Save}: creates the record (no {@code ID}) or updates it (with an {@code ID}). */
    save,
    /** {@code DELETE {Service}/Delete/{id}}: deletes one record; no body comes back. */
    delete,
    /** Any other method of the service ({@code method} option), sent as GET or POST as that method needs. */
    call;

    /** The operation of a name given in any case, such as {@code getbyid}. */
    public static Optional<SageOperation> parse(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equalsIgnoreCase(name.trim())).findFirst();
    }
}
