package dev.camelsage.sage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.exception.SageUnknownOutcomeException;
import dev.camelsage.sage.paging.SageListQuery;
import dev.camelsage.sage.paging.SagePage;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates with {@code reconcileBy}: a create whose answer was lost is never sent again before the records modified
 * since its first attempt were searched for its {@code reconcileBy} value. Sage cannot filter on strings, so the
 * search lists those records (ordered, paged) and compares on this side.
 * <p>
 * Sage writes {@code Modified} as wall-clock time without an offset (South African time; the simulator writes UTC).
 * The search starts from the attempt's UTC time minus {@link #SKEW}, which is never later than either.
 */
final class SageCreateReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(SageCreateReconciler.class);
    /** Covers a difference between this host's clock and Sage's. */
    private static final Duration SKEW = Duration.ofMinutes(5);
    /** At most this many pages of 100 are searched; beyond, the outcome stays unknown. */
    private static final int MAX_PAGES = 20;
    private static final int PAGE = 100;
    private static final DateTimeFormatter SAGE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final SageProducer producer;

    SageCreateReconciler(SageProducer producer) {
        this.producer = producer;
    }

    CompletableFuture<Integer> create(Exchange exchange, Long companyId, JsonNode record) {
        SageEndpoint endpoint = producer.getEndpoint();
        String field = endpoint.getConfiguration().getReconcileBy();
        String value = text(record, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("sage:" + endpoint.getEntity() + " has reconcileBy=" + field
                                               + " but the record to create has no " + field + ": give each record a"
                                               + " unique " + field + " so that a create whose answer is lost can be"
                                               + " found again, or remove reconcileBy.");
        }
        Instant firstAttempt = exchange.getProperty(SageExchangeProperties.CREATE_ATTEMPT, Instant.class);
        if (firstAttempt != null) {
            // The search only reads: if it fails, the error handler may run it again.
            exchange.setProperty(SageExchangeProperties.REPEATABLE, true);
        }
        CompletableFuture<JsonNode> earlier = firstAttempt == null
                ? CompletableFuture.completedFuture(null)
                : find(companyId, field, value, firstAttempt, 0);
        return earlier.thenCompose(found -> {
            if (found != null) {
                LOG.info("The lost create of {} {}={} in company {} had been saved as ID {}: returning it instead of"
                         + " creating it again", endpoint.getEntity(), field, value, companyId, found.path("ID"));
                exchange.removeProperty(SageExchangeProperties.CREATE_ATTEMPT);
                exchange.getMessage().setBody(endpoint.getConverter().toEntity(found));
                exchange.getMessage().setHeader(SageConstants.RECONCILED, true);
                return CompletableFuture.completedFuture(200);
            }
            if (firstAttempt == null) {
                exchange.setProperty(SageExchangeProperties.CREATE_ATTEMPT, Instant.now());
            }
            return producer.save(exchange, companyId, record, false).whenComplete((status, failure) -> {
                if (!(SageProducer.unwrap(failure) instanceof SageUnknownOutcomeException)) {
                    exchange.removeProperty(SageExchangeProperties.CREATE_ATTEMPT);
                }
            });
        });
    }

    private CompletableFuture<JsonNode> find(Long companyId, String field, String value, Instant attempt, int page) {
        String since = SAGE_DATE.format(LocalDateTime.ofInstant(attempt.minus(SKEW), ZoneOffset.UTC));
        SageListQuery query = new SageListQuery("Modified ge datetime'" + since + "'", "Modified,ID", page * PAGE, PAGE);
        return producer.getEndpoint().listFetcher(companyId, SageOperation.save.name()).fetch(query)
                .thenCompose((SagePage result) -> {
                    for (JsonNode candidate : result.results()) {
                        if (value.equals(text(candidate, field))) {
                            return CompletableFuture.completedFuture(candidate);
                        }
                    }
                    if (result.results().size() < PAGE) {
                        return CompletableFuture.completedFuture(null);
                    }
                    if (page + 1 >= MAX_PAGES) {
                        throw new CompletionException(new SageUnknownOutcomeException("Could not tell whether the lost"
                                + " create of " + producer.getEndpoint().getEntity() + " " + field + "=" + value
                                + " was saved: more than " + MAX_PAGES * PAGE + " records changed since. It was not"
                                + " sent again; look for it in Sage before creating it.",
                                producer.getEndpoint().getEntity(), SageOperation.save.name(),
                                companyId == null ? null : String.valueOf(companyId), null));
                    }
                    return find(companyId, field, value, attempt, page + 1);
                });
    }

    /** The field's value as text, matching the field name without regard to case. */
    private static String text(JsonNode record, String field) {
        JsonNode node = record.get(field);
        if (node == null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getKey().equalsIgnoreCase(field)) {
                    node = entry.getValue();
                    break;
                }
            }
        }
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }
}
