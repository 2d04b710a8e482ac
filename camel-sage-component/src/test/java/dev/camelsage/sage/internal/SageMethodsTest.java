package dev.camelsage.sage.internal;

import java.util.ArrayList;
import java.util.List;

import dev.camelsage.simulator.ServiceCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The verb operation=call sends for each method: as the reference gives it, and as the simulator serves it. */
class SageMethodsTest {

    /** Every method with a verb in sage-api-reference.md §1.5 and the service catalog of §2.1. */
    @ParameterizedTest(name = "{0} {1}/{2}")
    @CsvSource({
            "GET, Customer, Get", "POST, Customer, Save", "DELETE, Customer, Delete",
            "GET, Account, GetWithSystemAccounts", "GET, Account, GetAccountsByCategoryId",
            "GET, Account, GetChartofAccounts",
            "POST, AccountBalance, Get", "GET, AccountBalance, GetAccountBudgets",
            "GET, AccountNoteAttachment, Get", "POST, AccountNoteAttachment, Save",
            "DELETE, AccountNoteAttachment, Delete", "GET, AccountNoteAttachment, Download",
            "GET, AccountNoteAttachment, AllowDelete", "GET, AccountNoteAttachment, GetCompanyStorageInformation",
            "DELETE, AccountNoteAttachment, DeleteAll",
            "POST, AccountantEvent, GetEventsInDateRange", "GET, AccountantNote, GetLatest",
            "GET, AccountantTask, GetLatest", "POST, AccountantTask, GetTasksDueInDateRange",
            "POST, AccountantTask, GetTasksDueSpecificDate", "POST, AccountantTask, GetTasksForSpecificDate",
            "POST, AccountantTask, UpdateTaskStatus",
            "POST, AdditionalPriceList, AllowDelete", "POST, AnalysisCategory, AllowDelete",
            "POST, Allocation, SaveBatch", "DELETE, Allocation, Delete", "POST, AnalysisType, SaveBatch",
            "POST, BankAccount, Validate",
            "GET, Company, Current", "GET, CompanyNote, GetCompanyNotes",
            "POST, CustomerStatement, Get",
            "POST, CustomerZone, GetCustomerZoneInvoiceUrl", "POST, CustomerZone, GetCustomerZoneQuoteUrl",
            "POST, JournalEntry, Calculate", "POST, JournalEntry, SaveBatch",
            "POST, PurchaseOrder, Calculate", "GET, PurchaseOrderAttachment, Download",
            "POST, Quote, Calculate", "POST, Quote, Email", "POST, QuoteAttachment, Save",
            "GET, SalesRepresentative, HasActivity",
            "GET, SupplierAdditionalContactDetail, GetAdditionalContactDetails",
            "POST, SupplierAdjustment, Calculate", "POST, SupplierAgeing, GetSummary",
            "POST, SupplierAgeing, GetDetail",
            "POST, SupplierInvoice, Calculate", "POST, SupplierInvoice, Email",
            "POST, SupplierPayment, SaveBatch", "POST, SupplierPurchaseHistory, Get", "POST, SupplierStatement, Get",
            "POST, SupplierTransactionListing, GetSupplierTransactionListingReportingDetail",
            "POST, TaxInvoice, Calculate", "POST, TaxInvoice, Email", "POST, TaxInvoice, EmailDeliveryNote",
            "POST, TrialBalance, Export"
    })
    void callSendsEachMethodWithTheVerbOfTheReference(String verb, String service, String method) {
        assertThat(SageMethods.httpMethod(service, method, null)).isEqualTo(verb);
    }

    @Test
    void callSendsEveryMethodTheSimulatorServesWithTheVerbItServesItWith() {
        List<String> differing = new ArrayList<>();
        for (String service : ServiceCatalog.services()) {
            String canonical = SageEntities.canonicalName(service).orElseThrow(
                    () -> new AssertionError("The component does not know the service " + service));
            ServiceCatalog.verbs(service).forEach((method, verb) -> {
                String sent = SageMethods.httpMethod(canonical, method, null);
                if (!sent.equals(verb)) {
                    differing.add(service + "/" + method + ": simulator " + verb + ", component " + sent);
                }
            });
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void theHttpMethodOptionWins() {
        assertThat(SageMethods.httpMethod("CustomerReceipt", "Delete", "post")).isEqualTo("POST");
        assertThat(SageMethods.httpMethod("Customer", "Purge", "DELETE")).isEqualTo("DELETE");
    }

    @Test
    void readsAndDeletesMayBeSentAgainButWritesMayNot() {
        assertThat(SageMethods.repeatable("GET", "Download")).isTrue();
        assertThat(SageMethods.repeatable("DELETE", "Delete")).isTrue();
        assertThat(SageMethods.repeatable("DELETE", "DeleteAll")).isTrue();
        assertThat(SageMethods.repeatable("POST", "Calculate")).isTrue();
        assertThat(SageMethods.repeatable("POST", "Email")).isFalse();
        assertThat(SageMethods.repeatable("POST", "SaveBatch")).isFalse();
    }
}
