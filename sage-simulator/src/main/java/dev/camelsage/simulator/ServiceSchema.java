package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything that differs between Sage services, as data: the one generic controller reads it.
 *
 * @param name            the service name as Sage spells it
 * @param kind            which derived fields the simulator maintains
 * @param operations      the actions the controller offers
 * @param fields          the model's properties: what a Save binds and what an answer always carries
 * @param required        field paths that must be present (ModelState errors)
 * @param maxLengths      string field paths and their maximum length (ModelState errors)
 * @param references      fields that must name an existing entity of the company
 * @param unique          fields whose value must be unique in the company (a bare JSON string error)
 * @param documentPrefix  prefix of generated DocumentNumbers, or null
 * @param timestamps      whether the model has Created and Modified (JournalEntry, AccountNote and CustomerWriteOff do not)
 * @param party           "Customer" or "Supplier" for documents and payments whose {@code {party}Id} moves a balance
 * @param allocation      whether allocations pay this document (TARGET) or are paid from it (SOURCE)
 * @param outstanding     the field holding what allocations have not yet used up (AmountDue or TotalUnallocated)
 * @param paidStatus      whether Paid, Status and StatusId follow AmountDue (invoices)
 * @param lineUnitCost    whether item lines carry the item's cost as UnitCost ("only available on TaxInvoices")
 * @param embeds          {@code include...Details} flags of Get and the related object each embeds
 * @param derivation      fields computed on every Save from the entity (and the version it replaces)
 * @param hiddenFromGet   entities that {@code Get} leaves out (system accounts)
 * @param aliases         deprecated field name to current one: accepted on input, both returned
 * @param attachmentOf    for an {Entity}Attachment service, the service whose entities carry the files
 * @param deleteEvidence  why the catalog offers Delete or not, with the source
 * @param writablePaths   the paths of the writable fields per type, computed once from {@code fields}
 * @param moneyPaths      the paths of every money field, read-only ones included: all are kept to cents
 */
record ServiceSchema(String name, EntityKind kind, Set<Operation> operations, FieldSet fields, List<String> required,
                     Map<String, Integer> maxLengths, List<Reference> references, List<String> unique,
                     String documentPrefix, boolean timestamps, String party, Allocation allocation, String outstanding,
                     boolean paidStatus, boolean lineUnitCost, List<Embed> embeds, Derivation derivation, Predicate<JsonNode> hiddenFromGet,
                     Map<String, String> aliases, String attachmentOf, String deleteEvidence,
                     Map<FieldSet.Type, List<String>> writablePaths, List<String> moneyPaths) {

    /** How allocations treat a document. */
    enum Allocation { NONE, SOURCE, TARGET }

    /** A Get flag ({@code includeCustomerDetails}) that embeds the entity named by {@code idField} as {@code field}. */
    record Embed(String flag, String field, String idField, String service) {
    }

    /** Computes read-only fields on Save; {@code previous} is the stored version an update replaces, or null. */
    @FunctionalInterface
    interface Derivation {
        void derive(ObjectNode entity, ObjectNode previous, long companyId);
    }

    /** The ASP.NET parameter name that prefixes ModelState keys: {@code taxInvoice.Lines[0].SelectionId}. */
    String modelName() {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Paths of the writable fields of these types, nested members included: what the validator checks and coerces. */
    List<String> paths(FieldSet.Type... types) {
        if (types.length == 1) {
            return writablePaths.getOrDefault(types[0], List.of());
        }
        List<String> paths = new ArrayList<>();
        for (FieldSet.Type type : types) {
            paths.addAll(writablePaths.getOrDefault(type, List.of()));
        }
        return paths;
    }

    static Builder builder(String name, EntityKind kind, FieldSet fields) {
        return new Builder(name, kind, fields);
    }

    static final class Builder {
        private final String name;
        private final EntityKind kind;
        private final FieldSet fields;
        private final Set<Operation> operations = EnumSet.noneOf(Operation.class);
        private final List<String> required = new ArrayList<>();
        private final Map<String, Integer> maxLengths = new LinkedHashMap<>();
        private final List<Reference> references = new ArrayList<>();
        private final List<String> unique = new ArrayList<>();
        private String documentPrefix;
        private boolean timestamps = true;
        private String party;
        private Allocation allocation = Allocation.NONE;
        private String outstanding;
        private boolean paidStatus;
        private boolean lineUnitCost;
        private final List<Embed> embeds = new ArrayList<>();
        private Derivation derivation = (entity, previous, companyId) -> { };
        private Predicate<JsonNode> hiddenFromGet = e -> false;
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private String attachmentOf;
        private String deleteEvidence;

        private Builder(String name, EntityKind kind, FieldSet fields) {
            this.name = name;
            this.kind = kind;
            this.fields = fields;
        }

        Builder operations(Operation... ops) {
            operations.addAll(List.of(ops));
            return this;
        }

        /** Offers Delete, or records that Sage has none; either way with the evidence for the README's table. */
        Builder delete(boolean offered, String evidence) {
            if (offered) {
                operations.add(Operation.DELETE);
            } else {
                operations.remove(Operation.DELETE);
            }
            this.deleteEvidence = evidence;
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

        Builder documentPrefix(String prefix) {
            this.documentPrefix = prefix;
            return this;
        }

        Builder noTimestamps() {
            this.timestamps = false;
            return this;
        }

        Builder party(String party) {
            this.party = party;
            return this;
        }

        /** Allocations pay this document off; {@code outstandingField} shows what is left. */
        Builder allocationTarget(String outstandingField) {
            this.allocation = Allocation.TARGET;
            this.outstanding = outstandingField;
            return this;
        }

        /** Allocations use this document up; {@code outstandingField} shows what is left. */
        Builder allocationSource(String outstandingField) {
            this.allocation = Allocation.SOURCE;
            this.outstanding = outstandingField;
            return this;
        }

        Builder paidStatus() {
            this.paidStatus = true;
            return this;
        }

        Builder lineUnitCost() {
            this.lineUnitCost = true;
            return this;
        }

        Builder embed(String flag, String field, String idField, String service) {
            embeds.add(new Embed(flag, field, idField, service));
            return this;
        }

        Builder derive(Derivation derivation) {
            this.derivation = derivation;
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

        Builder attachmentOf(String service) {
            this.attachmentOf = service;
            return this;
        }

        ServiceSchema build() {
            for (String path : List.copyOf(maxLengths.keySet())) {
                if (!path.contains("[") && !path.contains(".") && !fields.has(path)) {
                    throw new IllegalStateException(name + " limits the length of " + path + ", which its model lacks");
                }
            }
            return new ServiceSchema(name, kind, Set.copyOf(operations), fields, List.copyOf(required),
                    Map.copyOf(maxLengths), List.copyOf(references), List.copyOf(unique),
                    documentPrefix, timestamps, party, allocation, outstanding, paidStatus, lineUnitCost, List.copyOf(embeds),
                    derivation, hiddenFromGet, Map.copyOf(aliases), attachmentOf, deleteEvidence, writablePaths(),
                    fields.paths(f -> f.type() == FieldSet.Type.MONEY));
        }

        private Map<FieldSet.Type, List<String>> writablePaths() {
            Map<FieldSet.Type, List<String>> paths = new EnumMap<>(FieldSet.Type.class);
            for (FieldSet.Type type : FieldSet.Type.values()) {
                paths.put(type, fields.paths(f -> f.type() == type && !f.readOnly()));
            }
            return Map.copyOf(paths);
        }
    }
}
