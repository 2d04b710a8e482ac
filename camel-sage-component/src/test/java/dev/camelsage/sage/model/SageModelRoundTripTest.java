package dev.camelsage.sage.model;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelsage.sage.model.SageJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageModelRoundTripTest {

    private final ObjectMapper mapper = SageJson.mapper();

    /** Numbers equal by value (0 and 0.0), everything else by Jackson's equality. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @Test
    void taxInvoiceFromTheReferenceRoundTripsWithItsTrackingCodeAndExactMoney() throws IOException {
        JsonNode original = read("reference/tax-invoice.json");

        TaxInvoice invoice = mapper.treeToValue(original, TaxInvoice.class);

        assertThat(invoice.getId()).isEqualTo(42L);
        assertThat(invoice.getDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(invoice.getTotal()).isEqualByComparingTo("115.00");
        assertThat(invoice.getCustomerCurrencyId()).isEqualTo(1L);
        assertThat(invoice.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getTrackingCode()).isEqualTo("TRK-1");
            assertThat(line.getUnitPriceInclusive()).isEqualTo(new BigDecimal("115.00"));
            assertThat(line.getUid()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        });
        assertThat(invoice.getAdditionalProperties()).containsEntry("IsObfuscated", false);
        assertThat(mapper.valueToTree(invoice).equals(SAME_VALUE, original)).isTrue();
    }

    @Test
    void datesAreReadWithOrWithoutTimeAndOffsetAndDotNetsEmptyDateIsNull() throws IOException {
        Customer customer = mapper.readValue("""
                {"DateField1":"2024-11-15","DateField2":"2018-01-01T00:00:00","DateField3":"2017-01-01T10:30:00Z",
                 "Created":"2024-11-15","Modified":"2017-01-01T00:00:00+02:00","TaxStatusVerified":"0001-01-01T00:00:00"}
                """, Customer.class);

        assertThat(customer.getDateField1()).isEqualTo(LocalDate.of(2024, 11, 15));
        assertThat(customer.getDateField2()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(customer.getDateField3()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(customer.getCreated()).isEqualTo(LocalDateTime.of(2024, 11, 15, 0, 0));
        assertThat(customer.getModified()).isEqualTo(LocalDateTime.of(2017, 1, 1, 0, 0));
        assertThat(customer.getTaxStatusVerified()).isNull();
    }

    @Test
    void datesAreWrittenAsSageWritesThemAndNullsAreLeftOut() {
        Customer customer = new Customer();
        customer.setName("Acme");
        customer.setDateField1(LocalDate.of(2024, 5, 1));
        customer.setModified(LocalDateTime.of(2018, 1, 1, 0, 0));

        JsonNode json = mapper.valueToTree(customer);

        assertThat(json.toString()).isEqualTo("{\"Modified\":\"2018-01-01T00:00:00\",\"Name\":\"Acme\","
                                              + "\"DateField1\":\"2024-05-01\"}");
    }

    @Test
    void unknownFieldsSageAddsAreKeptAndSentBack() throws IOException {
        Item item = mapper.readValue("{\"ID\":7,\"Code\":\"X1\",\"BrandNewField\":{\"A\":1}}", Item.class);

        assertThat(item.getCode()).isEqualTo("X1");
        assertThat(item).hasToString("Item[ID=7]");
        assertThat(mapper.writeValueAsString(item)).contains("\"BrandNewField\":{\"A\":1}");
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return mapper.readTree(in);
        }
    }
}
