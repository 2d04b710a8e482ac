package dev.camelsage.sage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.exception.SageApiException;
import dev.camelsage.sage.exception.SageConflictException;
import dev.camelsage.sage.exception.SageNotFoundException;
import dev.camelsage.sage.exception.SageServerException;
import dev.camelsage.sage.internal.Futures;
import dev.camelsage.sage.internal.SageEntityConverter;
import dev.camelsage.sage.internal.SageFields;
import dev.camelsage.sage.internal.SageMethods;
import dev.camelsage.sage.internal.SageOptionChecks;
import dev.camelsage.sage.internal.client.SageApi;
import dev.camelsage.sage.internal.client.SageMultipart;
import dev.camelsage.sage.internal.client.SageResponse;
import dev.camelsage.sage.internal.client.SageTarget;
import dev.camelsage.sage.internal.paging.SagePagingPlan;
import dev.camelsage.sage.quota.QuotaSnapshot;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs one operation per message against the endpoint's entity: it maps headers and options to a call of the Sage
 * client, and the answer to the message. Headers beat endpoint options, message by message; no exchange header is
 * ever sent to Sage. Asynchronous: no thread waits for Sage or for the quota.
 */
public class SageProducer extends DefaultAsyncProducer {

    private final SageEndpoint endpoint;
    private final SageConfiguration configuration;
    private final SageEntityConverter converter;
    private SageProducerHealthCheck healthCheck;
    private WritableHealthCheckRepository healthCheckRepository;

    public SageProducer(SageEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.converter = endpoint.getConverter();
    }

    @Override
    public SageEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new SageProducerHealthCheck(endpoint, endpoint.getEntity() + "-" + endpoint.getId());
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message in = exchange.getMessage();
        Long companyId = null;
        CompletableFuture<Integer> outcome;
        try {
            companyId = SageHeaders.id(in, SageConstants.COMPANY_ID, configuration.getCompanyId());
            SageOperation operation = SageHeaders.operation(in, configuration.getOperation());
            SageTarget target = endpoint.target(companyId, operation.name());
            outcome = switch (operation) {
                case get -> get(exchange, endpoint.listTarget(companyId, operation.name(),
                        SageHeaders.flag(in, SageConstants.INCLUDE_DETAIL, configuration.isIncludeDetail())));
                case getById -> getById(exchange, target);
                case save -> save(exchange, target);
                case delete -> delete(exchange, target);
                case call -> call(exchange, target);
            };
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        Long company = companyId;
        outcome.whenComplete((status, failure) -> {
            try {
                Throwable cause = Futures.unwrap(failure);
                if (cause != null) {
                    onFailure(exchange, cause);
                } else {
                    in.setHeader(SageConstants.RESPONSE_CODE, status);
                }
                endpoint.recordCall(cause instanceof SageApiException sage ? sage.getStatusCode()
                        : cause == null ? status : 0, cause);
                setQuotaHeaders(in, company);
            } finally {
                // whatever happened above, the exchange must go on
                callback.done(false);
            }
        });
        return false;
    }

    private CompletableFuture<Integer> get(Exchange exchange, SageTarget target) {
        Message in = exchange.getMessage();
        exchange.setProperty(SageExchangeProperties.REPEATABLE, true);
        SagePagingPlan<Object> plan = SagePagingPlan.forList(
                SageHeaders.text(in, SageConstants.FILTER, configuration.getFilter()),
                SageHeaders.text(in, SageConstants.ORDER_BY, configuration.getOrderBy()),
                SageHeaders.count(in, SageConstants.SKIP, configuration.getSkip(), 0),
                SageHeaders.count(in, SageConstants.TOP, configuration.getTop(), 1),
                converter.reader()::idOf);
        SageApi api = endpoint.api();
        if (configuration.isStreamResults()) {
            return api.stream(target, plan, converter.reader()).thenApply(records -> {
                in.setBody(records);
                in.setHeader(SageConstants.TOTAL_RESULTS, records.getTotalResults());
                return 200;
            });
        }
        return api.list(target, plan, converter.reader()).thenApply(result -> {
            in.setBody(result.records());
            in.setHeader(SageConstants.TOTAL_RESULTS, result.totalResults());
            in.setHeader(SageConstants.RETURNED_RESULTS, result.records().size());
            return 200;
        });
    }

    private CompletableFuture<Integer> getById(Exchange exchange, SageTarget target) {
        long id = requireId(exchange, SageOperation.getById);
        exchange.setProperty(SageExchangeProperties.REPEATABLE, true);
        return endpoint.api().get(target, id).thenApply(response -> setRecord(exchange, response));
    }

