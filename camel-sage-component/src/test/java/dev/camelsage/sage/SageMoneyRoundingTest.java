package dev.camelsage.sage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.model.CommercialDocumentLine;
import dev.camelsage.sage.model.TaxInvoice;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invoice whose amounts need rounding, saved through the component and read back: every amount arrives in the
 * model exactly as Sage computed it, to the cent, whether prices are exclusive or inclusive of tax and whether the 10%
 * discount is on the line or on the document. Sage rounds each step to cents, half up; 15% is the demo company's
 * Standard Rate.
 * <p>
 * Worked out by hand, 3 x 33.33 = 99.99 before discount, 10% of it 9.999, so a discount of 10.00 and 89.99 after it:
 * <ul>
 * <li>exclusive, line discount: line Discount 10.00, Exclusive 89.99, Tax 89.99 x 15% = 13.4985 = 13.50, Total
 * 103.49; the inclusive unit price 33.33 x 1.15 = 38.3295 = 38.33. Document: Discount 0.00, 89.99 + 13.50 = 103.49.
 * <li>inclusive, line discount: line Total 89.99, Tax 89.99 x 15/115 = 11.7378 = 11.74, Exclusive 89.99 - 11.74 =
 * 78.25; the exclusive unit price 33.33 / 1.15 = 28.9826 = 28.98. Document: 78.25 + 11.74 = 89.99.
 * <li>exclusive, document discount: the line keeps its full 99.99, Tax 14.9985 = 15.00, Total 114.99; the document
 * takes 10.00 off the line's 99.99 before tax: Discount 10.00, Exclusive 89.99, Tax 13.50, Total 103.49.
 * <li>inclusive, document discount: the line keeps its full 99.99, Tax 99.99 x 15/115 = 13.0421 = 13.04, Exclusive
 * 86.95; the document takes 10.00 off: 89.99 inclusive, Tax 11.74, Exclusive 78.25, Discount 10.00.
 * </ul>
 */
class SageMoneyRoundingTest extends SageTestSupport {

    @ParameterizedTest(name = "inclusive={0}, discount on the {1}")
    @CsvSource({
        // inclusive, discount on, line: price excl, price incl, discount, exclusive, tax, total; document: discount, exclusive, tax, total
        "false, line,     33.33, 38.33, 10.00, 89.99, 13.50, 103.49,  0.00, 89.99, 13.50, 103.49",
        "true,  line,     28.98, 33.33, 10.00, 78.25, 11.74,  89.99,  0.00, 78.25, 11.74,  89.99",
        "false, document, 33.33, 38.33,  0.00, 99.99, 15.00, 114.99, 10.00, 89.99, 13.50, 103.49",
        "true,  document, 28.98, 33.33,  0.00, 86.95, 13.04,  99.99, 10.00, 78.25, 11.74,  89.99"
    })
    void threeAt33Point33WithTenPercentOffComeBackToTheCent(boolean inclusive, String discountOn,
            String unitExclusive, String unitInclusive, String lineDiscount, String lineExclusive, String lineTax,
            String lineTotal, String discount, String exclusive, String tax, String total) {
        TaxInvoice invoice = invoice(inclusive, discountOn.equals("line"));

        Exchange saved = send("sage:taxInvoice?companyId=1&operation=save", invoice);

        assertThat(saved.getException()).isNull();
        TaxInvoice answer = saved.getMessage().getBody(TaxInvoice.class);
        TaxInvoice readBack = send("sage:taxInvoice?companyId=1&operation=getById", null,
                Map.of(SageConstants.ID, answer.getId())).getMessage().getBody(TaxInvoice.class);
        for (TaxInvoice result : List.of(answer, readBack)) {
            CommercialDocumentLine line = result.getLines().get(0);
            assertThat(List.of(line.getUnitPriceExclusive(), line.getUnitPriceInclusive(), line.getDiscount(),
                    line.getExclusive(), line.getTax(), line.getTotal()))
                    .as("line: unit prices, discount, exclusive, tax, total")
                    .containsExactly(money(unitExclusive), money(unitInclusive), money(lineDiscount),
                            money(lineExclusive), money(lineTax), money(lineTotal));
            assertThat(List.of(result.getDiscount(), result.getExclusive(), result.getTax(), result.getTotal()))
                    .as("document: discount, exclusive, tax, total")
                    .containsExactly(money(discount), money(exclusive), money(tax), money(total));
            assertThat(line.getQuantity()).isEqualByComparingTo("3");
        }
        JsonNode stored = sage().store().get(COMPANY, "TaxInvoice", answer.getId()).orElseThrow();
        assertThat(stored.get("Total").decimalValue()).as("what Sage keeps").isEqualByComparingTo(total);
        assertThat(stored.path("Lines").get(0).get(inclusive ? "UnitPriceInclusive" : "UnitPriceExclusive")
                .decimalValue()).as("the price was sent as written, not through a double").isEqualTo(money("33.33"));
    }

    private TaxInvoice invoice(boolean inclusive, boolean discountOnLine) {
        CommercialDocumentLine line = new CommercialDocumentLine();
        line.setSelectionId(sage().store().list(COMPANY, "Item").get(0).get("ID").asLong());
        line.setLineType(0);
        line.setDescription("Three at 33.33");
        line.setQuantity(new BigDecimal("3"));
        line.setTaxTypeId(standardRate());
        if (inclusive) {
            line.setUnitPriceInclusive(money("33.33"));
        } else {
            line.setUnitPriceExclusive(money("33.33"));
        }
        TaxInvoice invoice = new TaxInvoice();
        invoice.setCustomerId(sage().store().list(COMPANY, "Customer").get(0).get("ID").asLong());
        invoice.setDate(LocalDate.of(2026, 11, 2));
        invoice.setDueDate(LocalDate.of(2026, 12, 2));
        invoice.setInclusive(inclusive);
        invoice.setReference(SageFixtures.unique("ROUND"));
        if (discountOnLine) {
            line.setDiscountPercentage(new BigDecimal("10"));
        } else {
            invoice.setDiscountPercentage(new BigDecimal("10"));
        }
        invoice.setLines(List.of(line));
        return invoice;
    }

    /** The demo company's 15% tax type. */
    private long standardRate() {
        return sage().store().list(COMPANY, "TaxType").stream()
                .filter(type -> type.path("Name").asText().equals("Standard Rate"))
                .findFirst().orElseThrow().get("ID").asLong();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
