package dev.camelsage.sage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.exception.SageConflictException;
import dev.camelsage.sage.exception.SageNotFoundException;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.Item;
import dev.camelsage.simulator.JournalEntry;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** deleteConflictStrategy: what a delete does when other records use the record (409). */
class SageDeleteConflictStrategyTest extends SageTestSupport {

    private long customerId;

    /** A customer with an invoice: Sage refuses to delete it. */
    @BeforeEach
    void customerWithAnInvoice() {
        customerId = send("sage:customer?companyId=1&operation=save", SageFixtures.customer())
                .getMessage().getBody(Customer.class).getId();
        long itemId = send("sage:item?companyId=1&operation=save", SageFixtures.item()).getMessage().getBody(Item.class).getId();
        Exchange invoice = send("sage:taxInvoice?companyId=1&operation=save", SageFixtures.taxInvoice(customerId, itemId));
        assertThat(invoice.getException()).isNull();
        sage().journal().clear();
    }

    @Test
    void failIsTheDefaultAndThrowsTheConflict() {
        Exchange exchange = send("sage:customer?companyId=1&operation=delete&id=" + customerId, null);

        assertThat(exchange.getException()).isInstanceOf(SageConflictException.class);
        assertThat(stored()).isNotNull();
    }

    @Test
    void skipLeavesTheRecordAndSaysSo() {
        Exchange exchange = send("sage:customer?companyId=1&operation=delete&deleteConflictStrategy=skip&id="
                                 + customerId, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(SageConstants.DELETE_SKIPPED, Boolean.class)).isTrue();
        assertThat(exchange.getMessage().getHeader(SageConstants.RESPONSE_CODE, Integer.class)).isEqualTo(409);
        assertThat(exchange.getMessage().getBody()).isNull();
        assertThat(stored().path("Active").asBoolean()).isTrue();
        assertThat(sage().journal().entries()).extracting(JournalEntry::status).containsExactly(409);
    }

    @Test
    void deactivateSavesTheRecordWithActiveFalseAndReturnsIt() {
        Exchange exchange = send("sage:customer?companyId=1&operation=delete&deleteConflictStrategy=deactivate&id="
                                 + customerId, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(SageConstants.DEACTIVATED, Boolean.class)).isTrue();
        Customer saved = exchange.getMessage().getBody(Customer.class);
        assertThat(saved.getId()).isEqualTo(customerId);
        assertThat(saved.getActive()).isFalse();
        assertThat(stored().path("Active").asBoolean()).isFalse();
        assertThat(sage().journal().entries()).extracting(e -> e.httpMethod() + " " + e.method() + " " + e.status())
                .containsExactly("DELETE Delete 409", "GET Get 200", "POST Save 200");
    }

    @Test
    void aFailureOtherThanAConflictStillFails() {
        Exchange exchange = send("sage:customer?companyId=1&operation=delete&deleteConflictStrategy=skip&id=99999999",
                null);

        assertThat(exchange.getException()).isInstanceOf(SageNotFoundException.class);
        assertThat(exchange.getMessage().getHeader(SageConstants.DELETE_SKIPPED)).isNull();
    }

    @Test
    void aRecordNobodyUsesIsDeletedWhateverTheStrategy() {
        long unused = send("sage:customer?companyId=1&operation=save", SageFixtures.customer())
                .getMessage().getBody(Customer.class).getId();

        Exchange exchange = send("sage:customer?companyId=1&operation=delete&deleteConflictStrategy=deactivate&id="
                                 + unused, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(SageConstants.DEACTIVATED)).isNull();
        assertThat(sage().store().get(COMPANY, "Customer", unused)).isEmpty();
    }

    private ObjectNode stored() {
        return sage().store().get(COMPANY, "Customer", customerId).orElse(null);
    }
}
