package dev.camelsage.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConfiguration;
import dev.camelsage.sage.model.CommercialDocumentLine;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.Item;
import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.sage.model.TaxType;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Runs the demo: starts the embedded Sage simulator with its demo company, points the sage: component at it, then
 * lists customers, creates a customer and an invoice for it, and prints what came back.
 */
public final class SageDemo {

    private SageDemo() {
    }

    public static void main(String[] args) throws Exception {
        try (SageSimulator simulator = SageSimulator.builder().port(0).build().start()) {
            run(simulator, System.out);
        }
    }

    /** Runs the demo against a started simulator and returns the invoice Sage saved. */
    public static TaxInvoice run(SageSimulator simulator, PrintStream out) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            SageConfiguration sage = camel.getComponent("sage", SageComponent.class).getConfiguration();
            sage.setBaseUrl(simulator.baseUrl());
            sage.setAllowInsecureHttp(true);
            sage.setUsername(SageSimulator.DEMO_USERNAME);
            sage.setPassword(SageSimulator.DEMO_PASSWORD);
            sage.setApiKey(SageSimulator.DEMO_API_KEY);
            sage.setCompanyId(SageSimulator.DEMO_COMPANY_ID);
            camel.addRoutes(new SageDemoRoutes());
            camel.start();
            return new Walkthrough(camel.createProducerTemplate(), out).run();
        }
    }

    private record Walkthrough(ProducerTemplate template, PrintStream out) {

        TaxInvoice run() {
            List<Customer> customers = list("direct:listCustomers", Customer.class);
            out.printf("%nCustomers of the demo company (%d):%n", customers.size());
            customers.forEach(c -> out.printf("  %5d  %-40s balance %s%n", c.id, c.name, c.balance));

            Customer customer = new Customer();
            customer.name = "Camel Riders CC " + System.currentTimeMillis();
            customer.email = "accounts@camelriders.example";
            customer.active = true;
            Customer saved = template.requestBody("direct:saveCustomer", customer, Customer.class);
            out.printf("%nCreated customer %d: %s%n", saved.id, saved.name);

            TaxType standardRate = list("direct:findStandardRate", TaxType.class).stream()
                    .filter(t -> "Standard Rate".equals(t.name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The demo company has no 'Standard Rate' tax type"));
            Item item = list("direct:listItems", Item.class).get(0);

            TaxInvoice invoice = new TaxInvoice();
            invoice.customerId = saved.id;
            invoice.date = LocalDate.now();
            invoice.dueDate = LocalDate.now().plusDays(30);
            invoice.inclusive = false;
            invoice.reference = "DEMO-" + saved.id;
            CommercialDocumentLine line = new CommercialDocumentLine();
            line.selectionId = item.id;
            line.lineType = 0;
            line.description = item.description;
            line.quantity = new BigDecimal("3");
            line.unitPriceExclusive = new BigDecimal("199.99");
            line.taxTypeId = standardRate.id;
            invoice.lines = List.of(line);

            TaxInvoice savedInvoice = template.requestBody("direct:saveInvoice", invoice, TaxInvoice.class);
            out.printf("Created invoice %s (ID %d) for %s: exclusive %s + VAT %s = %s, due %s%n%n",
                    savedInvoice.documentNumber, savedInvoice.id, saved.name, savedInvoice.exclusive,
                    savedInvoice.tax, savedInvoice.total, savedInvoice.dueDate);
            return savedInvoice;
        }

        @SuppressWarnings("unchecked")
        private <T> List<T> list(String uri, Class<T> type) {
            return template.requestBody(uri, null, List.class);
        }
    }
}
