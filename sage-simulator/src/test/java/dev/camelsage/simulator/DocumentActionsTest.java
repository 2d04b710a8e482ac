package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Methods beyond CRUD: Email, Export, HasActivity, CustomerZone's URLs, Company/Current. */
class DocumentActionsTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    private static long first(String service) {
        return SAGE.get().store().list(1, service).get(0).get("ID").asLong();
    }

    @Test
    void emailAnswers204AndLandsInTheOutbox() {
        long invoice = first("TaxInvoice");

        SageCall.Reply reply = SageCall.post(SAGE.get(), "TaxInvoice/Email", "{\"ID\":" + invoice
                + ",\"EmailAddress\":\"accounts@acme.co.za\",\"CCAddress\":\"cc@acme.co.za\",\"Subject\":\"Invoice\","
                + "\"Message\":\"Please find attached\",\"Attachments\":[{\"Key\":\"k\",\"Value\":\"v\"}]}").send();

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.bytes()).isEmpty();
        assertThat(SAGE.get().outbox().emails()).singleElement().satisfies(e -> {
            assertThat(e.service()).isEqualTo("TaxInvoice");
            assertThat(e.method()).isEqualTo("Email");
            assertThat(e.documentId()).isEqualTo(invoice);
            assertThat(e.emailAddress()).isEqualTo("accounts@acme.co.za");
            assertThat(e.ccAddress()).isEqualTo("cc@acme.co.za");
            assertThat(e.bccAddress()).isNull();
            assertThat(e.subject()).isEqualTo("Invoice");
            assertThat(e.attachments()).singleElement().satisfies(a -> assertThat(a.getKey()).isEqualTo("k"));
        });
        assertThat(SAGE.get().journal().entries().get(0).committed()).isTrue();
    }

    @Test
    void emailDeliveryNoteIsRecordedUnderItsOwnMethod() {
        SageCall.post(SAGE.get(), "TaxInvoice/EmailDeliveryNote", "{\"ID\":" + first("TaxInvoice")
                + ",\"EmailAddress\":\"stores@acme.co.za\"}").send();

        assertThat(SAGE.get().outbox().emails()).extracting(SentEmail::method).containsExactly("EmailDeliveryNote");
    }

    @Test
    void emailOfAMissingDocumentIs404AndSendsNothing() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Quote/Email", "{\"ID\":999999,\"EmailAddress\":\"a@b.co.za\"}").send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(SAGE.get().outbox().emails()).isEmpty();
        assertThat(SAGE.get().journal().entries().get(0).committed()).isFalse();
    }

    @Test
    void emailWithoutAnAddressIsAModelStateError() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "SupplierInvoice/Email", "{\"ID\":" + first("SupplierInvoice") + "}").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/ModelState/email.EmailAddress/0").asText()).isEqualTo("The EmailAddress field is required.");
    }

    @Test
    void emailIsOnlyOfferedWhereSageHasIt() {
        assertThat(SageCall.post(SAGE.get(), "SalesOrder/Email", "{\"ID\":1}").send().status()).isEqualTo(404);
    }

    @Test
    void exportAnswersAPdfFile() {
        long invoice = first("SupplierInvoice");

        SageCall.Reply reply = SageCall.get(SAGE.get(), "SupplierInvoice/Export/" + invoice).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(reply.header("Content-Disposition")).startsWith("attachment; filename=\"SI");
        String pdf = new String(reply.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("SupplierInvoice SI0000001");
    }

    @Test
    void exportOfAMissingDocumentIs404() {
        assertThat(SageCall.get(SAGE.get(), "SupplierReturn/Export/424242").send().status()).isEqualTo(404);
    }

    @Test
    void hasActivityIsABareBoolean() {
        long thandi = Seed.id(SAGE.get(), "SalesRepresentative", "FirstName", "Thandi");
        long pieter = Seed.id(SAGE.get(), "SalesRepresentative", "FirstName", "Pieter");

        SageCall.Reply busy = SageCall.get(SAGE.get(), "SalesRepresentative/HasActivity/" + thandi).send();
        SageCall.Reply idle = SageCall.get(SAGE.get(), "SalesRepresentative/HasActivity/" + pieter).send();

        assertThat(busy.body()).isEqualTo("true");
        assertThat(idle.body()).isEqualTo("false");
        assertThat(busy.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void customerZoneInvoiceUrlIsABareJsonString() {
        JsonNode invoice = SAGE.get().store().list(1, "TaxInvoice").get(0);

        SageCall.Reply reply = SageCall.post(SAGE.get(), "CustomerZone/GetCustomerZoneInvoiceUrl", "{\"DocumentHeaderId\":"
                + invoice.get("ID") + ",\"CustomerId\":" + invoice.get("CustomerId") + "}").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().isTextual()).isTrue();
        assertThat(reply.json().asText()).startsWith(SAGE.get().baseUrl() + "/CustomerZone/Invoice?")
                .contains(invoice.get("UID").asText());
    }

    @Test
    void customerZoneRefusesADocumentOfAnotherCustomer() {
        JsonNode quote = SAGE.get().store().list(1, "Quote").get(0);

        SageCall.Reply reply = SageCall.post(SAGE.get(), "CustomerZone/GetCustomerZoneQuoteUrl", "{\"DocumentHeaderId\":"
                + quote.get("ID") + ",\"CustomerId\":" + Seed.customer(SAGE.get()) + "}").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("does not belong");
    }

    @Test
    void companyCurrentIsTheCompanyOfTheRequestOrTheLoginsFirst() {
        JsonNode second = SageCall.get(SAGE.get(), "Company/Current").company(2).send().json();
        JsonNode first = SageCall.get(SAGE.get(), "Company/Current").param("companyid", null).send().json();

        assertThat(second.get("ID").asLong()).isEqualTo(2);
        assertThat(first.get("ID").asLong()).isEqualTo(1);
        assertThat(first.get("Name").asText()).isEqualTo("Demo Trading (Pty) Ltd");
    }

    @Test
    void calculateOfAQuoteComputesWithoutStoring() {
        int before = SAGE.get().store().count(1, "Quote");

        JsonNode quote = SageCall.post(SAGE.get(), "Quote/Calculate", "{\"CustomerId\":" + Seed.customer(SAGE.get())
                + ",\"Date\":\"2026-05-01\",\"Lines\":[{\"SelectionId\":" + Seed.item(SAGE.get())
                + ",\"Quantity\":2,\"UnitPriceExclusive\":50,\"TaxTypeId\":" + Seed.standardRate(SAGE.get()) + "}]}").send().json();

        assertThat(quote.get("Total").decimalValue()).isEqualByComparingTo("115.00");
        assertThat(SAGE.get().store().count(1, "Quote")).isEqualTo(before);
    }
}
