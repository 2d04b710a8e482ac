package dev.camelsage.quarkus.sage.runtime.devui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConsumer;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaSnapshot;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;

/**
 * What the Dev UI card of camel-sage shows, in dev mode only: each quota in use (by API-key fingerprint, never the
 * key, and company) with its use, any block and when it ends, and each Sage consumer's watermark. Reads spend no quota.
 */
public class SageQuotasJsonRpcService {

    private final CamelContext context;

    @Inject
    public SageQuotasJsonRpcService(CamelContext context) {
        this.context = context;
    }

    public List<Map<String, Object>> getQuotas() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) instanceof SageComponent component) {
                component.getQuotaSnapshots().forEach((key, quota) -> rows.add(quotaRow(component, key, quota)));
            }
        }
        return rows;
    }

    public List<Map<String, Object>> getConsumers() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Route route : context.getRoutes()) {
            if (route.getConsumer() instanceof SageConsumer consumer) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("routeId", route.getRouteId());
                row.put("entity", consumer.getEndpoint().getEntity());
                row.put("company", String.valueOf(consumer.getEndpoint().getConfiguration().getCompanyId()));
                row.put("watermark", consumer.getWatermark());
                row.put("skippedPolls", consumer.getSkippedPolls());
                row.put("skipReason", consumer.getSkipReason());
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<String, Object> quotaRow(SageComponent component, QuotaKey key, QuotaSnapshot quota) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("apiKeyFingerprint", key.apiKeyFingerprint());
        row.put("company", key.companyId());
        row.put("baseUrl", key.baseUrl());
        row.put("usedInWindow", quota.usedInWindow());
        row.put("remainingInWindow", quota.remainingInWindow());
        row.put("usedToday", quota.usedToday());
        row.put("remainingToday", quota.remainingToday());
        boolean blocked = quota.isBlockedAt(component.getClock().instant());
        row.put("blockedUntil", blocked ? quota.blockedUntil().toString() : null);
        row.put("blockReason", blocked ? quota.blockReason() : null);
        row.put("recentRateLimited", quota.recentRateLimited());
        return row;
    }
}
