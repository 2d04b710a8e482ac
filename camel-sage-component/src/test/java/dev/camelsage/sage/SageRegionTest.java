package dev.camelsage.sage;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import dev.camelsage.sage.model.CommercialDocumentLine;
import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.sage.model.TaxType;
import dev.camelsage.simulator.Region;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The region option picks Sage's host (baseUrl still wins), and a company's tax follows its region. */
class SageRegionTest extends SageTestSupport {

    @RegisterExtension
    static final SageSimulatorExtension AUSTRALIA = SageSimulatorExtension.create(b -> b.region(Region.AU));

    @Test
    void theRegionPicksSagesHost() throws Exception {
        SageComponent hosts = new SageComponent();
        hosts.getConfiguration().setUsername(SageSimulator.DEMO_USERNAME);
        hosts.getConfiguration().setPassword(SageSimulator.DEMO_PASSWORD);
        hosts.getConfiguration().setApiKey(SageSimulator.DEMO_API_KEY);
        context.addComponent("sagehosts", hosts);

        assertThat(context.getEndpoint("sagehosts:customer?companyId=1", SageEndpoint.class).getServiceUrl())
                .isEqualTo("https://accounting.sageone.co.za/api/2.0.0");
        assertThat(context.getEndpoint("sagehosts:customer?companyId=1&region=au", SageEndpoint.class).getServiceUrl())
                .isEqualTo("https://accounting.sageone.com.au/api/2.0.0");
        assertThat(context.getEndpoint("sagehosts:customer?companyId=1&region=au"
                                       + "&baseUrl=https://resellers.accounting.sageone.co.za", SageEndpoint.class)
                .getServiceUrl()).isEqualTo("https://resellers.accounting.sageone.co.za/api/2.0.0");
    }

    static Stream<Arguments> regions() {
        return Stream.of(Arguments.of("za", "Standard Rate", "15"), Arguments.of("au", "GST", "10"));
    }

    @ParameterizedTest(name = "region={0}")
    @MethodSource("regions")
    void anInvoiceIsTaxedAtTheRateOfItsRegion(String region, String standardRate, String percent) {
        SageSimulator sage = region.equals("au") ? AUSTRALIA.get() : sage();
        String options = "?companyId=1&region=" + region + at(sage);
        List<TaxType> taxTypes = send("sage:taxType" + options, null).getMessage().getBody(List.class).stream()
                .map(TaxType.class::cast).toList();
        TaxType standard = taxTypes.stream().filter(t -> t.getName().equals(standardRate)).findFirst().orElseThrow();
        TaxInvoice invoice = SageFixtures.taxInvoice(sage.store().list(COMPANY, "Customer").get(0).get("ID").asLong(),
                sage.store().list(COMPANY, "Item").get(0).get("ID").asLong());
        CommercialDocumentLine line = invoice.getLines().get(0);
        line.setTaxTypeId(standard.getId());

        TaxInvoice calculated = send("sage:taxInvoice" + options + "&operation=call&method=Calculate", invoice)
                .getMessage().getBody(TaxInvoice.class);

        assertThat(standard.getPercentage()).isEqualByComparingTo(percent);
        assertThat(calculated.getExclusive()).isEqualByComparingTo("200.00");
        assertThat(calculated.getTax()).isEqualByComparingTo(new BigDecimal(percent).multiply(new BigDecimal("2")));
        assertThat(sage.journal().entries()).as("every call went to the region's Sage").hasSize(2);
    }
}
