package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where the evidence is open, the builder switches Delete on or off, and the simulator reports its choice. */
class DeleteSupportSwitchTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited())
            .deleteSupported("Quote", true).deleteSupported("CustomerReceipt", false));

    @Test
    void aSwitchedOnDeleteDeletes() {
        long quote = SAGE.get().store().list(1, "Quote").get(0).get("ID").asLong();

        assertThat(SAGE.get().supportsDelete("Quote")).isTrue();
        assertThat(ServiceCatalog.supportsDelete("Quote")).as("the catalog's default is unchanged").isFalse();
        assertThat(SageCall.delete(SAGE.get(), "Quote/Delete/" + quote).send().status()).isEqualTo(204);
    }

    @Test
    void aSwitchedOffDeleteIsTheNoActionString() {
        long receipt = SAGE.get().store().list(1, "CustomerReceipt").get(0).get("ID").asLong();

        SageCall.Reply reply = SageCall.delete(SAGE.get(), "CustomerReceipt/Delete/" + receipt).send();

        assertThat(SAGE.get().supportsDelete("CustomerReceipt")).isFalse();
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().asText()).contains("'CustomerReceipt'").contains("'Delete'");
    }

    @Test
    void onlyEntityServicesCanBeSwitched() {
        assertThatThrownBy(() -> SageSimulator.builder().deleteSupported("CustomerZone", true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SageSimulator.builder().deleteSupported("Invoice", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TaxInvoice");
    }
}
