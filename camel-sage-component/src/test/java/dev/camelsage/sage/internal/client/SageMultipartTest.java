package dev.camelsage.sage.internal.client;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The multipart body of an attachment upload, byte for byte around its boundary. */
class SageMultipartTest {

    @Test
    void oneTextPartNamingTheOwnerThenTheFileWithItsTypeAndBytes() {
        SageMultipart upload = SageMultipart.upload("TaxInvoiceId", 42, "in\"voice.pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8));

        assertThat(upload.contentType()).startsWith("multipart/form-data; boundary=camel-sage-");
        String boundary = upload.contentType().substring("multipart/form-data; boundary=".length());
        assertThat(new String(upload.body(), StandardCharsets.UTF_8)).isEqualTo("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"TaxInvoiceId\"\r\n\r\n42\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"invoice.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n"
                + "--" + boundary + "--\r\n");
    }
}
