package dev.camelsage.sage.internal.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.exception.SageConflictException;
import dev.camelsage.sage.exception.SageUnknownOutcomeException;
import dev.camelsage.sage.internal.Futures;
import dev.camelsage.sage.internal.paging.SageChangeFeed;
import dev.camelsage.sage.internal.paging.SageListResult;
import dev.camelsage.sage.internal.paging.SageNewRecordsFeed;
import dev.camelsage.sage.internal.paging.SagePage;
import dev.camelsage.sage.internal.paging.SagePageFetcher;
import dev.camelsage.sage.internal.paging.SagePager;
import dev.camelsage.sage.internal.paging.SagePagingPlan;
import dev.camelsage.sage.internal.paging.SageRecordFeed;
import dev.camelsage.sage.internal.paging.SageRecordIterator;
import dev.camelsage.sage.internal.paging.SageRecordReader;
import dev.camelsage.sage.internal.quota.QuotaGuard;
import dev.camelsage.sage.internal.quota.QuotaPermit;
import dev.camelsage.sage.internal.quota.QuotaRequest;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sage Business Cloud Accounting API for one installation and login, without Camel: lists (every page, or one at a
 * time), reads, saves, creates that survive a lost answer, deletes, deactivations and any other method. Every call
 * asks the quota guard first, and ends as a {@link SageResponse} or an exception of
 * {@code dev.camelsage.sage.exception}. It never retries by itself: a create sent twice is a duplicate record.
 */
public final class SageApi {

    private static final Logger LOG = LoggerFactory.getLogger(SageApi.class);

    private final SageApiSettings settings;
    private final SageTransport transport;
    private final QuotaGuard guard;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final int progressLogInterval;
    private final SageErrorMapper errors;

    /**
     * @param progressLogInterval log a long list at INFO every this many pages (0: never)
     */
    public SageApi(SageApiSettings settings, HttpClient http, QuotaGuard guard, ObjectMapper mapper, Clock clock,
                   int progressLogInterval) {
        this.settings = settings;
        this.transport = new SageTransport(http, settings);
        this.guard = guard;
        this.mapper = mapper;
        this.clock = clock;
        this.progressLogInterval = progressLogInterval;
        this.errors = new SageErrorMapper(settings);
    }

    // --- lists ------------------------------------------------------------------------------------------------------

    /** One list call after another: {@code GET {Service}/Get?$filter..&$orderby..&$skip..&$top..}. */
    public <T> SagePageFetcher<T> pages(SageTarget target, SageRecordReader<T> reader) {
        return query -> {
            Map<String, String> odata = new LinkedHashMap<>();
            if (query.filter() != null) {
                odata.put("$filter", query.filter());
            }
            odata.put("$orderby", query.orderBy());
            odata.put("$skip", String.valueOf(query.skip()));
            odata.put("$top", String.valueOf(query.top()));
            SageRequest request = new SageRequest("GET", target, "Get", odata, null, SageRequest.JSON, true);
            return send(request).thenApply(response -> readPage(reader, response));
        };
    }

    /** Every record of a list, in the fewest calls. */
    public <T> CompletableFuture<SageListResult<T>> list(SageTarget target, SagePagingPlan<T> plan,
                                                         SageRecordReader<T> reader) {
        return pager(target, reader).collect(plan);
    }

    /** The records of a list one page at a time, as a lazy iterator. */
    public <T> CompletableFuture<SageRecordIterator<T>> stream(SageTarget target, SagePagingPlan<T> plan,
                                                               SageRecordReader<T> reader) {
        return pager(target, reader).stream(plan);
    }

    /** The new and changed records of a service by one of their dates, after a watermark kept in {@code watermarks}. */
    public SageChangeFeed changes(SageTarget target, SageRecordFeed.Watermarks watermarks, String filter,
                                  SageChangeFeed.Start start) {
        SagePageFetcher<JsonNode> fetcher = pages(target, SageRecordReader.json(mapper));
        return new SageChangeFeed(fetcher, new SagePager<>(fetcher, target.entity(), progressLogInterval), watermarks,
                filter, start);
    }

    /** The new records of a service whose records carry no dates, by {@code ID}, after a position kept under key. */
    public SageNewRecordsFeed newRecords(SageTarget target, SageRecordFeed.Watermarks watermarks, String key,
                                         String filter, boolean startNow) {
        SagePageFetcher<JsonNode> fetcher = pages(target, SageRecordReader.json(mapper));
        return new SageNewRecordsFeed(fetcher, new SagePager<>(fetcher, target.entity(), progressLogInterval),
                watermarks, key, filter, startNow);
    }

