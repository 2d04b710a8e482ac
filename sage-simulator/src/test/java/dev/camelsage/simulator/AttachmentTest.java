package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {Entity}Attachment: multipart upload with parts "file" and "{Entity}Id", download as bytes, and the rest. */
class AttachmentTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    private static final byte[] PDF = "%PDF-1.4 pretend invoice scan".getBytes(StandardCharsets.ISO_8859_1);

    private long invoice;

    @BeforeEach
    void anInvoice() {
        invoice = SAGE.get().store().list(1, "SupplierInvoice").get(0).get("ID").asLong();
    }

    private SageCall.Reply upload() {
        return SageCall.post(SAGE.get(), "SupplierInvoiceAttachment/Save", null)
                .multipart("SupplierInvoiceId", String.valueOf(invoice), "scan.pdf", "application/pdf", PDF).send();
    }

    @Test
    void uploadAnswersTheSavedAttachmentAsAnArray() {
        SageCall.Reply reply = upload();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode saved = reply.json().get(0);
        assertThat(saved.get("Name").asText()).isEqualTo("scan.pdf");
        assertThat(saved.get("Size").asInt()).isEqualTo(PDF.length);
        assertThat(saved.get("AttachmentUID").asText()).matches("[0-9a-f-]{36}");
        assertThat(Base64.getDecoder().decode(saved.get("Data").asText())).isEqualTo(PDF);
        assertThat(SageCall.get(SAGE.get(), "SupplierInvoice/Get/" + invoice).send().json().get("HasAttachments").asBoolean())
                .isTrue();
    }

    @Test
    void downloadAnswersTheBytesWithTheirOwnContentType() {
        String uid = upload().json().at("/0/AttachmentUID").asText();

        SageCall.Reply download = SageCall.get(SAGE.get(), "SupplierInvoiceAttachment/Download/" + uid).send();

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.bytes()).isEqualTo(PDF);
    }

    @Test
    void aJsonBodyIsRefusedWith415AndStoresNothing() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "SupplierInvoiceAttachment/Save",
                "{\"SupplierInvoiceId\":" + invoice + ",\"Data\":\"QEA=\"}").send();

        assertThat(reply.status()).isEqualTo(415);
        assertThat(SAGE.get().store().count(1, "SupplierInvoiceAttachment")).isZero();
    }

    @Test
    void multipartIsRefusedWhereJsonBelongs() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save", null)
                .multipart("CustomerId", "1", "x.txt", "text/plain", new byte[] {1}).send();

        assertThat(reply.status()).isEqualTo(415);
    }

    @Test
    void theEntityIdPartIsRequiredAndMustNameAnEntityOfTheCompany() {
        SageCall.Reply wrongPart = SageCall.post(SAGE.get(), "SupplierInvoiceAttachment/Save", null)
                .multipart("InvoiceId", String.valueOf(invoice), "scan.pdf", "application/pdf", PDF).send();
        SageCall.Reply unknown = SageCall.post(SAGE.get(), "SupplierInvoiceAttachment/Save", null)
                .multipart("SupplierInvoiceId", "424242", "scan.pdf", "application/pdf", PDF).send();

        assertThat(wrongPart.status()).isEqualTo(400);
        assertThat(wrongPart.message()).contains("SupplierInvoiceId");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void getListsTheAttachmentsOfOneEntity() {
        upload();
        upload();

        JsonNode list = SageCall.get(SAGE.get(), "SupplierInvoiceAttachment/Get/" + invoice).send().json();

        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(2);
    }

    @Test
    void allowDeleteAndDeleteWorkOnTheGuid() {
        String uid = upload().json().at("/0/AttachmentUID").asText();

        assertThat(SageCall.get(SAGE.get(), "SupplierInvoiceAttachment/AllowDelete/" + uid).send().body()).isEqualTo("true");
        assertThat(SageCall.delete(SAGE.get(), "SupplierInvoiceAttachment/Delete/" + uid).send().status()).isEqualTo(204);
        assertThat(SageCall.get(SAGE.get(), "SupplierInvoiceAttachment/AllowDelete/" + uid).send().body()).isEqualTo("false");
        assertThat(SageCall.get(SAGE.get(), "SupplierInvoiceAttachment/Download/" + uid).send().status()).isEqualTo(404);
        assertThat(SageCall.get(SAGE.get(), "SupplierInvoice/Get/" + invoice).send().json().get("HasAttachments").asBoolean())
                .isFalse();
    }

    @Test
    void storageInformationAddsUpTheCompanysFiles() {
        upload();

        JsonNode info = SageCall.get(SAGE.get(), "TaxInvoiceAttachment/GetCompanyStorageInformation").send().json();

        assertThat(info.get("SizeUsed").asLong()).isEqualTo(PDF.length);
        assertThat(info.get("MaxSizeAllowed").asLong()).isPositive();
    }

    @Test
    void aMalformedMultipartBodyIs400() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "SupplierInvoiceAttachment/Save", "no parts here")
                .contentType("multipart/form-data; boundary=abc").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("multipart");
    }
}
