package dev.camelsage.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An email Sage would have sent for a document ({@code TaxInvoice/Email}, {@code EmailDeliveryNote}, ...).
 *
 * @param method      {@code Email} or {@code EmailDeliveryNote}
 * @param documentId  the ID the request named
 * @param attachments the request's {@code Attachments} as key and value pairs
 */
public record SentEmail(Instant time, long companyId, String service, String method, long documentId,
                        String emailAddress, String ccAddress, String bccAddress, String subject, String message,
                        List<Map.Entry<String, String>> attachments) {
}
