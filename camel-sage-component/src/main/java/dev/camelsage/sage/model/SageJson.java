package dev.camelsage.sage.model;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson set-up for Sage JSON: exact decimals (115.00 stays 115.00), unknown fields ignored, and dates in
 * Sage's formats ({@link SageDates}). Read and write the model classes with {@link #mapper()}.
 */
public final class SageJson {

    private static final ObjectMapper MAPPER = create();

    private SageJson() {
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        SimpleModule dates = new SimpleModule("sage-dates");
        dates.addDeserializer(LocalDateTime.class, new JsonDeserializer<>() {
            @Override
            public LocalDateTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                return parseDateTime(p.getValueAsString(), ctx);
            }
        });
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                LocalDateTime dateTime = parseDateTime(p.getValueAsString(), ctx);
                return dateTime == null ? null : dateTime.toLocalDate();
            }
        });
        dates.addSerializer(LocalDateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(SageDates.formatDateTime(value));
            }
        });
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(SageDates.formatDate(value));
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(dates)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // keep 115.00 as 115.00 (scale included) when records pass through JSON trees
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    private static LocalDateTime parseDateTime(String text, DeserializationContext ctx) throws IOException {
        try {
            return SageDates.parseDateTime(text);
        } catch (DateTimeParseException e) {
            throw ctx.weirdStringException(text, LocalDateTime.class,
                    "not a date Sage sends (expected yyyy-MM-dd, optionally with THH:mm:ss and an offset)");
        }
    }
}
