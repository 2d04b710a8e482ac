package dev.camelsage.sage;

import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageCatalogTest {

    @Test
    void everyOptionAndHeaderInTheGeneratedCatalogHasADescription() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/dev/camelsage/sage/sage.json")) {
            assertThat(in).as("the generated catalog JSON is on the classpath").isNotNull();
            catalog = new ObjectMapper().readTree(in);
        }

        for (String section : List.of("componentProperties", "properties", "headers")) {
            assertThat(catalog.path(section).size()).as(section).isPositive();
            catalog.path(section).fields().forEachRemaining(option -> assertThat(option.getValue().path("description")
                    .asText()).as(section + "." + option.getKey()).isNotBlank());
        }
        assertThat(catalog.path("properties").fieldNames()).toIterable().contains("baseUrl", "apiVersion", "username",
                "password", "apiKey", "companyId", "operation", "id", "method", "filter", "orderBy", "top", "skip",
                "queryParameters", "allowInsecureHttp", "rateLimit", "rateLimitPeriod", "dailyRateLimit",
                "maxQuotaWait", "blockDuration", "maxFailedLogins");
        assertThat(catalog.path("properties").path("password").path("secret").asBoolean()).isTrue();
        assertThat(catalog.path("properties").path("apiKey").path("secret").asBoolean()).isTrue();
        assertThat(catalog.path("componentProperties").path("apiKey").path("secret").asBoolean()).isTrue();
        assertThat(catalog.path("properties").path("httpMethod").path("enum")).extracting(JsonNode::asText)
                .containsExactly("GET", "POST", "DELETE");
        assertThat(catalog.path("properties").path("region").path("enum")).extracting(JsonNode::asText)
                .containsExactly("za", "au");
        assertThat(catalog.path("properties").path("id").path("description").asText()).contains("query.id");
    }
}
