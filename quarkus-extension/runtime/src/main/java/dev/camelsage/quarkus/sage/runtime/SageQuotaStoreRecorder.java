package dev.camelsage.quarkus.sage.runtime;

import java.util.function.Supplier;

import dev.camelsage.sage.quota.InMemorySageQuotaStore;
import dev.camelsage.sage.quota.SageQuotaStore;
import io.quarkus.runtime.annotations.Recorder;

/**
 * The quota store of dev mode. A live reload starts a new application (a new CamelContext and component) in a new
 * class loader, but the extension's own classes stay loaded, and this store with them: a block after a 429 and the
 * requests counted in the window survive the reload, so a reload never sends into a block.
 */
@Recorder
public class SageQuotaStoreRecorder {

    private static SageQuotaStore keptAcrossReloads;

    public Supplier<SageQuotaStore> quotaStoreKeptAcrossReloads() {
        return SageQuotaStoreRecorder::keptStore;
    }

    private static synchronized SageQuotaStore keptStore() {
        if (keptAcrossReloads == null) {
            keptAcrossReloads = new InMemorySageQuotaStore();
        }
        return keptAcrossReloads;
    }
}