    private CompletableFuture<Integer> save(Exchange exchange, SageTarget target) {
        JsonNode record = converter.toJson(exchange.getMessage().getBody());
        if (!record.isObject()) {
            throw new IllegalArgumentException("save on sage:" + endpoint.getEntity() + " needs one " + endpoint.getEntity()
                                               + " as the body, but got a JSON " + record.getNodeType().name().toLowerCase()
                                               + ": split a list into one message per record (split(body())), or call"
                                               + " SaveBatch (operation=call&method=SaveBatch) where Sage offers it.");
        }
        // A save with an ID updates (harmless to repeat); without one it creates, and twice means a duplicate.
        boolean update = record.path("ID").asLong(0) > 0;
        String reconcileBy = configuration.getReconcileBy();
        if (update || reconcileBy == null) {
            exchange.setProperty(SageExchangeProperties.REPEATABLE, update);
            return endpoint.api().save(target, record).thenApply(response -> setSaved(exchange, response));
        }
        return createReconciled(exchange, target, record, reconcileBy);
    }

    /**
     * A create that may be sent again: every attempt after the first looks for the record an unanswered attempt may
     * have made (by {@code reconcileBy}) before it sends anything, so the error handler may repeat it.
     */
    private CompletableFuture<Integer> createReconciled(Exchange exchange, SageTarget target, JsonNode record,
                                                        String reconcileBy) {
        String value = SageFields.text(record, reconcileBy);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("sage:" + endpoint.getEntity() + " has reconcileBy=" + reconcileBy
                                               + " but the record to create has no " + reconcileBy + ": give each"
                                               + " record a unique " + reconcileBy + " so that a create whose answer is"
                                               + " lost can be found again, or remove reconcileBy.");
        }
        Instant firstAttempt = exchange.getProperty(SageExchangeProperties.CREATE_ATTEMPT, Instant.class);
        exchange.setProperty(SageExchangeProperties.CREATE_ATTEMPT, firstAttempt != null ? firstAttempt : endpoint.now());
        exchange.setProperty(SageExchangeProperties.REPEATABLE, true);
        return endpoint.api().create(target, record, reconcileBy, firstAttempt).thenApply(created -> {
            exchange.removeProperty(SageExchangeProperties.CREATE_ATTEMPT);
            if (created.reconciled() != null) {
                exchange.getMessage().setBody(converter.toEntity(created.reconciled()));
                exchange.getMessage().setHeader(SageConstants.RECONCILED, true);
                exchange.getMessage().setHeader(SageConstants.ID, created.reconciled().path("ID").asLong());
                return 200;
            }
            return setSaved(exchange, created.response());
        });
    }

    private CompletableFuture<Integer> delete(Exchange exchange, SageTarget target) {
        SageOptionChecks.checkDeletable("sage:" + endpoint.getEntity(), endpoint.getEntity());
        long id = requireId(exchange, SageOperation.delete);
        exchange.setProperty(SageExchangeProperties.REPEATABLE, true);
        Message out = exchange.getMessage();
        SageApi api = endpoint.api();
        boolean afterLostAnswer = exchange.getProperty(SageExchangeProperties.DELETE_UNANSWERED, false, Boolean.class);
        CompletableFuture<Integer> deleted = switch (configuration.getDeleteConflictStrategy()) {
            case fail -> api.delete(target, id).thenApply(response -> deleted(out, response.statusCode()));
            case skip -> api.delete(target, id).thenApply(response -> deleted(out, response.statusCode()))
                    .exceptionallyCompose(failure -> {
                        if (!(Futures.unwrap(failure) instanceof SageConflictException conflict)) {
                            return CompletableFuture.failedFuture(failure);
                        }
                        out.setBody(null);
                        out.setHeader(SageConstants.DELETE_SKIPPED, true);
                        return CompletableFuture.completedFuture(conflict.getStatusCode());
                    });
            case deactivate -> api.deleteOrDeactivate(target, id).thenApply(saved -> {
                if (saved == null) {
                    return deleted(out, 204);
                }
                out.setHeader(SageConstants.DEACTIVATED, true);
                return setRecord(exchange, saved);
            });
        };
        return deleted.exceptionallyCompose(failure -> {
            Throwable cause = Futures.unwrap(failure);
            if (cause instanceof IOException) {
                exchange.setProperty(SageExchangeProperties.DELETE_UNANSWERED, true);
            } else if (afterLostAnswer && cause instanceof SageNotFoundException notFound) {
                // The attempt whose answer was lost deleted it: the record is gone, as this delete wants.
                out.setBody(null);
                out.setHeader(SageConstants.ALREADY_DELETED, true);
                return CompletableFuture.completedFuture(notFound.getStatusCode());
            }
            return CompletableFuture.failedFuture(failure);
        });
    }

    private CompletableFuture<Integer> call(Exchange exchange, SageTarget target) {
        Message in = exchange.getMessage();
        String method = SageMethods.checkName(endpoint.getEntity(),
                SageHeaders.text(in, SageConstants.METHOD, configuration.getMethod()));
        String httpMethod = SageMethods.httpMethod(endpoint.getEntity(), method, configuration.getHttpMethod());
        Long id = SageHeaders.id(in, SageConstants.ID, configuration.getId());
        if (method.equalsIgnoreCase("Delete")) {
            SageOptionChecks.checkDeletable("sage:" + endpoint.getEntity(), endpoint.getEntity());
        }
        boolean repeatable = SageMethods.repeatable(httpMethod, method);
        exchange.setProperty(SageExchangeProperties.REPEATABLE, repeatable);
        if (SageMethods.isUpload(endpoint.getEntity(), method)) {
            SageMultipart upload = upload(exchange, id);
            return endpoint.api().call(target, "POST", method, null, upload.body(), upload.contentType(), false)
                    .thenApply(response -> setCallResult(exchange, method, response));
        }
        Object body = in.getBody();
        byte[] json = "POST".equals(httpMethod) && body != null ? converter.toBytes(converter.toJson(body)) : null;
        return endpoint.api().call(target, httpMethod, method, id, json, null, repeatable)
                .thenApply(response -> setCallResult(exchange, method, response));
    }

    /** The body as the file of an attachment upload, for the record named by the id option or CamelSageId. */
    private SageMultipart upload(Exchange exchange, Long id) {
        String entity = endpoint.getEntity();
        String owner = entity.substring(0, entity.length() - "Attachment".length());
        Message in = exchange.getMessage();
        byte[] file = in.getBody(byte[].class);
        String name = in.getHeader(Exchange.FILE_NAME, String.class);
        if (id == null || file == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("Uploading to sage:" + entity + " needs the file as the body, its name"
                                               + " in the " + Exchange.FILE_NAME + " header and the " + owner + " it"
                                               + " belongs to in the id option or the CamelSageId header.");
        }
        String type = in.getHeader(Exchange.CONTENT_TYPE, "application/octet-stream", String.class);
        return SageMultipart.upload(owner + "Id", id, name, type, file);
    }

    private long requireId(Exchange exchange, SageOperation operation) {
        Long id = SageHeaders.id(exchange.getMessage(), SageConstants.ID, configuration.getId());
        if (id == null) {
            throw new IllegalArgumentException(operation + " on sage:" + endpoint.getEntity() + " needs the ID of the"
                                               + " record: set the id option or the CamelSageId header.");
        }
        return id;
    }

    private int setSaved(Exchange exchange, SageResponse response) {
        if (response.location() != null) {
            exchange.getMessage().setHeader(SageConstants.LOCATION, response.location());
        }
        int status = setRecord(exchange, response);
        Long id = converter.reader().idOf(exchange.getMessage().getBody());
        if (id != null) {
            exchange.getMessage().setHeader(SageConstants.ID, id);
        }
        return status;
    }

    private int setRecord(Exchange exchange, SageResponse response) {
        exchange.getMessage().setBody(converter.fromBytes(response.body()));
        return response.statusCode();
    }

    private static int deleted(Message out, int status) {
        out.setBody(null);
        return status;
    }

    private int setCallResult(Exchange exchange, String method, SageResponse response) {
        Message out = exchange.getMessage();
        if (!response.isJson()) {
            // A file (a PDF export, a downloaded attachment) or plain text: as it came, with its media type.
            out.setHeader(Exchange.CONTENT_TYPE, response.contentType());
            out.setBody(response.isEmpty() ? null : response.isText()
                    ? new String(response.body(), StandardCharsets.UTF_8) : response.body());
            return response.statusCode();
        }
        JsonNode json = response.json();
        if (json.isObject() && json.path("Results").isArray()) {
            out.setBody(converter.toEntities(json.path("Results")));
            out.setHeader(SageConstants.TOTAL_RESULTS, json.path("TotalResults").asLong(json.path("Results").size()));
            out.setHeader(SageConstants.RETURNED_RESULTS, json.path("Results").size());
        } else if (json.isArray() || json.isObject() && SageMethods.returnsEntity(method)) {
            out.setBody(converter.toEntity(json));
        } else {
            out.setBody(converter.toPlain(json));
        }
        return response.statusCode();
    }

    private void onFailure(Exchange exchange, Throwable cause) {
        exchange.setException(cause);
        if (cause instanceof SageServerException server && server.getStatusCode() == 503) {
            // Sage's maintenance answer: nothing was processed, so even a create may be sent again.
            exchange.setProperty(SageExchangeProperties.REPEATABLE, true);
        }
    }

    private void setQuotaHeaders(Message out, Long companyId) {
        QuotaSnapshot snapshot = endpoint.quotaSnapshot(companyId);
        if (snapshot != null) {
            endpoint.trackQuota(companyId);
            out.setHeader(SageConstants.RATE_LIMIT_REMAINING, snapshot.remainingInWindow());
            out.setHeader(SageConstants.DAILY_RATE_LIMIT_REMAINING, snapshot.remainingToday());
        }
    }
}
