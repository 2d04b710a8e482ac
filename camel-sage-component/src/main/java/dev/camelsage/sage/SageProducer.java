package dev.camelsage.sage;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.client.SageListFetcher;
import dev.camelsage.sage.client.SageRequest;
import dev.camelsage.sage.client.SageResponse;
import dev.camelsage.sage.exception.SageApiException;
import dev.camelsage.sage.paging.SagePage;
import dev.camelsage.sage.paging.SagePager;
import dev.camelsage.sage.paging.SagePagingPlan;
import dev.camelsage.sage.quota.QuotaSnapshot;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs one operation per message against the endpoint's entity. Headers beat endpoint options, message by message.
 * No exchange header is ever sent to Sage. Asynchronous: no thread waits for Sage or for the quota.
 */
public class SageProducer extends DefaultAsyncProducer {

    private final SageEndpoint endpoint;
    private final SageConfiguration configuration;
    private final SageDeleteConflicts deleteConflicts;
    private final SageCreateReconciler reconciler;
    private SageProducerHealthCheck healthCheck;
    private WritableHealthCheckRepository healthCheckRepository;

    public SageProducer(SageEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.deleteConflicts = new SageDeleteConflicts(this);
        this.reconciler = new SageCreateReconciler(this);
    }

    @Override
    public SageEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (endpoint.getComponent().isHealthCheckProducerEnabled()) {
            healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                    WritableHealthCheckRepository.class);
            if (healthCheckRepository != null) {
                healthCheck = new SageProducerHealthCheck(endpoint, endpoint.getEntity() + "-" + endpoint.getId());
                healthCheckRepository.addHealthCheck(healthCheck);
            }
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
        Long companyId = exchange.getMessage().getHeader(SageConstants.COMPANY_ID, configuration.getCompanyId(), Long.class);
        CompletableFuture<Integer> outcome;
        try {
            SageOperation operation = determineOperation(exchange);
            exchange.setProperty(SageExchangeProperties.REPEATABLE, operation == SageOperation.get);
            outcome = switch (operation) {
                case get -> get(exchange, companyId);
                case getById -> getById(exchange, companyId);
                case save -> save(exchange, companyId);
                case delete -> delete(exchange, companyId);
                case call -> call(exchange, companyId);
            };
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        outcome.whenComplete((status, failure) -> {
            try {
                Throwable cause = unwrap(failure);
                if (cause != null) {
                    exchange.setException(cause);
                    SageExchangeProperties.onFailure(exchange, cause, Instant.now());
                } else {
                    exchange.getMessage().setHeader(SageConstants.RESPONSE_CODE, status);
                }
                endpoint.recordCall(cause instanceof SageApiException sage ? sage.getStatusCode()
                        : cause == null ? status : 0, cause);
                setQuotaHeaders(exchange.getMessage(), companyId);
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                // whatever happened above, the exchange must go on
                callback.done(false);
            }
        });
        return false;
    }

