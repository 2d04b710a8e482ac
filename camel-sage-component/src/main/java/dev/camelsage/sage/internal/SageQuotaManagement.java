package dev.camelsage.sage.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import dev.camelsage.sage.internal.quota.QuotaGuard;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ManagementAgent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a {@link ManagedSageQuota} MBean for each quota a component uses, as it first uses it, under
 * {@code org.apache.camel:context=...,type=services,name="sage-quota-<company>-<key fingerprint>"}. Does nothing
 * when JMX is off (no camel-management on the classpath).
 */
public final class SageQuotaManagement {

    private static final Logger LOG = LoggerFactory.getLogger(SageQuotaManagement.class);

    private final CamelContext context;
    private final Map<QuotaKey, Optional<ObjectName>> registered = new ConcurrentHashMap<>();

    public SageQuotaManagement(CamelContext context) {
        this.context = context;
    }

    public void track(QuotaGuard guard, QuotaKey key, QuotaLimits limits) {
        if (!registered.containsKey(key)) {
            registered.computeIfAbsent(key, k -> register(new ManagedSageQuota(guard, k, limits)));
        }
    }

    public void unregisterAll() {
        ManagementAgent agent = agent();
        registered.values().forEach(name -> name.ifPresent(objectName -> {
            try {
                agent.unregister(objectName);
            } catch (Exception e) {
                LOG.debug("Could not unregister {}", objectName, e);
            }
        }));
        registered.clear();
    }

    private Optional<ObjectName> register(ManagedSageQuota quota) {
        ManagementAgent agent = agent();
        if (agent == null) {
            return Optional.empty();
        }
        try {
            ObjectName name = new ObjectName(agent.getMBeanObjectDomainName() + ":context="
                    + ObjectName.quote(context.getManagementName()) + ",type=services,name="
                    + ObjectName.quote("sage-quota-" + quota.getCompanyId() + "-" + quota.getApiKeyFingerprint()));
            agent.register(quota, name);
            return Optional.of(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException("Cannot name the MBean of a Sage quota", e);
        } catch (Exception e) {
            LOG.warn("Could not register the JMX view of the Sage quota of company {}: {}", quota.getCompanyId(),
                    e.toString());
            return Optional.empty();
        }
    }

    private ManagementAgent agent() {
        return context.getManagementStrategy() == null ? null : context.getManagementStrategy().getManagementAgent();
    }
}
