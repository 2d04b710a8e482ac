package dev.camelsage.chaos;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.exception.SageServerException;
import dev.camelsage.sage.exception.SageUnknownOutcomeException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Which faults each exchange met on its way, as the application saw them: the error handler hands it every failure
 * it redelivers or gives up on (as {@code onRedelivery} and in the dead letter route), classified by what came back. The client cannot tell a connection
 * reset from an answer dropped after a commit (both are a closed connection without an answer), so they share a class.
 */
final class AttemptLedger implements Processor {

    static final String SERVER_ERROR = "500";
    static final String MAINTENANCE = "503 maintenance";
    static final String UNAVAILABLE = "503 unavailable";
    static final String NO_ANSWER = "no answer (reset/dropped)";
    static final String TIMEOUT = "slow answer (timeout)";
    static final String BLOCKED = "429 block";
    static final String WRONG_PASSWORD = "401 wrong password";

    private final Map<String, Set<String>> metByExchange = new ConcurrentHashMap<>();

    /** Notes the failure that caused a redelivery, or that brought the exchange to the dead letter channel. */
    @Override
    public void process(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure != null) {
            metByExchange.computeIfAbsent(exchange.getExchangeId(), id -> ConcurrentHashMap.newKeySet())
                    .add(classify(failure));
        }
    }

    /** The fault classes the exchange met, empty when it met none. */
    Set<String> met(String exchangeId) {
        return metByExchange.getOrDefault(exchangeId, Set.of());
    }

    static String classify(Throwable failure) {
        if (failure instanceof SageRateLimitException) {
            return BLOCKED;
        }
        if (failure instanceof SageAuthenticationException) {
            return WRONG_PASSWORD;
        }
        if (failure instanceof SageServerException server) {
            if (server.getStatusCode() == 500) {
                return SERVER_ERROR;
            }
            return String.valueOf(server.getResponseBody()).contains("maintenance") ? MAINTENANCE : UNAVAILABLE;
        }
        if (failure instanceof SageUnknownOutcomeException || failure instanceof IOException) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof HttpTimeoutException) {
                    return TIMEOUT;
                }
            }
            return NO_ANSWER;
        }
        return failure.getClass().getSimpleName();
    }
}
