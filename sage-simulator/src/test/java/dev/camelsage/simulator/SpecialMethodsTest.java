package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SpecialMethodsTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    @Test
    void accountGetHidesSystemAccountsThatGetWithSystemAccountsLists() {
        JsonNode visible = SageCall.get(SAGE.get(), "Account/Get").send().json();
        JsonNode all = SageCall.get(SAGE.get(), "Account/GetWithSystemAccounts").send().json();

        assertThat(visible.findValuesAsText("Name")).doesNotContain("VAT Control").contains("Sales");
        assertThat(all.findValuesAsText("Name")).contains("VAT Control", "Sales");
        assertThat(all.get("TotalResults").asInt()).isEqualTo(visible.get("TotalResults").asInt() + 4);
    }

    @Test
    void journalEntrySaveBatchSavesAnArray() {
        long bankCharges = Seed.id(SAGE.get(), "Account", "Name", "Bank Charges");
        long sales = Seed.salesAccount(SAGE.get());
        String entry = "{\"Date\":\"2026-06-12\",\"AccountId\":" + bankCharges + ",\"ContraAccountId\":" + sales
                + ",\"Effect\":%d,\"Exclusive\":100.0,\"Tax\":15.0,\"Total\":115.0}";

        SageCall.Reply reply = SageCall.post(SAGE.get(), "JournalEntry/SaveBatch",
                "[" + String.format(entry, 1) + "," + String.format(entry, 2) + "]").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).hasSize(2);
        assertThat(reply.body()).contains("\"Total\":115.00");
    }

    @Test
    void journalEntryEffectMustBeDebitOrCredit() {
        String entry = "{\"Date\":\"2026-06-12\",\"AccountId\":" + Seed.salesAccount(SAGE.get()) + ",\"Effect\":3}";

        assertThat(SageCall.post(SAGE.get(), "JournalEntry/Save", entry).send().status()).isEqualTo(400);
    }

    @Test
    void theCatalogNamesEachMethodsVerbAndAnotherVerbIsRefusedWithIt() {
        assertThat(ServiceCatalog.verbs("TaxInvoice")).containsExactly(Map.entry("Get", "GET"),
                Map.entry("Save", "POST"), Map.entry("Calculate", "POST"),
                Map.entry("Email", "POST"), Map.entry("EmailDeliveryNote", "POST"));
        assertThat(ServiceCatalog.verbs("TaxInvoiceAttachment")).containsEntry("AllowDelete", "GET")
                .containsEntry("Download", "GET").containsEntry("Delete", "DELETE").containsEntry("Save", "POST");

        SageCall.Reply reply = SageCall.post(SAGE.get(), "Account/GetWithSystemAccounts", "{}").send();

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo(ServiceCatalog.verbs("Account").get("GetWithSystemAccounts"));
    }

    @Test
    void saveBatchIsOnlyOfferedWhereSageHasIt() {
        assertThat(SageCall.post(SAGE.get(), "Customer/SaveBatch", "[]").send().status()).isEqualTo(404);
    }

    @Test
    void companyCannotBeSaved() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Company/Save", "{\"Name\":\"X\"}").send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().asText()).startsWith("No action was found on the controller 'Company'");
    }

    @Test
    void everyServiceOfTheIssueAnswersGet() {
        for (String service : new String[] {"Company", "Customer", "Supplier", "Item", "TaxType", "SalesRepresentative",
            "CustomerCategory", "SupplierCategory", "ItemCategory", "Account", "BankAccount", "TaxInvoice", "CustomerReceipt",
            "CustomerReturn", "Quote", "SalesOrder", "SupplierInvoice", "SupplierPayment", "PurchaseOrder", "JournalEntry",
            "Allocation"}) {
            SageCall.Reply reply = SageCall.get(SAGE.get(), service + "/Get").send();
            assertThat(reply.status()).as(service).isEqualTo(200);
            assertThat(reply.json().get("TotalResults").asInt()).as(service + " is seeded").isPositive();
        }
    }

    @Test
    void salesRepresentativeNameIsDerived() {
        JsonNode rep = SageCall.post(SAGE.get(), "SalesRepresentative/Save", "{\"FirstName\":\"Lerato\",\"LastName\":\"Mokoena\"}")
                .send().json();

        assertThat(rep.get("Name").asText()).isEqualTo("Lerato Mokoena");
    }
}
