package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The properties of one Sage model as its Help page types them, and what ASP.NET's JSON binder (JSON.NET) does with
 * them: property names match without regard to case, unknown properties are dropped, and a non-nullable number or
 * boolean that was never set is still written in the answer (0, false), while nulls are left out.
 * <p>
 * A field is declared as {@code "Name type[?] [ro]"}: {@code int}, {@code decimal}, {@code money} (a decimal Sage
 * keeps to cents), {@code bool}, {@code date},
 * {@code string}, {@code guid}, {@code object} or {@code array}; {@code ?} makes it nullable, {@code ro} read-only
 * (Sage computes it, and ignores what a client sends). Writable objects and arrays get their own set with
 * {@link #nest}.
 */
final class FieldSet {

    enum Type { INT, DECIMAL, MONEY, BOOL, DATE, STRING, GUID, OBJECT, ARRAY }

    /** One property; {@code nested} describes the members of a writable object or of the elements of an array. */
    record Field(String name, Type type, boolean nullable, boolean readOnly, FieldSet nested) {
    }

    private static final BigDecimal DECIMAL_ZERO = new BigDecimal("0.0");
    private static final BigDecimal MONEY_ZERO = new BigDecimal("0.00");

    private final Map<String, Field> fields = new LinkedHashMap<>();

    private FieldSet() {
    }

    static FieldSet of(String... specs) {
        FieldSet set = new FieldSet();
        for (String spec : specs) {
            set.add(parse(spec, null));
        }
        return set;
    }

    /** This set plus the given fields (for models that extend another, as CustomerReturn extends the document header). */
    FieldSet with(String... specs) {
        FieldSet copy = copy();
        for (String spec : specs) {
            copy.add(parse(spec, null));
        }
        return copy;
    }

    /** Declares a writable object or array whose members are described by {@code members}. */
    FieldSet nest(String spec, FieldSet members) {
        Field field = parse(spec, members);
        if (field.type != Type.OBJECT && field.type != Type.ARRAY) {
            throw new IllegalArgumentException("Only objects and arrays nest: " + spec);
        }
        FieldSet copy = copy();
        copy.add(field);
        return copy;
    }

    private FieldSet copy() {
        FieldSet copy = new FieldSet();
        fields.values().forEach(copy::add);
        return copy;
    }

    Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT)));
    }

    Collection<Field> fields() {
        return Collections.unmodifiableCollection(fields.values());
    }

    boolean has(String name) {
        return fields.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Binds a request body as JSON.NET binds it to the model: each property under its canonical name (the last of
     * several spellings wins), unknown and read-only properties dropped, writable objects and array elements bound
     * the same way. Values are copied as sent; their types are checked later.
     */
    ObjectNode bind(ObjectNode input) {
        ObjectNode bound = SageJson.object();
        Iterator<Map.Entry<String, JsonNode>> it = input.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> property = it.next();
            Field field = fields.get(property.getKey().toLowerCase(Locale.ROOT));
            if (field == null || field.readOnly) {
                continue;
            }
            bound.remove(field.name);
            bound.set(field.name, bindValue(field, property.getValue()));
        }
        return bound;
    }

    private static JsonNode bindValue(Field field, JsonNode value) {
        if (field.nested == null) {
            return value;
        }
        if (field.type == Type.OBJECT && value.isObject()) {
            return field.nested.bind((ObjectNode) value);
        }
        if (field.type == Type.ARRAY && value.isArray()) {
            ArrayNode elements = SageJson.MAPPER.createArrayNode();
            for (JsonNode element : value) {
                elements.add(element.isObject() ? field.nested.bind((ObjectNode) element) : element);
            }
            return elements;
        }
        return value;
    }

    /**
     * The paths of the fields that match, writable nested members included ({@code "Category.ID"},
     * {@code "Lines[].Quantity"}), in the form {@link FieldPath} walks.
     */
    List<String> paths(Predicate<Field> match) {
        List<String> paths = new ArrayList<>();
        for (Field field : fields.values()) {
            if (match.test(field)) {
                paths.add(field.name);
            }
            if (field.nested != null) {
                String prefix = field.name + (field.type == Type.ARRAY ? "[]." : ".");
                field.nested.paths(match).forEach(p -> paths.add(prefix + p));
            }
        }
        return paths;
    }

    /**
     * Writes 0 or false for every non-nullable number or boolean the entity (and each of its array elements) lacks;
     * never an ID, which only the store assigns.
     */
    void fillDefaults(ObjectNode entity) {
        for (Field field : fields.values()) {
            JsonNode value = entity.get(field.name);
            if (value == null && !field.nullable && !field.name.equals("ID")) {
                switch (field.type) {
                    case INT -> entity.put(field.name, 0);
                    case DECIMAL -> entity.put(field.name, DECIMAL_ZERO);
                    case MONEY -> entity.put(field.name, MONEY_ZERO);
                    case BOOL -> entity.put(field.name, false);
                    default -> { }
                }
            } else if (value != null && field.type == Type.ARRAY && field.nested != null && !field.readOnly) {
                for (JsonNode element : value) {
                    if (element.isObject()) {
                        field.nested.fillDefaults((ObjectNode) element);
                    }
                }
            }
        }
    }

    private void add(Field field) {
        fields.put(field.name.toLowerCase(Locale.ROOT), field);
    }

    private static Field parse(String spec, FieldSet nested) {
        String[] parts = spec.trim().split("\\s+");
        if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !parts[2].equals("ro")) {
            throw new IllegalArgumentException("A field is 'Name type[?] [ro]', not '" + spec + "'");
        }
        boolean nullable = parts[1].endsWith("?");
        String type = nullable ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
        return new Field(parts[0], Type.valueOf(type.toUpperCase(Locale.ROOT)), nullable, parts.length == 3, nested);
    }
}
