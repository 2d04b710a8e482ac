package dev.camelsage.sage;

import dev.camelsage.sage.exception.SageNotFoundException;
import dev.camelsage.sage.model.Item;
import dev.camelsage.simulator.JournalEntry;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A delete whose answer was lost is sent again; Sage's 404 then means the lost attempt did the work. */
class SageDeleteAfterLostAnswerTest extends SageTestSupport {

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new SageErrorHandling(), new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead"));
                for (String strategy : new String[] {"fail", "skip", "deactivate"}) {
                    from("direct:" + strategy).routeConfigurationId(SageErrorHandling.ID)
                            .to("sage:item?companyId=1&operation=delete&deleteConflictStrategy=" + strategy);
                }
            }
        }};
    }

    @ParameterizedTest
    @ValueSource(strings = {"fail", "skip", "deactivate"})
    void aDeleteRedeliveredAfterItsAnswerWasLostEndsWellWhenSageNoLongerHasTheRecord(String strategy) {
        long itemId = item();
        sage().faults().dropConnectionAfterSave(1);

        Exchange result = template.send("direct:" + strategy, e -> e.getMessage().setHeader(SageConstants.ID, itemId));

        assertThat(result.getException()).isNull();
        assertThat(result.getProperty(Exchange.EXCEPTION_CAUGHT)).as("redelivered once").isNotNull();
        assertThat(getMockEndpoint("mock:dead").getReceivedCounter()).isZero();
        assertThat(result.getMessage().getHeader(SageConstants.ALREADY_DELETED, Boolean.class)).isTrue();
        assertThat(result.getMessage().getHeader(SageConstants.RESPONSE_CODE, Integer.class)).isEqualTo(404);
        assertThat(sage().store().get(COMPANY, "Item", itemId)).isEmpty();
        assertThat(sage().journal().entries(e -> "Item".equals(e.service()))).extracting(JournalEntry::status)
                .containsExactly(204, 404);
    }

    @Test
    void aFirstDeleteOfAnUnknownRecordStillFailsAsNotFound() {
        Exchange result = template.send("sage:item?companyId=1&operation=delete&id=987654", e -> { });

        assertThat(result.getException()).isInstanceOf(SageNotFoundException.class);
        assertThat(result.getMessage().getHeader(SageConstants.ALREADY_DELETED)).isNull();
    }

    private long item() {
        long id = send("sage:item?companyId=1&operation=save", SageFixtures.item()).getMessage().getBody(Item.class).getId();
        sage().journal().clear();
        return id;
    }
}
