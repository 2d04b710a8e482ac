package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeleteConflictTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    @Test
    void customerWithDocumentsIs409() {
        SageCall.Reply reply = SageCall.delete(SAGE.get(), "Customer/Delete/" + Seed.customer(SAGE.get())).send();

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.message()).contains("in use");
        assertThat(SAGE.get().store().get(1, "Customer", Seed.customer(SAGE.get()))).isPresent();
    }

    @Test
    void itemOnALineIs409() {
        assertThat(SageCall.delete(SAGE.get(), "Item/Delete/" + Seed.item(SAGE.get())).send().status()).isEqualTo(409);
    }

    @Test
    void taxTypeInUseIs409() {
        assertThat(SageCall.delete(SAGE.get(), "TaxType/Delete/" + Seed.standardRate(SAGE.get())).send().status()).isEqualTo(409);
    }

    @Test
    void unusedTaxTypeIsDeleted() {
        long unused = Seed.id(SAGE.get(), "TaxType", "Name", "Standard Rate (Capital Goods)");

        assertThat(SageCall.delete(SAGE.get(), "TaxType/Delete/" + unused).send().status()).isEqualTo(204);
    }

    @Test
    void deleteOfAMissingEntityIs404() {
        assertThat(SageCall.delete(SAGE.get(), "Customer/Delete/424242").send().status()).isEqualTo(404);
    }
}
