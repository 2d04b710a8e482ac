package dev.camelsage.sage.client;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

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
 * The one Jackson set-up for Sage JSON: exact decimals, unknown fields ignored, and dates read whatever shape Sage
 * sends ({@code 2024-05-01}, {@code 2015-06-02T04:36:58.903}, {@code 2017-01-01T00:00:00Z}; .NET's empty
 * {@code 0001-01-01T00:00:00} reads as null) and written the way Sage's own samples are ({@code yyyy-MM-dd} for
 * dates, {@code yyyy-MM-ddTHH:mm:ss[.fff]} for date-times). A date-time with an offset keeps its wall-clock time:
 * Sage's own values carry no zone.
 */
public final class SageJson {

    private static final ObjectMapper MAPPER = create();

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .parseDefaulting(ChronoField.NANO_OF_SECOND, 0)
            .toFormatter();

    private static final DateTimeFormatter DATE_TIME_OUT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendPattern("'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .toFormatter();

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
                gen.writeString(DATE_TIME_OUT.format(value));
            }
        });
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
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

    private static LocalDateTime parseDateTime(String text, DeserializationContext ctx)
            throws IOException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            TemporalAccessor parsed = LENIENT.parse(text.trim());
            LocalDateTime dateTime = LocalDateTime.from(parsed);
            return dateTime.getYear() == 1 ? null : dateTime;
        } catch (DateTimeParseException e) {
            throw ctx.weirdStringException(text, LocalDateTime.class,
                    "not a date Sage sends (expected yyyy-MM-dd, optionally with THH:mm:ss and an offset)");
        }
    }
}
