package dev.camelsage.sage.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's IDE metadata against the component's catalog: every component option is a camel.component.sage.*
 * property with the catalog's description and default, so a new option cannot be left out of the starter.
 */
class SageStarterMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "camel.component.sage.";

    @Test
    void everyComponentOptionIsAPropertyWithTheCatalogsDescriptionAndDefault() throws IOException {
        JsonNode catalog = read("META-INF/dev/camelsage/sage/sage.json").get("componentProperties");
        Map<String, JsonNode> properties = new HashMap<>();
        read("META-INF/spring-configuration-metadata.json").get("properties")
                .forEach(property -> properties.put(property.get("name").asText(), property));

        Set<String> expected = new TreeSet<>();
        catalog.properties().forEach(option -> {
            String name = PREFIX + kebab(option.getKey());
            expected.add(name);
            JsonNode meta = option.getValue();
            JsonNode property = properties.get(name);
            assertThat(property).as("starter property for component option %s", option.getKey()).isNotNull();
            assertThat(property.path("description").asText()).as(name)
                    .startsWith(meta.path("description").asText());
            if (meta.has("defaultValue")) {
                assertThat(property.path("defaultValue").asText()).as("default of " + name)
                        .isEqualTo(meta.get("defaultValue").asText());
            }
        });
        expected.add(PREFIX + "enabled");
        expected.add(PREFIX + "customizer.enabled");
        assertThat(new TreeSet<>(properties.keySet())).isEqualTo(expected);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = SageStarterMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
