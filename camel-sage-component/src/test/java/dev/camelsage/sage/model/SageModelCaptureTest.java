package dev.camelsage.sage.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelsage.sage.Captures;
import dev.camelsage.sage.internal.paging.SageRecordReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed model against answers public clients recorded from the live API, read from the simulator's test-jar
 * ({@code /captures}, sources in its README): every captured key lands in a field (none left to
 * {@code additionalProperties}), values keep their type and scale, and writing the entity back gives the capture.
 */
class SageModelCaptureTest {

    private final ObjectMapper mapper = SageJson.mapper();

    /** Numbers equal by value (0 and 0.0), everything else by Jackson's equality. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @Test
    void theCapturedCompanyListReadsIntoCompanyWithEveryKeyAndWritesBackTheSame() throws IOException {
        byte[] page = Captures.bytes("maxnaude-sageone-api-client/company.json");
        JsonNode record = SageRecordReader.json(mapper).readPage(page).results().get(0);

        Company company = mapper.treeToValue(record, Company.class);

        assertThat(company.getId()).isEqualTo(1L);
        assertThat(company.getName()).isEqualTo("ABC PTY LTD");
        assertThat(company.getPostalAddress05()).as("the 01-05 address keys").isEqualTo("7777");
        assertThat(company.getPostalAddress5()).as("and their 1-5 twins, both present").isEqualTo("7777");
        assertThat(company.getCompanyInfo02()).isEqualTo("Townsville");
        assertThat(company.getCreated()).as("yyyy-MM-ddTHH:mm:ss.fff, no offset")
                .isEqualTo(LocalDateTime.of(2015, 6, 2, 4, 36, 58, 903_000_000));
        assertThat(company.getModified()).isEqualTo(LocalDateTime.of(2015, 8, 28, 13, 15, 27, 867_000_000));
        assertThat(company.getAdditionalProperties()).as("captured keys the model does not know").isEmpty();
        assertThat(mapper.valueToTree(company).equals(SAME_VALUE, record)).as("written back as captured").isTrue();
    }

    @Test
    void theHelpPageCustomerReadsIntoCustomerWithEveryKey() throws IOException {
        JsonNode sample = mapper.readTree(Captures.bytes("darrynten-sage-one-php/help-samples/GET_Customer_Get_xx.json"));

        Customer customer = mapper.treeToValue(sample, Customer.class);

        assertThat(customer.getName()).isEqualTo("sample string 1");
        assertThat(customer.getCreditLimit()).isEqualByComparingTo("11.0");
        assertThat(customer.getDateField1()).isEqualTo(LocalDate.of(2017, 7, 15));
        assertThat(customer.getAdditionalProperties()).as("Help-page keys the model does not know").isEmpty();
        assertThat(customer.getCategory().getAdditionalProperties()).isEmpty();
        assertThat(customer.getSalesRepresentative().getAdditionalProperties()).isEmpty();
    }

    @Test
    void theHelpPageCalculatedInvoiceReadsIntoTaxInvoiceWithExactAmounts() throws IOException {
        JsonNode sample = mapper.readTree(
                Captures.bytes("darrynten-sage-one-php/help-samples/POST_TaxInvoice_Calculate_RESP.json"));

        TaxInvoice invoice = mapper.treeToValue(sample, TaxInvoice.class);

        assertThat(invoice.getAdditionalProperties()).as("Help-page keys the model does not know").isEmpty();
        assertThat(invoice.getLines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.getAdditionalProperties()).isEmpty();
            assertThat(line.getTaxPercentage()).as("a decimal kept as written")
                    .isEqualTo(sample.path("Lines").get(0).get("TaxPercentage").decimalValue());
        });
        assertThat(invoice.getTotal()).isEqualTo(new BigDecimal(sample.get("Total").asText()));
    }
}
