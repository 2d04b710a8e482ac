package dev.camelsage.sage.internal.paging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.SageJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SageRecordReaderTest {

    private final SageRecordReader<JsonNode> json = SageRecordReader.json(SageJson.mapper());

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAnEmptyOrMissingBodyAsAnEmptyPage() throws IOException {
        assertThat(json.readPage(null)).isEqualTo(new SagePage<>(0, 0, List.of()));
        assertThat(json.readPage(new byte[0])).isEqualTo(new SagePage<>(0, 0, List.of()));
    }

    @Test
    void readsABareArrayAsOneFullPage() throws IOException {
        SagePage<JsonNode> page = json.readPage(bytes("[{\"ID\":1},{\"ID\":2}]"));

        assertThat(page.totalResults()).isEqualTo(2);
        assertThat(page.returnedResults()).isEqualTo(2);
        assertThat(page.results()).extracting(record -> record.get("ID").asLong()).containsExactly(1L, 2L);
    }

    @Test
    void keepsSagesCountsWhenTheyDifferFromTheRecordsOfThePage() throws IOException {
        SagePage<JsonNode> page = json.readPage(bytes(
                "{\"TotalResults\":250,\"ReturnedResults\":100,\"Extra\":{\"a\":[1]},\"Results\":[{\"ID\":1}]}"));

        assertThat(page.totalResults()).isEqualTo(250);
        assertThat(page.returnedResults()).isEqualTo(100);
        assertThat(page.results()).hasSize(1);
    }

    @Test
    void keepsCountsOfZeroRatherThanCountingTheRecords() throws IOException {
        SagePage<JsonNode> page = json.readPage(bytes("{\"TotalResults\":0,\"ReturnedResults\":0,\"Results\":[{\"ID\":1}]}"));

        assertThat(page.totalResults()).isZero();
        assertThat(page.returnedResults()).isZero();
    }

    @Test
    void countsTheRecordsWhenSageLeavesTheCountsOut() throws IOException {
        SagePage<JsonNode> page = json.readPage(bytes("{\"results\":[{\"ID\":1},{\"ID\":2},{\"ID\":3}]}"));

        assertThat(page.totalResults()).isEqualTo(3);
        assertThat(page.returnedResults()).isEqualTo(3);
        assertThat(page.results()).hasSize(3);
    }

    @Test
    void readsNoRecordsWhenResultsIsNotAnArray() throws IOException {
        SagePage<JsonNode> page = json.readPage(bytes("{\"TotalResults\":1,\"Results\":{\"ID\":1}}"));

        assertThat(page.results()).isEmpty();
        assertThat(page.totalResults()).isEqualTo(1);
    }

    @Test
    void refusesAnAnswerThatIsNoList() {
        assertThatThrownBy(() -> json.readPage(bytes("\"busy\""))).isInstanceOf(IOException.class)
                .hasMessageContaining("VALUE_STRING instead of a list");
    }

    @Test
    void readsRecordsIntoTheModelClass() throws IOException {
        SageRecordReader<Customer> customers = SageRecordReader.of(SageJson.mapper(), Customer.class);

        SagePage<Customer> page = customers.readPage(bytes("{\"TotalResults\":1,\"Results\":[{\"ID\":7,\"Name\":\"Acme\"}]}"));

        assertThat(customers.type()).isEqualTo(Customer.class);
        assertThat(page.results()).singleElement().satisfies(customer -> {
            assertThat(customer.getName()).isEqualTo("Acme");
            assertThat(customers.idOf(customer)).isEqualTo(7L);
        });
        assertThat(customers.idOf(new Customer())).isNull();
    }

    @Test
    void tellsTheIdOfAJsonRecordOnlyWhenItIsANumber() {
        assertThat(json.type()).isEqualTo(JsonNode.class);
        assertThat(json.idOf(JsonNodeFactory.instance.objectNode().put("ID", 12))).isEqualTo(12L);
        assertThat(json.idOf(JsonNodeFactory.instance.objectNode().put("Name", "no id"))).isNull();
        assertThat(json.idOf(JsonNodeFactory.instance.objectNode().put("ID", "abc"))).isNull();
    }

    @Test
    void tellsTheIdOfAMapRecordOnlyWhenItIsANumber() {
        @SuppressWarnings("rawtypes")
        SageRecordReader<Map> maps = SageRecordReader.of(SageJson.mapper(), Map.class);

        assertThat(maps.idOf(Map.of("ID", 5))).isEqualTo(5L);
        assertThat(maps.idOf(Map.of("ID", "5"))).isNull();
        assertThat(maps.idOf(Map.of("Name", "x"))).isNull();
    }

    @Test
    void tellsNoIdForARecordOfAnotherKind() {
        SageRecordReader<String> strings = SageRecordReader.of(SageJson.mapper(), String.class);

        assertThat(strings.idOf("ID")).isNull();
    }
}
