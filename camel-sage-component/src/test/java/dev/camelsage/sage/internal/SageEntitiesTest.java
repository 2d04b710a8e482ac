package dev.camelsage.sage.internal;

import java.util.Map;

import dev.camelsage.sage.model.TaxInvoice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageEntitiesTest {

    @Test
    void namesMatchWithoutRegardToCase() {
        assertThat(SageEntities.canonicalName("taxinvoice")).contains("TaxInvoice");
        assertThat(SageEntities.canonicalName("TAXINVOICE")).contains("TaxInvoice");
        assertThat(SageEntities.canonicalName("vat201report")).contains("VAT201Report");
        assertThat(SageEntities.canonicalName("Customers")).isEmpty();
    }

    @Test
    void theKnownServicesCoverTheReferenceLists() {
        assertThat(SageEntities.names()).hasSizeGreaterThan(120).contains("Customer", "SupplierInvoice", "Allocation",
                "AccountBalance", "TimeTrackingTimesheet", "SalesOrder");
    }

    @Test
    void closeMatchesListTheLikelyNamesClosestFirst() {
        assertThat(SageEntities.closeMatches("customers")).first().isEqualTo("Customer");
        assertThat(SageEntities.closeMatches("taxinvoce")).first().isEqualTo("TaxInvoice");
        assertThat(SageEntities.closeMatches("invoice")).contains("TaxInvoice", "SupplierInvoice").hasSizeLessThanOrEqualTo(5);
        assertThat(SageEntities.closeMatches("zzzzzzzzzzzz")).isEmpty();
    }

    @Test
    void modelledServicesHaveTheirClassAndTheOthersAreMaps() {
        assertThat(SageEntities.modelClass("TaxInvoice")).isEqualTo(TaxInvoice.class);
        assertThat(SageEntities.modelClass("AccountNote")).isEqualTo(Map.class);
    }
}
