package dev.camelsage.quarkus.sage.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageEndpoint;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaSnapshot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * The Sage quotas as Micrometer gauges, one set per quota (company and API-key fingerprint, never the key): requests
 * remaining in the window and in the day, and when a block ends. A quota gets its gauges once the CamelContext started
 * (the quotas of the endpoints' configured companies) or once a call to Sage used it (a company from a header). Active
 * only when the application has Micrometer; reading a gauge spends no quota.
 */
@Singleton
public class SageQuotaMeters extends EventNotifierSupport {

    public static final String WINDOW_REMAINING = "sage.quota.window.remaining";
    public static final String DAY_REMAINING = "sage.quota.day.remaining";
    public static final String BLOCKED_UNTIL = "sage.quota.blocked.until";

    private final MeterRegistry registry;
    private final Set<QuotaKey> registered = ConcurrentHashMap.newKeySet();

    @Inject
    public SageQuotaMeters(MeterRegistry registry) {
        this.registry = registry;
        setIgnoreCamelContextInitEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.CamelContextStartedEvent
               || event instanceof CamelEvent.ExchangeSentEvent sent && sent.getEndpoint() instanceof SageEndpoint
               || event instanceof CamelEvent.ExchangeCompletedEvent done
                  && done.getExchange().getFromEndpoint() instanceof SageEndpoint;
    }

    @Override
    public void notify(CamelEvent event) {
        CamelContext context = event instanceof CamelEvent.CamelContextEvent contextEvent
                ? contextEvent.getContext() : ((CamelEvent.ExchangeEvent) event).getExchange().getContext();
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) instanceof SageComponent component) {
                component.getQuotaSnapshots().keySet().stream().filter(registered::add)
                        .forEach(key -> register(component, key));
            }
        }
    }

    private void register(SageComponent component, QuotaKey key) {
        Tags tags = Tags.of("company", key.companyId(), "api.key.fingerprint", key.apiKeyFingerprint());
        gauge(WINDOW_REMAINING, "Requests that may still be sent in Sage's sliding window", tags, component, key,
                QuotaSnapshot::remainingInWindow);
        gauge(DAY_REMAINING, "Requests that may still be sent in the last 24 hours", tags, component, key,
                QuotaSnapshot::remainingToday);
        gauge(BLOCKED_UNTIL, "When Sage's block of the quota ends, in seconds since the epoch; 0 when not blocked", tags,
                component, key, snapshot -> snapshot.isBlockedAt(component.getClock().instant())
                        ? snapshot.blockedUntil().getEpochSecond() : 0);
    }

    private void gauge(String name, String description, Tags tags, SageComponent component, QuotaKey key,
                       ToDoubleFunction<QuotaSnapshot> figure) {
        Gauge.builder(name, () -> {
            QuotaSnapshot snapshot = component.getQuotaSnapshot(key);
            return snapshot == null ? Double.NaN : figure.applyAsDouble(snapshot);
        }).description(description).tags(tags).register(registry);
    }
}
