package dev.camelsage.sage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.exception.SageServerException;
import dev.camelsage.sage.exception.SageUnknownOutcomeException;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.Item;
import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.simulator.JournalEntry;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A create whose answer is lost is never sent again blindly: with reconcileBy it is looked for first. */
class SageUnknownOutcomeCreateTest extends SageTestSupport {

    private long customerId;
    private long itemId;

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new SageErrorHandling(), new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead"));
                from("direct:reconciled").routeConfigurationId(SageErrorHandling.ID)
                        .to("sage:taxInvoice?companyId=1&operation=save&reconcileBy=Reference&requestTimeout=300");
                from("direct:plain").routeConfigurationId(SageErrorHandling.ID)
                        .to("sage:taxInvoice?companyId=1&operation=save");
            }
        }};
    }

    @BeforeEach
    void customerAndItem() {
        customerId = send("sage:customer?companyId=1&operation=save", SageFixtures.customer())
                .getMessage().getBody(Customer.class).getId();
        itemId = send("sage:item?companyId=1&operation=save", SageFixtures.item()).getMessage().getBody(Item.class).getId();
        sage().journal().clear();
    }

    @Test
    void aDroppedAnswerIsReconciledToTheInvoiceSageSavedAndNothingIsCreatedTwice() {
        TaxInvoice invoice = SageFixtures.taxInvoice(customerId, itemId);
        sage().faults().dropConnectionAfterSave(1);

        Exchange result = template.send("direct:reconciled", e -> e.getMessage().setBody(invoice));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SageConstants.RECONCILED, Boolean.class)).isTrue();
        TaxInvoice returned = result.getMessage().getBody(TaxInvoice.class);
        assertThat(returned.getReference()).isEqualTo(invoice.getReference());
        assertThat(invoicesWithReference(invoice.getReference())).singleElement()
                .satisfies(stored -> assertThat(stored.path("ID").asLong()).isEqualTo(returned.getId()));
        assertThat(saves()).hasSize(1);
        assertThat(requestsTo("TaxInvoice")).extracting(JournalEntry::method).containsExactly("Save", "Get");
    }

    @Test
    void aReconciledInvoiceComesBackWithItsLinesSoItCanBeSavedAgain() {
        TaxInvoice invoice = SageFixtures.taxInvoice(customerId, itemId);
        sage().faults().dropConnectionAfterSave(1);

        TaxInvoice returned = template.send("direct:reconciled", e -> e.getMessage().setBody(invoice))
                .getMessage().getBody(TaxInvoice.class);

        assertThat(returned.getLines()).as("as a create's own answer has them").hasSize(1);
        assertThat(requestsTo("TaxInvoice")).filteredOn(e -> "Get".equals(e.method())).singleElement()
                .satisfies(search -> assertThat(search.query()).containsEntry("includedetail", "true"));
        returned.setMessage("Amended after the lost answer");
        Exchange amended = template.send("direct:plain", e -> e.getMessage().setBody(returned));
        assertThat(amended.getException()).isNull();
        assertThat(invoicesWithReference(invoice.getReference())).singleElement()
                .satisfies(stored -> assertThat(stored.path("Lines")).hasSize(1));
    }

    @Test
    void aSlowSaveThatTimedOutIsFoundOnceSageHasCommittedIt() {
        TaxInvoice invoice = SageFixtures.taxInvoice(customerId, itemId);
        sage().faults().latency(Duration.ofMillis(600));

        CompletableFuture<Exchange> sent = template.asyncSend("direct:reconciled", e -> e.getMessage().setBody(invoice));
        await().until(() -> invoicesWithReference(invoice.getReference()).size() == 1);
        sage().faults().latency(Duration.ZERO);

        Exchange result = BoundedWait.join(sent);
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SageConstants.RECONCILED, Boolean.class)).isTrue();
        assertThat(invoicesWithReference(invoice.getReference())).hasSize(1);
        assertThat(saves()).hasSize(1);
    }

    @Test
    void anAttemptThatNeverReachedSageIsSentAgainAfterTheSearchFindsNothing() {
        TaxInvoice invoice = SageFixtures.taxInvoice(customerId, itemId);

        Exchange result = template.send("direct:reconciled", e -> {
            e.getMessage().setBody(invoice);
            // As a redelivery after a lost attempt would arrive.
            e.setProperty(SageExchangeProperties.CREATE_ATTEMPT, Instant.now().minusSeconds(5));
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SageConstants.RECONCILED)).isNull();
        assertThat(result.getProperty(SageExchangeProperties.CREATE_ATTEMPT)).isNull();
        assertThat(requestsTo("TaxInvoice")).extracting(JournalEntry::method).containsExactly("Get", "Save");
        assertThat(invoicesWithReference(invoice.getReference())).hasSize(1);
    }

    @Test
    void aSearchThatFailsLeavesTheOutcomeUnknownAndSendsNothing() {
        TaxInvoice invoice = SageFixtures.taxInvoice(customerId, itemId);
        sage().faults().serverErrorRate(1.0, 1);

        Exchange result = template.send("sage:taxInvoice?companyId=1&operation=save&reconcileBy=Reference", e -> {
            e.getMessage().setBody(invoice);
            e.setProperty(SageExchangeProperties.CREATE_ATTEMPT, Instant.now().minusSeconds(5));
        });

        assertThat(result.getException()).isInstanceOf(SageUnknownOutcomeException.class)
                .hasMessageContaining("Could not tell whether").hasMessageContaining("Reference=" + invoice.getReference())
                .hasCauseInstanceOf(SageServerException.class);
        assertThat(result.getException(SageUnknownOutcomeException.class)).satisfies(unknown -> {
            assertThat(unknown.getEntity()).isEqualTo("TaxInvoice");
            assertThat(unknown.getCompanyId()).isEqualTo("1");
        });
        assertThat(result.getProperty(SageExchangeProperties.CREATE_ATTEMPT)).as("kept for the next attempt").isNotNull();
        assertThat(requestsTo("TaxInvoice")).extracting(JournalEntry::method).containsExactly("Get");
    }

    @Test
    void withoutReconcileByALostCreateIsNotRetried() throws InterruptedException {
        TaxInvoice invoice = SageFixtures.taxInvoice(customerId, itemId);
        sage().faults().dropConnectionAfterSave(1);
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);

        template.send("direct:plain", e -> e.getMessage().setBody(invoice));

        dead.assertIsSatisfied();
        assertThat(dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT))
                .isInstanceOf(SageUnknownOutcomeException.class);
        assertThat(saves()).hasSize(1);
        assertThat(invoicesWithReference(invoice.getReference())).as("saved once, outcome unknown to the route").hasSize(1);
    }

    @Test
    void aCreateWithoutTheReconcileFieldFailsBeforeAnythingIsSent() {
        TaxInvoice invoice = SageFixtures.taxInvoice(customerId, itemId);
        invoice.setReference(null);

        Exchange result = template.send("sage:taxInvoice?companyId=1&operation=save&reconcileBy=Reference",
                e -> e.getMessage().setBody(invoice));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reconcileBy=Reference").hasMessageContaining("has no Reference");
        assertThat(sage().journal().entries()).isEmpty();
    }

    private List<JournalEntry> saves() {
        return sage().journal().entries(e -> "TaxInvoice".equals(e.service()) && "Save".equals(e.method()));
    }

    private List<ObjectNode> invoicesWithReference(String reference) {
        return sage().store().list(COMPANY, "TaxInvoice").stream()
                .filter(record -> reference.equals(record.path("Reference").asText())).toList();
    }
}
