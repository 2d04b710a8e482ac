package dev.camelsage.sage;

import java.util.ArrayList;
import java.util.List;

import dev.camelsage.sage.exception.SageNotFoundException;
import dev.camelsage.sage.internal.SageEntities;
import dev.camelsage.simulator.SageSimulatorExtension;
import dev.camelsage.simulator.ServiceCatalog;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Sage will not delete: the component refuses such a delete (when the route starts, see SageBadInputTest) in
 * agreement with the simulator's table of Delete decisions; where the evidence is thin (Quote), it works both ways.
 */
class SageUndeletableServicesTest extends SageTestSupport {

    @RegisterExtension
    static final SageSimulatorExtension QUOTE_DELETABLE = SageSimulatorExtension.create(
            b -> b.deleteSupported("Quote", true));

    @Test
    void theComponentRefusesExactlyWhatTheSimulatorCannotDeleteWhereTheEvidenceIsFirm() {
        List<String> disagreements = new ArrayList<>();
        for (ServiceCatalog.DeleteDecision decision : ServiceCatalog.deleteDecisions()) {
            String service = decision.service();
            boolean refused = SageEntities.deleteRefusal(service).isPresent();
            if (refused && decision.supported()) {
                disagreements.add(service + ": the simulator deletes it, the component refuses to");
            }
            if (!refused && !decision.supported() && !List.of("Quote", "SalesOrder").contains(service)) {
                disagreements.add(service + ": Sage has no Delete (" + decision.evidence() + "), the component sends it");
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(SageEntities.deleteRefusal("TaxInvoice")).hasValueSatisfying(advice -> assertThat(advice)
                .contains("cannot be deleted").contains("credit note").contains("CustomerReturn"));
    }

    @Test
    void aQuoteDeleteGoesToSageWhichAnswersItAsItsTableSays() {
        long quote = sage().store().list(COMPANY, "Quote").get(0).get("ID").asLong();
        long deletable = QUOTE_DELETABLE.get().store().list(COMPANY, "Quote").get(0).get("ID").asLong();

        Exchange refused = send("sage:quote?companyId=1&operation=delete&id=" + quote, null);
        Exchange deleted = send("sage:quote?companyId=1&operation=delete&id=" + deletable + at(QUOTE_DELETABLE.get()),
                null);

        assertThat(refused.getException()).isInstanceOf(SageNotFoundException.class)
                .hasMessageContaining("No action was found");
        assertThat(sage().store().get(COMPANY, "Quote", quote)).isPresent();
        assertThat(deleted.getException()).isNull();
        assertThat(QUOTE_DELETABLE.get().store().get(COMPANY, "Quote", deletable)).isEmpty();
    }
}
