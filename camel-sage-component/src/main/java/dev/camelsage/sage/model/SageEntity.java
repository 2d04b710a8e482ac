package dev.camelsage.sage.model;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What every Sage record has: its {@code ID}, and {@code Created} / {@code Modified} where Sage keeps them. Fields map
 * to Sage's PascalCase names ({@code customerId} is {@code CustomerId}); the odd ones carry {@link JsonProperty}.
 * Every field is optional: Sage omits null values. Fields Sage sends that the model does not name are kept in
 * {@link #additionalProperties} and sent back on a save, so updating a record never drops what Sage added.
 * Read and write entities with {@link SageJson}, which knows Sage's date formats. Entities are plain beans: Java code
 * and Camel's simple language ({@code ${body.name}}) use the getters and setters, while Jackson reads and writes the
 * private fields only, so a convenience getter never becomes a JSON property Sage would receive.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
                getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE,
                setterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class SageEntity {

    @JsonProperty("ID")
    private Long id;
    private LocalDateTime created;
    private LocalDateTime modified;

    /** Fields Sage sent that this model does not name; written back as they came. */
    @JsonIgnore
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDateTime getCreated() {
        return created;
    }

    public void setCreated(LocalDateTime created) {
        this.created = created;
    }

    public LocalDateTime getModified() {
        return modified;
    }

    public void setModified(LocalDateTime modified) {
        this.modified = modified;
    }

    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    /** The kind and ID only ({@code Customer[ID=5]}): records carry personal data that does not belong in logs. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[ID=" + id + "]";
    }

    @JsonAnySetter
    void addAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }

    @JsonAnyGetter
    Map<String, Object> additionalPropertiesForJson() {
        return additionalProperties;
    }
}
