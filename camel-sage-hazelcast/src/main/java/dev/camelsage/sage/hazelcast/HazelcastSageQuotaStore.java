package dev.camelsage.sage.hazelcast;

import java.io.Closeable;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.camelsage.sage.quota.LoginAdmission;
import dev.camelsage.sage.quota.LoginKey;
import dev.camelsage.sage.quota.LoginState;
import dev.camelsage.sage.quota.LoginTicket;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLease;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.sage.quota.QuotaWindow;
import dev.camelsage.sage.quota.Reservation;
import dev.camelsage.sage.quota.SageQuotaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sage quotas shared by every Camel instance of a Hazelcast cluster: one sliding window, one day count, one block and
 * one failed-login count per API key and company (per username for logins), whichever instance sends. Each operation
 * is an entry processor on the member that owns the key, so "refuse while blocked" and "reserve a slot" are one atomic
 * step cluster-wide, decided by the same {@link QuotaWindow} and {@link LoginState} rules as the in-memory store. Only
 * open-source Hazelcast features are used (two {@code IMap}s with one synchronous backup each).
 * <p>
 * Bind it in the registry (a single {@code SageQuotaStore} bean is autowired into the sage component) or set it as
 * the component's {@code quotaStore}. It uses the {@code HazelcastInstance} given (a member or a client; never shut
 * down here), or starts a member from {@link #setConfigUri(String) configUri} on first use and shuts it down on
 * {@link #close()}. Members that run the operations need camel-sage and camel-sage-hazelcast on their class path.
 */
public class HazelcastSageQuotaStore implements SageQuotaStore, Closeable {

    /** The map of quota windows, by {@link QuotaKey}. */
    public static final String QUOTA_MAP = "camel-sage-quotas";
    /** The map of failed-login states, by {@link LoginKey}. */
    public static final String LOGIN_MAP = "camel-sage-logins";

    private static final Logger LOG = LoggerFactory.getLogger(HazelcastSageQuotaStore.class);

    private HazelcastInstance hazelcastInstance;
    private String configUri;
    private boolean ownInstance;
    private volatile IMap<QuotaKey, QuotaWindow> quotas;
    private volatile IMap<LoginKey, LoginState> logins;

    /** A store configured through its setters (as a bean from properties). */
    public HazelcastSageQuotaStore() {
    }

    /** A store on an instance the application already runs; closing the store leaves the instance running. */
    public HazelcastSageQuotaStore(HazelcastInstance hazelcastInstance) {
        this.hazelcastInstance = hazelcastInstance;
    }

    @Override
    public Reservation tryReserve(QuotaKey key, QuotaLimits limits, Instant now, Instant leaseExpiry) {
        Object answer = quotas().executeOnKey(key, new QuotaSteps.Reserve(QuotaSteps.Limits.of(limits), now, leaseExpiry));
        return QuotaSteps.Reserve.toReservation(answer);
    }

    @Override
    public void release(QuotaLease lease, Instant completedAt) {
        quotas().executeOnKey(lease.key(), new QuotaSteps.Release(lease.id(), completedAt));
    }

    @Override
    public Instant freeAt(QuotaKey key, QuotaLimits limits, Instant now, int slots) {
        return quotas().executeOnKey(key, new QuotaSteps.FreeAt(QuotaSteps.Limits.of(limits), now, slots));
    }

    @Override
    public boolean block(QuotaKey key, Instant until, String reason, Instant now) {
        return quotas().executeOnKey(key, new QuotaSteps.Block(until, reason, now));
    }

    @Override
    public void recordUnauthorized(QuotaKey key, Instant at) {
        quotas().executeOnKey(key, new QuotaSteps.RecordUnauthorized(at));
    }

    @Override
    public QuotaSnapshot snapshot(QuotaKey key, QuotaLimits limits, Instant now) {
        return quotas().executeOnKey(key, new QuotaSteps.Snapshot(QuotaSteps.Limits.of(limits), now)).toSnapshot();
    }

    @Override
    public LoginAdmission admit(LoginKey login, int maxFailedLogins, Instant now, Instant ticketExpiry) {
        Serializable answer = logins().executeOnKey(login, new LoginSteps.Admit(maxFailedLogins, now, ticketExpiry));
        return LoginSteps.Admit.toAdmission(answer);
    }

    @Override
    public void cancel(LoginTicket ticket) {
        logins().executeOnKey(ticket.login(), new LoginSteps.Cancel(ticket.id()));
    }

    @Override
    public void answered(LoginTicket ticket, int statusCode, Instant now) {
        logins().executeOnKey(ticket.login(), new LoginSteps.Answered(ticket.id(), statusCode, now));
    }

    @Override
    public void lockOut(LoginKey login, Instant until) {
        logins().executeOnKey(login, new LoginSteps.LockOut(until));
    }

    @Override
    public List<Instant> failedLoginsSince(LoginKey login, Instant since) {
        return logins().executeOnKey(login, new LoginSteps.FailuresSince(since));
    }

    /** Shuts down the member this store started from {@code configUri}; an instance it was given keeps running. */
    @Override
    public synchronized void close() {
        if (ownInstance && hazelcastInstance != null) {
            hazelcastInstance.shutdown();
            hazelcastInstance = null;
            ownInstance = false;
        }
        quotas = null;
        logins = null;
    }

    private IMap<QuotaKey, QuotaWindow> quotas() {
        IMap<QuotaKey, QuotaWindow> map = quotas;
        return map != null ? map : connect().quotas;
    }

    private IMap<LoginKey, LoginState> logins() {
        IMap<LoginKey, LoginState> map = logins;
        return map != null ? map : connect().logins;
    }

    private synchronized HazelcastSageQuotaStore connect() {
        if (quotas == null) {
            HazelcastInstance instance = instance();
            configureMap(instance, QUOTA_MAP);
            configureMap(instance, LOGIN_MAP);
            logins = instance.getMap(LOGIN_MAP);
            quotas = instance.getMap(QUOTA_MAP);
        }
        return this;
    }

    private HazelcastInstance instance() {
        if (hazelcastInstance != null && configUri != null) {
            throw new IllegalStateException("HazelcastSageQuotaStore has both a hazelcastInstance and configUri ("
                                            + configUri + "): set only one of them");
        }
        if (hazelcastInstance == null) {
            if (configUri == null || configUri.isBlank()) {
                throw new IllegalStateException("HazelcastSageQuotaStore has no Hazelcast to keep the quotas in: set"
                                                + " hazelcastInstance (a member or client the application runs) or"
                                                + " configUri (a member configuration such as classpath:hazelcast.yaml)");
            }
            Config config = load(configUri);
            if (config.getClassLoader() == null) {
                // So that members can read the windows and steps in a modular runtime (OSGi) too.
                config.setClassLoader(HazelcastSageQuotaStore.class.getClassLoader());
            }
            hazelcastInstance = Hazelcast.newHazelcastInstance(config);
            ownInstance = true;
        }
        return hazelcastInstance;
    }

    /** A member configuration, XML or YAML by its extension: {@code classpath:name}, {@code file:path} or a path. */
    static Config load(String uri) {
        String location = uri.trim();
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()).replaceFirst("^/+", "");
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try {
                return Config.loadFromClasspath(loader != null ? loader : HazelcastSageQuotaStore.class.getClassLoader(),
                        resource);
            } catch (IllegalArgumentException missing) {
                throw new IllegalArgumentException("The Hazelcast configuration " + uri + " of HazelcastSageQuotaStore"
                                                   + " is not on the class path: fix configUri", missing);
            }
        }
        File file = new File(location.startsWith("file:") ? location.substring("file:".length()) : location);
        try {
            return Config.loadFromFile(file);
        } catch (FileNotFoundException missing) {
            throw new IllegalArgumentException("The Hazelcast configuration " + file.getAbsolutePath() + " of"
                                               + " HazelcastSageQuotaStore does not exist: fix configUri", missing);
        }
    }

    /**
     * Keeps the map's values as objects, so that a step reads and changes a window in place instead of deserializing
     * a day of requests on every call; one synchronous backup, so a member that leaves loses nothing. A configuration
     * the application gives the map itself is left as it is.
     */
    private static void configureMap(HazelcastInstance instance, String name) {
        try {
            if (instance.getConfig().getMapConfigOrNull(name) != null) {
                return;
            }
        } catch (UnsupportedOperationException client) {
            // A client cannot read the members' configuration: add ours, which they keep unless they have their own.
        }
        try {
            instance.getConfig().addMapConfig(new MapConfig(name).setInMemoryFormat(InMemoryFormat.OBJECT).setBackupCount(1));
        } catch (InvalidConfigurationException configured) {
            LOG.info("The Hazelcast map {} keeps the configuration the cluster gives it: {}", name, configured.getMessage());
        }
    }

    public HazelcastInstance getHazelcastInstance() {
        return hazelcastInstance;
    }

    /**
     * The Hazelcast member or client whose cluster keeps the quotas: every Camel instance that shares a Sage API key
     * must use the same cluster. Not shut down by this store.
     */
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.hazelcastInstance = hazelcastInstance;
    }

    public String getConfigUri() {
        return configUri;
    }

    /**
     * A Hazelcast member configuration (XML or YAML: {@code classpath:hazelcast.yaml}, {@code file:/etc/hz.xml}) to
     * start a member from on first use, instead of giving a {@code hazelcastInstance}. The member is shut down when
     * the store is closed.
     */
    public void setConfigUri(String configUri) {
        this.configUri = configUri;
    }
}
