package dev.camelsage.sage;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.exception.SageUnknownOutcomeException;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.JournalEntry;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search a redelivered create makes for the record its lost attempt may have saved: page after page of what was
 * created since, up to twenty pages, newest first by ID where Sage keeps no dates.
 */
class SageCreateSearchTest extends SageScaleTestSupport {

    @Test
    void readsPageAfterPageOfWhatWasCreatedSinceAndReturnsTheRecordFound() {
        Instant attempt = Instant.now().minusSeconds(60);
        List<ObjectNode> seeded = sage().store().seedCustomers(COMPANY, 150);
        ObjectNode lost = seeded.get(140);
        Customer again = new Customer();
        again.setName(lost.get("Name").asText());

        Exchange result = createAgain("sage:customer?operation=save&reconcileBy=name", again, attempt);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SageConstants.RECONCILED, Boolean.class)).isTrue();
        assertThat(result.getMessage().getBody(Customer.class).getId()).isEqualTo(lost.get("ID").asLong());
        assertThat(requestsTo("Customer")).as("two pages, no create").allSatisfy(call -> {
            assertThat(call.method()).isEqualTo("Get");
            assertThat(call.query()).containsEntry("$orderby", "Created,ID").containsEntry("$top", "100");
            assertThat(call.query().get("$filter")).startsWith("Created ge datetime'");
        }).extracting(call -> call.query().get("$skip")).containsExactly("0", "100");
    }

    @Test
    void stopsAfterTwentyFullPagesAndLeavesTheOutcomeUnknown() {
        Instant attempt = Instant.now().minusSeconds(60);
        sage().store().seedCustomers(COMPANY, 2000);
        Customer again = new Customer();
        again.setName("Not among them");

        Exchange result = createAgain("sage:customer?operation=save&reconcileBy=Name", again, attempt);

        assertThat(result.getException()).isInstanceOf(SageUnknownOutcomeException.class)
                .hasMessage("Could not tell whether the lost create of Customer Name=Not among them was saved: 2000"
                            + " records or more were created since. It was not sent again; look for it in Sage before"
                            + " creating it.")
                .hasNoCause();
        assertThat(result.getException(SageUnknownOutcomeException.class).getCompanyId()).isEqualTo("1");
        assertThat(requestsTo("Customer")).hasSize(20).allMatch(call -> "Get".equals(call.method()));
    }

    @Test
    void aShorterLastPageEndsTheSearchAndTheRecordIsCreated() {
        Instant attempt = Instant.now().minusSeconds(60);
        sage().store().seedCustomers(COMPANY, 1999);
        Customer again = new Customer();
        again.setName("Never saved");

        Exchange result = createAgain("sage:customer?operation=save&reconcileBy=Name", again, attempt);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SageConstants.RECONCILED)).isNull();
        assertThat(requestsTo("Customer")).extracting(call -> call.method())
                .as("twenty pages, the last one short, then the create").hasSize(21).endsWith("Save");
    }

    @Test
    void aServiceWithoutDatesIsSearchedNewestFirstById() {
        Instant attempt = Instant.now().minusSeconds(60);
        long saved = sage().store().insert(COMPANY, "JournalEntry", JsonNodeFactory.instance.objectNode()
                .put("Date", "2026-11-30").put("Reference", "JNL-LOST").put("Effect", 1)).get("ID").asLong();
        JournalEntry again = new JournalEntry();
        again.setReference("JNL-LOST");

        Exchange result = createAgain("sage:journalEntry?operation=save&reconcileBy=Reference", again, attempt);

        assertThat(result.getMessage().getHeader(SageConstants.ID)).isEqualTo(saved);
        assertThat(requestsTo("JournalEntry")).singleElement().satisfies(search -> {
            assertThat(search.query()).containsEntry("$orderby", "ID desc").doesNotContainKey("$filter");
        });
    }

    @Test
    void aBodyWithoutTheReconcileByFieldIsRefusedBeforeAnythingIsSent() {
        Exchange result = createAgain("sage:customer?operation=save&reconcileBy=Reference", new Customer(),
                Instant.now());

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has reconcileBy=Reference but the record to create has no Reference");
        assertThat(sage().journal().entries()).isEmpty();
    }

    /** A create redelivered after an attempt at {@code attempt} whose answer was lost. */
    private Exchange createAgain(String uri, Object body, Instant attempt) {
        return template.send(uri + "&companyId=" + COMPANY, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.setProperty(SageExchangeProperties.CREATE_ATTEMPT, attempt);
        });
    }

    private List<dev.camelsage.simulator.JournalEntry> requestsTo(String service) {
        return sage().journal().entries(e -> service.equals(e.service()));
    }
}
