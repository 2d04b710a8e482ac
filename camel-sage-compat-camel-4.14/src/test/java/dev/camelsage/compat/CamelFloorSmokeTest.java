package dev.camelsage.compat;

import java.util.List;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConfiguration;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The component, compiled in this module against Camel 4.14 and Jackson 2.17, lists and saves customers on them.
 */
class CamelFloorSmokeTest {

    @Test
    @Timeout(60)
    void routeListsAndSavesCustomersOnTheOldestCamelAndJacksonTheBundleAccepts() throws Exception {
        try (SageSimulator sage = SageSimulator.builder().start();
             CamelContext camel = new DefaultCamelContext()) {
            SageConfiguration configuration = camel.getComponent("sage", SageComponent.class).getConfiguration();
            configuration.setBaseUrl(sage.baseUrl());
            configuration.setUsername(SageSimulator.DEMO_USERNAME);
            configuration.setPassword(SageSimulator.DEMO_PASSWORD);
            configuration.setApiKey(SageSimulator.DEMO_API_KEY);
            configuration.setCompanyId(SageSimulator.DEMO_COMPANY_ID);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:list").to("sage:customer?operation=get&orderBy=ID");
                    from("direct:save").to("sage:customer?operation=save");
                }
            });
            camel.start();
            assertThat(camel.getVersion()).startsWith("4.14.");
            assertThat(PackageVersion.VERSION.getMinorVersion()).isEqualTo(17);
            assertThat(PluginHelper.getConfigurerResolver(camel).resolvePropertyConfigurer("sage-endpoint", camel))
                    .as("the generated endpoint configurer").isNotNull();

            ProducerTemplate template = camel.createProducerTemplate();
            List<?> customers = template.requestBody("direct:list", null, List.class);
            assertThat(customers).hasSize(sage.store().count(SageSimulator.DEMO_COMPANY_ID, "Customer"))
                    .allSatisfy(customer -> assertThat(customer).isInstanceOf(Customer.class));

            Customer customer = new Customer();
            customer.setName("Floor Check (Pty) Ltd");
            Customer saved = template.requestBody("direct:save", customer, Customer.class);
            assertThat(saved.getId()).isNotNull();
            assertThat(sage.store().get(SageSimulator.DEMO_COMPANY_ID, "Customer", saved.getId())).isPresent();
            assertThat(sage.journal().entries(entry -> "Save".equalsIgnoreCase(entry.method())))
                    .extracting(JournalEntry::service, JournalEntry::status)
                    .singleElement().isEqualTo(tuple("Customer", 201));
        }
    }
}
