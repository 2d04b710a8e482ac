package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What Sage will not delete: no Delete action, so ASP.NET answers 404 with a bare JSON string. */
class DeleteSupportTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    @Test
    void theDecisionsCoverEveryDocumentOfTheIssueWithEvidence() {
        Map<String, Boolean> decided = ServiceCatalog.deleteDecisions().stream()
                .collect(Collectors.toMap(ServiceCatalog.DeleteDecision::service, ServiceCatalog.DeleteDecision::supported));

        assertThat(decided).containsEntry("TaxInvoice", false).containsEntry("CustomerReturn", false)
                .containsEntry("Quote", false).containsEntry("SalesOrder", false).containsEntry("SupplierInvoice", false)
                .containsEntry("SupplierReturn", false).containsEntry("PurchaseOrder", true)
                .containsEntry("CustomerReceipt", true).containsEntry("SupplierPayment", true)
                .containsEntry("JournalEntry", true).containsEntry("Allocation", true);
        assertThat(ServiceCatalog.deleteDecisions()).allSatisfy(d -> {
            assertThat(d.evidence()).as(d.service()).isNotBlank();
            assertThat(ServiceCatalog.supportsDelete(d.service())).as(d.service()).isEqualTo(d.supported());
            assertThat(ServiceCatalog.methods(d.service()).contains("Delete")).as(d.service()).isEqualTo(d.supported());
        });
    }

    @Test
    void everyServiceWithoutDeleteAnswers404WithTheNoActionString() {
        List<ServiceCatalog.DeleteDecision> refused = ServiceCatalog.deleteDecisions().stream().filter(d -> !d.supported()).toList();
        assertThat(refused).isNotEmpty();
        for (ServiceCatalog.DeleteDecision decision : refused) {
            String service = decision.service();
            long id = SAGE.get().store().list(1, service).stream().findFirst().map(e -> e.get("ID").asLong()).orElse(1L);
            int before = SAGE.get().store().count(1, service);

            SageCall.Reply reply = SageCall.delete(SAGE.get(), service + "/Delete/" + id).send();

            assertThat(reply.status()).as(service).isEqualTo(404);
            assertThat(reply.json().isTextual()).as(service).isTrue();
            assertThat(reply.json().asText()).as(service)
                    .isEqualTo("No action was found on the controller '" + service + "' that matches the name 'Delete'.");
            assertThat(SAGE.get().store().count(1, service)).as(service).isEqualTo(before);
        }
    }

    @Test
    void aTaxInvoiceCannotBeDeletedEvenWithAnotherVerb() {
        long invoice = SAGE.get().store().list(1, "TaxInvoice").get(0).get("ID").asLong();

        assertThat(SageCall.post(SAGE.get(), "TaxInvoice/Delete/" + invoice, "{}").send().status()).isEqualTo(404);
    }

    @Test
    void servicesWithDeleteDeleteWhatNothingUses() {
        long journal = SAGE.get().store().list(1, "JournalEntry").get(0).get("ID").asLong();
        long order = SAGE.get().store().list(1, "PurchaseOrder").get(0).get("ID").asLong();

        assertThat(SageCall.delete(SAGE.get(), "JournalEntry/Delete/" + journal).send().status()).isEqualTo(204);
        assertThat(SageCall.delete(SAGE.get(), "PurchaseOrder/Delete/" + order).send().status()).isEqualTo(204);
        assertThat(SAGE.get().journal().entries()).allMatch(JournalEntry::committed);
    }

    @Test
    void theIdMayComeAsAQueryParameterAsWebApiBindsIt() {
        long allocation = SAGE.get().store().list(1, "Allocation").get(0).get("ID").asLong();

        SageCall.Reply reply = SageCall.delete(SAGE.get(), "Allocation/Delete").param("Id", String.valueOf(allocation)).send();

        assertThat(reply.status()).isEqualTo(204);
        assertThat(SAGE.get().store().get(1, "Allocation", allocation)).isEmpty();
    }

    @Test
    void postToCustomerReceiptDeleteIs405() {
        long receipt = SAGE.get().store().list(1, "CustomerReceipt").get(0).get("ID").asLong();

        SageCall.Reply reply = SageCall.post(SAGE.get(), "CustomerReceipt/Delete", "").param("Id", String.valueOf(receipt)).send();

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo("DELETE");
    }
}
