package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything that differs between Sage services, as data: the one generic controller reads it.
 *
 * @param name            the service name as Sage spells it
 * @param kind            which derived fields the simulator maintains
 * @param operations      the actions the controller offers
 * @param required        field paths that must be present (ModelState errors)
 * @param maxLengths      string field paths and their maximum length (ModelState errors)
 * @param references      fields that must name an existing entity of the company
 * @param unique          fields whose value must be unique in the company (a bare JSON string error)
 * @param dates           date fields, normalised to {@code yyyy-MM-ddTHH:mm:ss}
 * @param money           decimal fields rounded to 2 places
 * @param numbers         field paths that must hold numbers (money included); numeric strings are accepted, as .NET does
 * @param documentPrefix  prefix of generated DocumentNumbers, or null
 * @param hasAmountDue    documents that allocations pay (invoices)
 * @param hiddenFromGet   entities that {@code Get} leaves out (system accounts)
 * @param aliases         deprecated field name to current one: accepted on input, both returned
 */
record ServiceSchema(String name, EntityKind kind, Set<Operation> operations, List<String> required,
                     Map<String, Integer> maxLengths, List<Reference> references, List<String> unique,
                     List<String> dates, List<String> money, List<String> numbers, String documentPrefix, boolean hasAmountDue,
                     Predicate<JsonNode> hiddenFromGet, Map<String, String> aliases) {

    /** The ASP.NET parameter name that prefixes ModelState keys: {@code taxInvoice.Lines[0].SelectionId}. */
    String modelName() {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    boolean isStringField(String field) {
        return maxLengths.containsKey(field);
    }

    static Builder builder(String name, EntityKind kind) {
        return new Builder(name, kind);
    }

    static final class Builder {
        private final String name;
        private final EntityKind kind;
        private final Set<Operation> operations = EnumSet.noneOf(Operation.class);
        private final List<String> required = new ArrayList<>();
        private final Map<String, Integer> maxLengths = new LinkedHashMap<>();
        private final List<Reference> references = new ArrayList<>();
        private final List<String> unique = new ArrayList<>();
        private final List<String> dates = new ArrayList<>();
        private final List<String> money = new ArrayList<>();
        private final List<String> numbers = new ArrayList<>();
        private String documentPrefix;
        private boolean hasAmountDue;
        private Predicate<JsonNode> hiddenFromGet = e -> false;
        private final Map<String, String> aliases = new LinkedHashMap<>();

        private Builder(String name, EntityKind kind) {
            this.name = name;
            this.kind = kind;
        }

        Builder operations(Operation... ops) {
            operations.addAll(List.of(ops));
            return this;
        }

        Builder required(String... paths) {
            required.addAll(List.of(paths));
            return this;
        }

        Builder maxLength(int length, String... paths) {
            for (String p : paths) {
                maxLengths.put(p, length);
            }
            return this;
        }

        Builder reference(Reference reference) {
            references.add(reference);
            return this;
        }

        Builder unique(String field) {
            unique.add(field);
            return this;
        }

        Builder dates(String... fields) {
            dates.addAll(List.of(fields));
            return this;
        }

        Builder money(String... fields) {
            money.addAll(List.of(fields));
            return this;
        }

        Builder numbers(String... paths) {
            numbers.addAll(List.of(paths));
            return this;
        }

        Builder documentPrefix(String prefix) {
            this.documentPrefix = prefix;
            return this;
        }

        Builder hasAmountDue() {
            this.hasAmountDue = true;
            return this;
        }

        Builder hiddenFromGet(Predicate<JsonNode> hidden) {
            this.hiddenFromGet = hidden;
            return this;
        }

        Builder alias(String deprecated, String current) {
            aliases.put(deprecated, current);
            return this;
        }

        ServiceSchema build() {
            return new ServiceSchema(name, kind, Set.copyOf(operations), List.copyOf(required), Map.copyOf(maxLengths),
                    List.copyOf(references), List.copyOf(unique), List.copyOf(dates), List.copyOf(money),
                    Stream.concat(money.stream(), numbers.stream()).distinct().toList(),
                    documentPrefix, hasAmountDue, hiddenFromGet, Map.copyOf(aliases));
        }
    }
}