    /** The operation for this message: the {@code CamelSageOperation} header, else the endpoint's option. */
    SageOperation determineOperation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(SageConstants.OPERATION);
        if (header == null) {
            return configuration.getOperation();
        }
        if (header instanceof SageOperation operation) {
            return operation;
        }
        return SageOperation.parse(String.valueOf(header)).orElseThrow(() -> new IllegalArgumentException(
                "The " + SageConstants.OPERATION + " header is '" + header + "', which is no operation: use one of "
                                                                       + List.of(SageOperation.values()) + "."));
    }

    private CompletableFuture<Integer> get(Exchange exchange, Long companyId) {
        Message in = exchange.getMessage();
        SagePagingPlan plan = SagePagingPlan.forList(in.getHeader(SageConstants.FILTER, configuration.getFilter(), String.class),
                in.getHeader(SageConstants.ORDER_BY, configuration.getOrderBy(), String.class),
                in.getHeader(SageConstants.SKIP, configuration.getSkip(), Integer.class),
                in.getHeader(SageConstants.TOP, configuration.getTop(), Integer.class));
        SagePager pager = new SagePager(endpoint.listFetcher(companyId, SageOperation.get.name()), endpoint.getEntity(),
                configuration.getProgressLogInterval());
        SageEntityConverter converter = endpoint.getConverter();
        if (configuration.isStreamResults()) {
            return pager.stream(plan, converter::toEntity).thenApply(records -> {
                in.setBody(records);
                in.setHeader(SageConstants.TOTAL_RESULTS, records.getTotalResults());
                return 200;
            });
        }
        return pager.collect(plan, converter::toEntity).thenApply(result -> {
            in.setBody(result.records());
            in.setHeader(SageConstants.TOTAL_RESULTS, result.totalResults());
            in.setHeader(SageConstants.RETURNED_RESULTS, result.records().size());
            return 200;
        });
    }

    private CompletableFuture<Integer> getById(Exchange exchange, Long companyId) {
        long id = requireId(exchange, SageOperation.getById);
        return send(exchange, "GET", "Get/" + id, companyId, null, SageOperation.getById, true)
                .thenApply(response -> setRecord(exchange, response));
    }

    private CompletableFuture<Integer> save(Exchange exchange, Long companyId) {
        JsonNode json = endpoint.getConverter().toJson(exchange.getMessage().getBody());
        // A save with an ID updates (harmless to repeat); without one it creates, and twice means a duplicate.
        boolean update = json.path("ID").asLong(0) > 0;
        if (!update && configuration.getReconcileBy() != null) {
            return reconciler.create(exchange, companyId, json);
        }
        return save(exchange, companyId, json, update);
    }

    CompletableFuture<Integer> save(Exchange exchange, Long companyId, JsonNode json, boolean update) {
        return send(exchange, "POST", "Save", companyId, json, SageOperation.save, update)
                .thenApply(response -> {
                    if (response.location() != null) {
                        exchange.getMessage().setHeader(SageConstants.LOCATION, response.location());
                    }
                    return setRecord(exchange, response);
                });
    }

    private CompletableFuture<Integer> delete(Exchange exchange, Long companyId) {
        long id = requireId(exchange, SageOperation.delete);
        return send(exchange, "DELETE", "Delete/" + id, companyId, null, SageOperation.delete, true)
                .thenApply(response -> {
                    exchange.getMessage().setBody(null);
                    return response.statusCode();
                })
                .exceptionallyCompose(failure -> deleteConflicts.resolve(exchange, companyId, id, unwrap(failure)));
    }

    private CompletableFuture<Integer> call(Exchange exchange, Long companyId) {
        Message in = exchange.getMessage();
        String method = SageMethods.checkName(endpoint.getEntity(),
                in.getHeader(SageConstants.METHOD, configuration.getMethod(), String.class));
        String httpMethod = SageMethods.httpMethod(endpoint.getEntity(), method, configuration.getHttpMethod());
        Long id = in.getHeader(SageConstants.ID, configuration.getId(), Long.class);
        Object body = in.getBody();
        JsonNode json = "POST".equals(httpMethod) && body != null ? endpoint.getConverter().toJson(body) : null;
        return send(exchange, httpMethod, id == null ? method : method + "/" + id, companyId, json, SageOperation.call,
                SageMethods.repeatable(httpMethod, method))
                .thenApply(response -> setCallResult(exchange, method, response));
    }

    CompletableFuture<SageResponse> send(Exchange exchange, String httpMethod, String method, Long companyId,
                                                 JsonNode json, SageOperation operation, boolean repeatable) {
        byte[] body = json == null ? null : endpoint.getConverter().toBytes(json);
        exchange.setProperty(SageExchangeProperties.REPEATABLE, repeatable);
        SageRequest request = new SageRequest(httpMethod, endpoint.getEntity(), endpoint.getEntity() + "/" + method,
                companyId, endpoint.extraQuery(), body, operation.name(), repeatable);
        return endpoint.client().send(request);
    }

    private long requireId(Exchange exchange, SageOperation operation) {
        Long id = exchange.getMessage().getHeader(SageConstants.ID, configuration.getId(), Long.class);
        if (id == null) {
            throw new IllegalArgumentException(operation + " on sage:" + endpoint.getEntity() + " needs the ID of the"
                                               + " record: set the id option or the CamelSageId header.");
        }
        return id;
    }

    int setRecord(Exchange exchange, SageResponse response) {
        exchange.getMessage().setBody(endpoint.getConverter().toEntity(response.json()));
        return response.statusCode();
    }

    private int setCallResult(Exchange exchange, String method, SageResponse response) {
        Message out = exchange.getMessage();
        SageEntityConverter converter = endpoint.getConverter();
        if (!response.isJson()) {
            out.setBody(response.isEmpty() ? null : response.body());
            return response.statusCode();
        }
        JsonNode json = response.json();
        if (json.isObject() && json.path("Results").isArray()) {
            setList(out, SageListFetcher.toPage(json));
        } else if (json.isArray() || json.isObject() && SageMethods.returnsEntity(method)) {
            out.setBody(converter.toEntity(json));
        } else {
            out.setBody(converter.toPlain(json));
        }
        return response.statusCode();
    }

    private void setList(Message out, SagePage page) {
        List<Object> records = endpoint.getConverter().toEntities(page.results());
        out.setBody(records);
        out.setHeader(SageConstants.TOTAL_RESULTS, page.totalResults());
        out.setHeader(SageConstants.RETURNED_RESULTS, records.size());
    }

    private void setQuotaHeaders(Message out, Long companyId) {
        endpoint.trackQuota(companyId);
        QuotaSnapshot snapshot = endpoint.quotaSnapshot(companyId);
        if (snapshot != null) {
            out.setHeader(SageConstants.RATE_LIMIT_REMAINING, snapshot.remainingInWindow());
            out.setHeader(SageConstants.DAILY_RATE_LIMIT_REMAINING, snapshot.remainingToday());
        }
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
