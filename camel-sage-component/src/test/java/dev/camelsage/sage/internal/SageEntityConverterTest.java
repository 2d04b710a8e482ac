package dev.camelsage.sage.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.model.SageJson;
import dev.camelsage.sage.model.Customer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SageEntityConverterTest {

    private final SageEntityConverter notes = new SageEntityConverter("AccountNote", SageEntities.modelClass("AccountNote"));
    private final SageEntityConverter customers = new SageEntityConverter("Customer", Customer.class);

    @Test
    void servicesWithoutAModelAreMapsWithExactDecimals() throws Exception {
        JsonNode json = SageJson.mapper().readTree("{\"ID\":3,\"Subject\":\"Call back\",\"Amount\":10.50}");

        Object note = notes.toEntity(json);

        assertThat(note).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) note;
        assertThat(map).containsEntry("Subject", "Call back").containsEntry("Amount", new BigDecimal("10.50"));
    }

    @Test
    void plainAnswersStayPlainAndArraysBecomeListsOfRecords() throws Exception {
        assertThat(customers.toEntity(SageJson.mapper().readTree("true"))).isEqualTo(true);
        assertThat(customers.toEntity(SageJson.mapper().readTree("[{\"ID\":1},{\"ID\":2}]")))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(2).allSatisfy(c -> assertThat(c).isInstanceOf(Customer.class));
    }

    @Test
    void anEmptyBodyCannotBeSaved() {
        assertThatThrownBy(() -> customers.toJson(null)).hasMessageContaining("body is empty")
                .hasMessageContaining("set the body to a Customer, a Map or a JSON string");
    }

    @Test
    void aListBodyIsSentAsAJsonArray() {
        assertThat(customers.toJson(List.of(Map.of("Name", "A"), Map.of("Name", "B"))).toString())
                .isEqualTo("[{\"Name\":\"A\"},{\"Name\":\"B\"}]");
    }
}
