package dev.camelsage.sage.internal.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body as Sage's attachment uploads take it (reference §3.18): one file part named
 * {@code file} and one text part naming the record it belongs to, such as {@code TaxInvoiceId}.
 *
 * @param body        the encoded body
 * @param contentType {@code multipart/form-data; boundary=...}
 */
public record SageMultipart(byte[] body, String contentType) {

    /**
     * @param ownerField  the text part's name, such as {@code TaxInvoiceId}
     * @param ownerId     the record the file belongs to
     * @param fileName    the file's name as Sage will show it
     * @param fileType    the file's media type
     * @param fileContent the file's bytes
     */
    public static SageMultipart upload(String ownerField, long ownerId, String fileName, String fileType,
                                       byte[] fileContent) {
        String boundary = "camel-sage-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(fileContent.length + 512);
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + ownerField + "\"\r\n\r\n"
                    + ownerId + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName.replace("\"", "") + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
        body.writeBytes(fileContent);
        write(body, "\r\n--" + boundary + "--\r\n");
        return new SageMultipart(body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
