package dev.camelsage.sage.internal.client;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelsage.sage.exception.SageUnknownOutcomeException;
import dev.camelsage.sage.internal.Futures;
import dev.camelsage.sage.internal.SageEntities;
import dev.camelsage.sage.internal.SageFields;
import dev.camelsage.sage.internal.paging.SageListQuery;
import dev.camelsage.sage.internal.paging.SagePage;
import dev.camelsage.sage.internal.paging.SagePageFetcher;
import dev.camelsage.sage.internal.paging.SageRecordReader;
import dev.camelsage.sage.model.SageDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for the record a create whose answer was lost may have made: the records created since the first attempt
 * are searched for its {@code reconcileBy} value. Sage cannot filter on strings, so the search lists those records
 * (ordered, paged) and compares on this side. {@code Created} is set on every new record, while {@code Modified} may
 * stay empty until the first edit; services whose records carry no dates (JournalEntry) are searched newest first.
 * <p>
 * Sage writes dates as wall-clock time without an offset (South African time; the simulator writes UTC). The search
 * starts from the attempt's UTC time minus {@link #SKEW}, which is never later than either.
 */
final class SageCreateReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(SageCreateReconciler.class);
    /** Covers a difference between this host's clock and Sage's. */
    private static final Duration SKEW = Duration.ofMinutes(5);
    /** At most this many pages of 100 are searched; beyond, the outcome stays unknown. */
    private static final int MAX_PAGES = 20;
    private static final int PAGE = 100;

    private final SageTarget target;
    private final SagePageFetcher<JsonNode> pages;

    SageCreateReconciler(SageApi api, SageTarget target, ObjectMapper mapper) {
        this.target = target;
        // With the lines of documents: the record found stands for the create's answer, which has them.
        this.pages = api.pages(target.withDetail(), SageRecordReader.json(mapper));
    }

    /** The record with the same {@code field} value created since {@code attempt}, or {@code null}. */
    CompletableFuture<JsonNode> find(JsonNode record, String field, Instant attempt) {
        String value = SageFields.text(record, field);
        String since = SageDates.formatDateTime(LocalDateTime.ofInstant(attempt.minus(SKEW), ZoneOffset.UTC));
        SageListQuery first = SageEntities.hasTimestamps(target.entity())
                ? new SageListQuery("Created ge datetime'" + since + "'", "Created,ID", 0, PAGE)
                : new SageListQuery(null, "ID desc", 0, PAGE);
        return find(field, value, first, 0).thenApply(found -> {
            if (found != null) {
                LOG.info("The lost create of {} {}={} in company {} had been saved as ID {}: returning it instead of"
                         + " creating it again", target.entity(), field, value, target.companyId(), found.path("ID"));
            }
            return found;
        });
    }

    private CompletableFuture<JsonNode> find(String field, String value, SageListQuery first, int page) {
        SageListQuery query = new SageListQuery(first.filter(), first.orderBy(), page * PAGE, PAGE);
        return pages.fetch(query).thenCompose((SagePage<JsonNode> result) -> {
            for (JsonNode candidate : result.results()) {
                if (value.equals(SageFields.text(candidate, field))) {
                    return CompletableFuture.completedFuture(candidate);
                }
            }
            if (result.results().size() < PAGE) {
                return CompletableFuture.completedFuture(null);
            }
            if (page + 1 >= MAX_PAGES) {
                throw new CompletionException(new SageUnknownOutcomeException("Could not tell whether the lost create"
                        + " of " + target.entity() + " " + field + "=" + value + " was saved: " + MAX_PAGES * PAGE
                        + " records or more were created since. It was not sent again; look for it in Sage before"
                        + " creating it.", target.entity(), target.operation(),
                        target.companyId() == null ? null : String.valueOf(target.companyId()), null));
            }
            return find(field, value, first, page + 1);
        });
    }

    /**
     * What a failed search means for the create: its outcome is still unknown, which the exception must say, since a
     * route that gives up files it as the reason. Any failure becomes {@link SageUnknownOutcomeException} with the
     * search's failure as its cause; Camel matches {@code onException} from the innermost cause, and
     * {@code SageBlockRedelivery} reads the nested {@code SageRateLimitException}, so a 5xx, no answer or a block is
     * still redelivered as before.
     */
    static Throwable searchFailed(SageTarget target, JsonNode record, String field, Throwable failure) {
        Throwable cause = Futures.unwrap(failure);
        if (cause instanceof SageUnknownOutcomeException) {
            return cause;
        }
        return new SageUnknownOutcomeException("Could not tell whether the lost create of " + target.entity() + " "
                + field + "=" + SageFields.text(record, field) + " was saved: the search for it failed ("
                + cause.getMessage() + "). It was not sent again; look for it in Sage before creating it.", target.entity(),
                target.operation(), target.companyId() == null ? null : String.valueOf(target.companyId()), cause);
    }
}
