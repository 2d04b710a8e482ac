package dev.camelsage.simulator;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The builder's choices where Sage's behaviour is uncertain or regional, read by every part of the simulator.
 *
 * @param region                 tax types, currency and company names of the seed
 * @param acceptBareApiKey       whether a key without its braces is accepted (Sage issues and expects them)
 * @param emptyModifiedOnCreate  whether a new record has no Modified until its first update
 * @param stringFilters          whether $filter and $orderby on strings are refused or evaluated
 * @param taxPercentageFraction  whether a line's TaxPercentage is a fraction (0.15) instead of a percentage (15)
 * @param deleteOverrides        services (lower case) whose Delete is switched on or off against the catalog
 */
record Behaviour(Region region, boolean acceptBareApiKey, boolean emptyModifiedOnCreate, StringFilters stringFilters,
                 boolean taxPercentageFraction, Map<String, Boolean> deleteOverrides) {

    Behaviour {
        deleteOverrides = Map.copyOf(deleteOverrides);
    }

    /** The operations a service offers in this simulator: the catalog's, with Delete switched as configured. */
    Set<Operation> operations(ServiceSchema schema) {
        if (deleteOverrides.isEmpty()) {
            return schema.operations();
        }
        Boolean delete = deleteOverrides.get(schema.name().toLowerCase(Locale.ROOT));
        if (delete == null) {
            return schema.operations();
        }
        Set<Operation> operations = schema.operations().isEmpty() ? EnumSet.noneOf(Operation.class)
                : EnumSet.copyOf(schema.operations());
        if (delete) {
            operations.add(Operation.DELETE);
        } else {
            operations.remove(Operation.DELETE);
        }
        return operations;
    }
}
