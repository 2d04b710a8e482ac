package dev.camelsage.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.simulator.SageSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageDemoTest {

    @Test
    void demoCreatesOneCustomerAndOneInvoiceThatSageTotals() throws Exception {
        try (SageSimulator simulator = SageSimulator.builder().port(0).build().start()) {
            long customersBefore = simulator.store().count(SageSimulator.DEMO_COMPANY_ID, "Customer");
            long invoicesBefore = simulator.store().count(SageSimulator.DEMO_COMPANY_ID, "TaxInvoice");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            TaxInvoice invoice = SageDemo.run(simulator, new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(simulator.store().count(SageSimulator.DEMO_COMPANY_ID, "Customer")).isEqualTo(customersBefore + 1);
            assertThat(simulator.store().count(SageSimulator.DEMO_COMPANY_ID, "TaxInvoice")).isEqualTo(invoicesBefore + 1);
            // 3 x 199.99 = 599.97 exclusive, 15% VAT = 90.00 (89.9955 rounded), total 689.97
            assertThat(invoice.exclusive).isEqualByComparingTo(new BigDecimal("599.97"));
            assertThat(invoice.tax).isEqualByComparingTo(new BigDecimal("90.00"));
            assertThat(invoice.total).isEqualByComparingTo(new BigDecimal("689.97"));
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Created customer", "Created invoice");
        }
    }
}
