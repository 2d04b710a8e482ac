package dev.camelsage.sage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelsage.sage.model.SageJson;
import dev.camelsage.sage.internal.paging.SageRecordReader;
import dev.camelsage.sage.model.SageEntity;

/**
 * Converts between Sage JSON and what routes hold, for one entity: records become the entity's model class, or
 * {@code Map} for services without one; a body to send may be a model object, a {@code Map}, a {@code List} of them,
 * or JSON as {@code String}, {@code byte[]} or {@code InputStream}. Shared by the producer, the pager and the consumer.
 */
public final class SageEntityConverter {

    private final ObjectMapper mapper = SageJson.mapper();
    private final String entity;
    private final Class<?> type;
    private final SageRecordReader<Object> reader;

    @SuppressWarnings("unchecked")
    public SageEntityConverter(String entity, Class<?> type) {
        this.entity = entity;
        this.type = type;
        this.reader = SageRecordReader.of(mapper, (Class<Object>) type);
    }

    /** The class records of this entity are read as. */
    public Class<?> type() {
        return type;
    }

    /** Reads list pages straight into this entity's records. */
    public SageRecordReader<Object> reader() {
        return reader;
    }

    /** A body Sage answered with: one record as the model class, an array as a list, a plain value as it is. */
    public Object fromBytes(byte[] json) {
        if (json == null || json.length == 0) {
            return null;
        }
        try {
            return toEntity(mapper.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Sage answered with a body that is not JSON", e);
        }
    }

    /** One record (an object) as the model class; arrays become lists, plain values stay plain. */
    public Object toEntity(JsonNode json) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            return null;
        }
        if (json.isArray()) {
            List<Object> list = new ArrayList<>(json.size());
            json.forEach(element -> list.add(toEntity(element)));
            return list;
        }
        return convert(json, json.isObject() ? type : Object.class);
    }

    /** Records as model objects, in order. */
    public List<Object> toEntities(Iterable<JsonNode> records) {
        List<Object> list = new ArrayList<>();
        records.forEach(json -> list.add(toEntity(json)));
        return list;
    }

    /** Any JSON as plain Java: objects as {@code Map}, arrays as {@code List}, numbers as exact decimals. */
    public Object toPlain(JsonNode json) {
        return json == null ? null : convert(json, Object.class);
    }

    /**
     * A message body as the JSON to send.
     *
     * @throws IllegalArgumentException when the body is not JSON, or a model object of another entity
     */
    public JsonNode toJson(Object body) {
        if (body == null) {
            throw new IllegalArgumentException("The message body is empty but Sage needs the " + entity
                                               + " to send as JSON: set the body to a " + type.getSimpleName()
                                               + ", a Map or a JSON string.");
        }
        if (body instanceof SageEntity && !type.isInstance(body) && type != Map.class) {
            throw new IllegalArgumentException("The message body is a " + body.getClass().getSimpleName()
                                               + " but this endpoint sends " + entity + ": use a " + type.getSimpleName()
                                               + " or send it to the sage:" + body.getClass().getSimpleName() + " endpoint.");
        }
        try {
            if (body instanceof String text) {
                return readJson(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else if (body instanceof byte[] bytes) {
                return readJson(bytes);
            } else if (body instanceof InputStream stream) {
                return readJson(stream.readAllBytes());
            }
            return mapper.valueToTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the message body for " + entity, e);
        }
    }

    /** The JSON as the bytes to send. */
    public byte[] toBytes(JsonNode json) {
        try {
            return mapper.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON for " + entity, e);
        }
    }

    private JsonNode readJson(byte[] bytes) throws IOException {
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The message body is not JSON, so it cannot be sent to Sage as a "
                                               + entity + " (" + e.getOriginalMessage() + "): send a "
                                               + type.getSimpleName() + ", a Map or a JSON document.", e);
        }
    }

    private Object convert(JsonNode json, Class<?> target) {
        try {
            return mapper.treeToValue(json, target);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Sage sent a " + entity + " that does not fit " + target.getSimpleName()
                                               + ": " + e.getOriginalMessage(), e);
        }
    }
}
