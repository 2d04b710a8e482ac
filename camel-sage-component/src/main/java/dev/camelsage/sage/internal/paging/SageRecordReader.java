package dev.camelsage.sage.internal.paging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.camelsage.sage.model.SageEntity;

/**
 * Reads one list answer, {@code {"TotalResults":n,"ReturnedResults":n,"Results":[...]}} (a bare array is one full
 * page), straight into records of one type in a single pass over the bytes, and tells a record's {@code ID} for keyset
 * paging.
 */
public final class SageRecordReader<T> {

    private final ObjectMapper mapper;
    private final ObjectReader records;
    private final Class<T> type;

    private SageRecordReader(ObjectMapper mapper, Class<T> type) {
        this.mapper = mapper;
        this.records = mapper.readerFor(type);
        this.type = type;
    }

    /** Records as JSON trees: what paging and the consumer's watermark read. */
    public static SageRecordReader<JsonNode> json(ObjectMapper mapper) {
        return new SageRecordReader<>(mapper, JsonNode.class);
    }

    /** Records as a model class, or {@code Map} for services without one. */
    public static <T> SageRecordReader<T> of(ObjectMapper mapper, Class<T> type) {
        return new SageRecordReader<>(mapper, type);
    }

    public SagePage<T> readPage(byte[] body) throws IOException {
        if (body == null || body.length == 0) {
            return new SagePage<>(0, 0, List.of());
        }
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                List<T> results = readArray(parser);
                return new SagePage<>(results.size(), results.size(), results);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IOException("Sage answered a list call with " + first + " instead of a list");
            }
            long total = -1;
            int returned = -1;
            List<T> results = List.of();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("TotalResults".equalsIgnoreCase(field)) {
                    total = parser.getValueAsLong(-1);
                } else if ("ReturnedResults".equalsIgnoreCase(field)) {
                    returned = parser.getValueAsInt(-1);
                } else if ("Results".equalsIgnoreCase(field) && parser.currentToken() == JsonToken.START_ARRAY) {
                    results = readArray(parser);
                } else {
                    parser.skipChildren();
                }
            }
            return new SagePage<>(total < 0 ? results.size() : total, returned < 0 ? results.size() : returned, results);
        }
    }

    /** The record's {@code ID}, or {@code null} when it has none. */
    public Long idOf(T record) {
        if (record instanceof JsonNode node) {
            JsonNode id = node.get("ID");
            return id != null && id.canConvertToLong() ? id.asLong() : null;
        }
        if (record instanceof SageEntity entity) {
            return entity.getId();
        }
        return record instanceof Map<?, ?> map && map.get("ID") instanceof Number id ? id.longValue() : null;
    }

    public Class<T> type() {
        return type;
    }

    private List<T> readArray(JsonParser parser) throws IOException {
        List<T> results = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            results.add(records.readValue(parser));
        }
        return results;
    }
}
