package dev.camelsage.sage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.exception.SageConflictException;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the endpoint's {@link SageDeleteConflictStrategy} when Sage refuses a delete with 409. */
final class SageDeleteConflicts {

    private static final Logger LOG = LoggerFactory.getLogger(SageDeleteConflicts.class);

    private final SageProducer producer;

    SageDeleteConflicts(SageProducer producer) {
        this.producer = producer;
    }

    /** The outcome of a delete that failed with {@code failure}: still failed, skipped, or deactivated. */
    CompletableFuture<Integer> resolve(Exchange exchange, Long companyId, long id, Throwable failure) {
        SageDeleteConflictStrategy strategy = producer.getEndpoint().getConfiguration().getDeleteConflictStrategy();
        if (!(failure instanceof SageConflictException conflict) || strategy == SageDeleteConflictStrategy.fail) {
            return CompletableFuture.failedFuture(failure);
        }
        String entity = producer.getEndpoint().getEntity();
        if (strategy == SageDeleteConflictStrategy.skip) {
            LOG.info("Sage refused to delete {} {} in company {} because other records use it; left as it is"
                     + " (deleteConflictStrategy=skip)", entity, id, companyId);
            exchange.getMessage().setBody(null);
            exchange.getMessage().setHeader(SageConstants.DELETE_SKIPPED, true);
            return CompletableFuture.completedFuture(conflict.getStatusCode());
        }
        return producer.send(exchange, "GET", "Get/" + id, companyId, null, SageOperation.getById, true)
                .thenCompose(response -> {
                    JsonNode record = response.json();
                    if (!(record instanceof ObjectNode active) || !record.has("Active")) {
                        throw new CompletionException(new SageConflictException(conflict.getMessage() + " It cannot be"
                                + " deactivated instead: " + entity + " records have no Active field; use"
                                + " deleteConflictStrategy=fail or skip for them.", conflict.getMessages(), entity,
                                conflict.getOperation(), conflict.getCompanyId()));
                    }
                    active.put("Active", false);
                    LOG.info("Sage refused to delete {} {} in company {} because other records use it; saving it with"
                             + " Active=false instead (deleteConflictStrategy=deactivate)", entity, id, companyId);
                    return producer.save(exchange, companyId, active, true);
                })
                .thenApply(status -> {
                    exchange.getMessage().setHeader(SageConstants.DEACTIVATED, true);
                    return status;
                });
    }
}
