package dev.camelsage.sage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.model.Company;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.SalesRepresentative;
import dev.camelsage.simulator.JournalEntry;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * operation=call for Sage's methods beyond CRUD: what each sends (verb, content type) and what comes back (a typed
 * record, a file with its content type, a bare boolean or string, nothing).
 */
class SageCallMethodsTest extends SageTestSupport {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private JsonNode first(String service) {
        return sage().store().list(COMPANY, service).get(0);
    }

    @Test
    void emailOfAnInvoicePostsTheRequestSendsOneEmailAndAnswersNothing() {
        long invoice = first("TaxInvoice").get("ID").asLong();

        Exchange exchange = send("sage:taxInvoice?companyId=1&operation=call&method=Email", Map.of("ID", invoice,
                "EmailAddress", "accounts@acme.co.za", "Subject", "Your invoice", "Message", "Please find attached"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isNull();
        assertThat(exchange.getMessage().getHeader(SageConstants.RESPONSE_CODE, Integer.class)).isEqualTo(204);
        assertThat(exchange.getProperty(SageExchangeProperties.REPEATABLE, Boolean.class))
                .as("an email sent twice reaches the customer twice").isFalse();
        assertThat(sage().outbox().emails()).singleElement().satisfies(email -> {
            assertThat(email.documentId()).isEqualTo(invoice);
            assertThat(email.emailAddress()).isEqualTo("accounts@acme.co.za");
            assertThat(email.subject()).isEqualTo("Your invoice");
        });
        assertThat(lastRequest().httpMethod()).isEqualTo("POST");
    }

    @Test
    void exportAnswersTheFileAsBytesWithItsContentType() {
        long invoice = first("SupplierInvoice").get("ID").asLong();

        Exchange exchange = send("sage:supplierInvoice?companyId=1&operation=call&method=Export&id=" + invoice, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/pdf");
        assertThat(exchange.getMessage().getBody()).isInstanceOfSatisfying(byte[].class, pdf -> assertThat(
                new String(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-").endsWith("%%EOF\n"));
        assertThat(lastRequest()).satisfies(request -> {
            assertThat(request.httpMethod()).isEqualTo("GET");
            assertThat(request.method()).isEqualTo("Export");
            assertThat(request.id()).isEqualTo(String.valueOf(invoice));
        });
    }

    @Test
    void hasActivityAnswersABareBoolean() {
        long thandi = sage().store().list(COMPANY, "SalesRepresentative").stream()
                .filter(rep -> rep.path("FirstName").asText().equals("Thandi")).findFirst().orElseThrow()
                .get("ID").asLong();
        SalesRepresentative fresh = new SalesRepresentative();
        fresh.setFirstName("Naledi");
        fresh.setLastName(SageFixtures.unique("Mokoena"));
        fresh.setActive(true);
        long idle = send("sage:salesRepresentative?companyId=1&operation=save", fresh).getMessage()
                .getBody(SalesRepresentative.class).getId();

        Object busy = send("sage:salesRepresentative?companyId=1&operation=call&method=HasActivity&id=" + thandi, null)
                .getMessage().getBody();
        Object none = send("sage:salesRepresentative?companyId=1&operation=call&method=HasActivity&id=" + idle, null)
                .getMessage().getBody();

        assertThat(busy).isEqualTo(Boolean.TRUE);
        assertThat(none).isEqualTo(Boolean.FALSE);
    }

    @Test
    void customerZoneUrlAnswersABareString() {
        JsonNode invoice = first("TaxInvoice");

        Exchange exchange = send("sage:customerZone?companyId=1&operation=call&method=GetCustomerZoneInvoiceUrl",
                Map.of("DocumentHeaderId", invoice.get("ID").asLong(), "CustomerId", invoice.get("CustomerId").asLong()));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOfSatisfying(String.class, url -> assertThat(url)
                .startsWith(sage().baseUrl() + "/CustomerZone/Invoice?").contains(invoice.get("UID").asText()));
        assertThat(lastRequest().httpMethod()).isEqualTo("POST");
    }

    @Test
    void companyCurrentAnswersTheCompanyOfTheRequestAsACompany() {
        Exchange exchange = send("sage:company?companyId=2&operation=call&method=Current", null);

        assertThat(exchange.getMessage().getBody()).isInstanceOfSatisfying(Company.class,
                company -> assertThat(company.getId()).isEqualTo(OTHER_COMPANY));
        assertThat(lastRequest().method()).isEqualTo("Current");
    }

    @Test
    void getWithSystemAccountsListsTheAccountsThatGetHides() {
        int listed = send("sage:account?companyId=1", null).getMessage().getBody(List.class).size();

        List<?> all = send("sage:account?companyId=1&operation=call&method=GetWithSystemAccounts", null)
                .getMessage().getBody(List.class);

        assertThat(all).hasSizeGreaterThan(listed);
    }

    @Test
    void callOfGetWithAnIdAnswersATypedRecord() {
        long customer = first("Customer").get("ID").asLong();

        Object body = send("sage:customer?companyId=1&operation=call&method=Get&id=" + customer, null)
                .getMessage().getBody();

        assertThat(body).isInstanceOfSatisfying(Customer.class, c -> assertThat(c.getId()).isEqualTo(customer));
    }

    @Test
    void callOfDeleteSendsADeleteThatMayBeRepeated() {
        long customer = send("sage:customer?companyId=1&operation=save", SageFixtures.customer()).getMessage()
                .getBody(Customer.class).getId();

        Exchange exchange = send("sage:customer?companyId=1&operation=call&method=Delete&id=" + customer, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getProperty(SageExchangeProperties.REPEATABLE, Boolean.class)).isTrue();
        assertThat(lastRequest().httpMethod()).isEqualTo("DELETE");
        assertThat(sage().store().get(COMPANY, "Customer", customer)).isEmpty();
    }

    @Test
    void anAttachmentIsUploadedAsMultipartAndDownloadedAsTheSameBytes() {
        long invoice = first("TaxInvoice").get("ID").asLong();
        String attachments = "sage:taxInvoiceAttachment?companyId=1&operation=call";

        Exchange upload = send(attachments + "&method=Save&id=" + invoice, PDF,
                Map.of(Exchange.FILE_NAME, "scan.pdf", Exchange.CONTENT_TYPE, "application/pdf"));

        assertThat(upload.getException()).isNull();
        JournalEntry saved = lastRequest();
        assertThat(saved.httpMethod()).isEqualTo("POST");
        assertThat(saved.headers().get("content-type")).startsWith("multipart/form-data; boundary=");
        assertThat(saved.committed()).isTrue();
        List<?> answer = upload.getMessage().getBody(List.class);
        String guid = String.valueOf(((Map<?, ?>) answer.get(0)).get("AttachmentUID"));
        assertThat(((Map<?, ?>) answer.get(0)).get("Name")).isEqualTo("scan.pdf");

        Exchange download = send(attachments + "&method=Download&query.id=" + guid, null);
        Object allowed = send(attachments + "&method=AllowDelete&query.id=" + guid, null).getMessage().getBody();
        Exchange deleted = send(attachments + "&method=Delete&query.id=" + guid, null);

        assertThat(download.getMessage().getBody(byte[].class)).isEqualTo(PDF);
        assertThat(download.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class)).startsWith("application/pdf");
        assertThat(allowed).isEqualTo(Boolean.TRUE);
        assertThat(deleted.getException()).isNull();
        assertThat(requestsTo("TaxInvoiceAttachment")).extracting(JournalEntry::method, JournalEntry::httpMethod,
                JournalEntry::status).containsExactly(
                        tuple("Save", "POST", 200),
                        tuple("Download", "GET", 200),
                        tuple("AllowDelete", "GET", 200),
                        tuple("Delete", "DELETE", 204));
        List<ObjectNode> left = sage().store().list(COMPANY, "TaxInvoiceAttachment");
        assertThat(left).noneMatch(a -> a.path("AttachmentUID").asText().equals(guid));
    }
}