    private <T> SagePager<T> pager(SageTarget target, SageRecordReader<T> reader) {
        return new SagePager<>(pages(target, reader), target.entity(), progressLogInterval);
    }

    // --- records ----------------------------------------------------------------------------------------------------

    /** {@code GET {Service}/Get/{id}}. */
    public CompletableFuture<SageResponse> get(SageTarget target, long id) {
        return send(SageRequest.json("GET", target, "Get/" + id, null, true));
    }

    /** {@code POST {Service}/Save}: creates without {@code ID}, updates with one (which is harmless to repeat). */
    public CompletableFuture<SageResponse> save(SageTarget target, JsonNode record) {
        return send(SageRequest.json("POST", target, "Save", bytes(record), record.path("ID").asLong(0) > 0));
    }

    /**
     * Creates a record whose {@code reconcileBy} field is unique per record. When {@code firstAttempt} is set, an
     * earlier attempt got no answer: the records changed since are searched for the value first, and the one found is
     * returned instead of creating it twice.
     */
    public CompletableFuture<Created> create(SageTarget target, JsonNode record, String reconcileBy, Instant firstAttempt) {
        CompletableFuture<JsonNode> earlier = firstAttempt == null ? CompletableFuture.completedFuture(null)
                : new SageCreateReconciler(this, target, mapper).find(record, reconcileBy, firstAttempt)
                        .exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                                SageCreateReconciler.searchFailed(target, record, reconcileBy, failure)));
        return earlier.thenCompose(found -> found != null
                ? CompletableFuture.completedFuture(new Created(null, found))
                : save(target, record).thenApply(response -> new Created(response, null)));
    }

    /**
     * The outcome of {@link #create}.
     *
     * @param response   Sage's answer to the create, or {@code null} when an earlier attempt's record was found
     * @param reconciled the record an earlier, unanswered attempt created, or {@code null}
     */
    public record Created(SageResponse response, JsonNode reconciled) {
    }

    /** {@code DELETE {Service}/Delete/{id}}. */
    public CompletableFuture<SageResponse> delete(SageTarget target, long id) {
        return send(SageRequest.json("DELETE", target, "Delete/" + id, null, true));
    }

    /**
     * Deletes a record, or, when Sage refuses because other records use it (409), reads it and saves it with
     * {@code Active=false}, the usual way to retire a customer, supplier or item that has documents.
     *
     * @return {@code null} when deleted, else the deactivated record as saved
     */
    public CompletableFuture<SageResponse> deleteOrDeactivate(SageTarget target, long id) {
        return delete(target, id).<SageResponse> thenApply(deleted -> null).exceptionallyCompose(failure -> {
            if (!(Futures.unwrap(failure) instanceof SageConflictException conflict)) {
                return CompletableFuture.failedFuture(failure);
            }
            return get(target, id).thenCompose(response -> {
                JsonNode record = response.json();
                if (!(record instanceof ObjectNode active) || !record.has("Active")) {
                    throw new CompletionException(new SageConflictException(conflict.getMessage() + " It cannot be"
                            + " deactivated instead: " + target.entity() + " records have no Active field; use"
                            + " deleteConflictStrategy=fail or skip for them.", conflict.getMessages(), target.entity(),
                            conflict.getOperation(), conflict.getCompanyId(), conflict.getResponseBody(),
                            conflict.getResponseHeaders()));
                }
                active.put("Active", false);
                LOG.info("Sage refused to delete {} {} in company {} because other records use it; saving it with"
                         + " Active=false instead", target.entity(), id, target.companyId());
                return save(target, active);
            });
        });
    }

    /** Any other method: {@code {Service}/{method}[/{id}]} with the given verb and body. */
    public CompletableFuture<SageResponse> call(SageTarget target, String httpMethod, String method, Long id, byte[] body,
                                                String contentType, boolean repeatable) {
        return send(new SageRequest(httpMethod, target, id == null ? method : method + "/" + id, Map.of(), body,
                contentType, repeatable));
    }

    // --- quota ------------------------------------------------------------------------------------------------------

    /** The quota this client spends for a company. */
    public QuotaKey quotaKey(Long companyId) {
        return settings.quotaKey(companyId);
    }

    /** The quota of a company now, without spending any of it. */
    public QuotaSnapshot quota(Long companyId) {
        return guard.snapshot(settings.quotaKey(companyId), settings.limits());
    }

    // --- the request path -------------------------------------------------------------------------------------------

    /** Sends one request once the quota allows it. */
    public CompletableFuture<SageResponse> send(SageRequest request) {
        QuotaRequest quota = new QuotaRequest(settings.quotaKey(request.companyId()), settings.loginKey(),
                settings.limits(), settings.leaseTime(), request.entity(), request.operation());
        return guard.acquire(quota).thenCompose(permit -> exchange(permit, request));
    }

    private CompletableFuture<SageResponse> exchange(QuotaPermit permit, SageRequest request) {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            sent = transport.send(request);
        } catch (RuntimeException notSent) {
            permit.failed(); // a permit never given back would hold its quota slot until its lease expires
            return CompletableFuture.failedFuture(notSent);
        }
        return sent.handle((response, failure) -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (failure != null) {
                permit.failed();
                Throwable cause = Futures.unwrap(failure);
                LOG.debug("{} failed after {} ms: {}", request.describe(), millis, cause.toString());
                throw new CompletionException(ioFailure(request, cause));
            }
            int status = response.statusCode();
            String reason = status == 429 ? SageErrorMapper.exceededReason(response) : null;
            permit.completed(status, response.headers().firstValue("Retry-After").orElse(null), reason);
            LOG.debug("{} answered {} in {} ms", request.describe(), status, millis);
            if (status >= 200 && status < 300) {
                return new SageResponse(status, response.headers().firstValue("Location").orElse(null),
                        response.headers().firstValue("Content-Type").orElse(null), response.body());
            }
            Instant now = clock.instant();
            Instant blockedUntil = status == 429 ? blockEnd(request, now) : null;
            throw new CompletionException(errors.toException(request, response, blockedUntil, now));
        });
    }

    /** When the block after a 429 ends, as the guard recorded it, so the exception and the guard never disagree. */
    private Instant blockEnd(SageRequest request, Instant now) {
        QuotaSnapshot snapshot = quota(request.companyId());
        return snapshot.blockedUntil() != null ? snapshot.blockedUntil() : now.plus(settings.limits().blockDuration());
    }

    /**
     * No answer: said with the installation, the call and whether anything was sent. A request that may have reached
     * Sage and is not safe to repeat (a create) becomes {@link SageUnknownOutcomeException}; the rest stay I/O
     * failures of their own kind, so retry rules keyed on {@code IOException} still apply.
     */
    private Throwable ioFailure(SageRequest request, Throwable cause) {
        if (!(cause instanceof IOException)) {
            return cause;
        }
        String what = request.describe() + " at " + settings.baseUrl();
        if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
            IOException notSent = cause instanceof ConnectException
                    ? new ConnectException("Could not connect to Sage for " + what + ": nothing was sent (" + cause + ")")
                    : new HttpConnectTimeoutException("Could not connect to Sage for " + what + " within "
                            + settings.connectTimeout().toMillis() + " ms: nothing was sent");
            notSent.initCause(cause);
            return notSent;
        }
        if (!request.repeatable()) {
            return new SageUnknownOutcomeException("No answer came from Sage to " + request.describe() + " ("
                    + cause.getClass().getSimpleName() + "): Sage may or may not have stored it. It was not sent again:"
                    + " look for the record (by its reference) before sending it once more, or a duplicate may be"
                    + " created.", request.entity(), request.operation(), request.companyKey(), cause);
        }
        IOException noAnswer = cause instanceof HttpTimeoutException
                ? new HttpTimeoutException("No answer came from Sage to " + what + " within the requestTimeout ("
                        + settings.requestTimeout().toMillis() + " ms)")
                : new IOException("No answer came from Sage to " + what + " (" + cause + ")");
        noAnswer.initCause(cause);
        return noAnswer;
    }

    private <T> SagePage<T> readPage(SageRecordReader<T> reader, SageResponse response) {
        try {
            return reader.readPage(response.body());
        } catch (IOException e) {
            throw new CompletionException(new IllegalStateException("Sage answered a list call with a body that is"
                                                                    + " not a list: " + e.getMessage(), e));
        }
    }

    private byte[] bytes(JsonNode json) {
        try {
            return mapper.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the record as JSON", e);
        }
    }
}
