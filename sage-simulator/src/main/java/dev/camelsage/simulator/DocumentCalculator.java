package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.LongFunction;

/**
 * Computes a commercial document's line and header amounts, rounding HALF_UP to cents at each step.
 * <p>
 * Per line, in the document's pricing basis (UnitPriceInclusive when {@code Inclusive}, else UnitPriceExclusive):
 * gross = Quantity x price; Discount = gross x line DiscountPercentage; net = gross - Discount. Exclusive pricing:
 * Exclusive = net, Tax = Exclusive x rate, Total = Exclusive + Tax. Inclusive pricing: Total = net,
 * Tax = Total x rate / (100 + rate), Exclusive = Total - Tax.
 * <p>
 * The header's DiscountPercentage is applied to each line's net (so tax stays per rate): header Discount is the sum
 * of those discounts, header Exclusive, Tax and Total the sums of the discounted line amounts.
 */
final class DocumentCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DocumentCalculator() {
    }

    /**
     * @param taxRate          the Percentage of a tax type ID, or null when the company has no such tax type
     * @param fractionOnLines  whether a line's TaxPercentage is written as a fraction (0.15) rather than as the tax
     *                         type's percentage (15); no capture shows which Sage writes
     */
    static void calculate(ObjectNode document, LongFunction<BigDecimal> taxRate, boolean fractionOnLines) {
        boolean inclusive = document.path("Inclusive").asBoolean(false);
        BigDecimal headerPercent = SageJson.decimal(document, "DiscountPercentage");
        BigDecimal exclusive = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        for (JsonNode node : document.path("Lines")) {
            ObjectNode line = (ObjectNode) node;
            BigDecimal rate = line.hasNonNull("TaxTypeId") ? taxRate.apply(line.get("TaxTypeId").asLong()) : BigDecimal.ZERO;
            rate = rate == null ? BigDecimal.ZERO : rate;
            line.put("LineType", line.path("LineType").asInt(0));
            line.put("TaxPercentage", fractionOnLines ? rate.divide(HUNDRED) : rate);
            BigDecimal price = unitPrices(line, inclusive, rate);
            BigDecimal gross = cents(SageJson.decimal(line, "Quantity").multiply(price));
            BigDecimal lineDiscount = percentOf(gross, SageJson.decimal(line, "DiscountPercentage"));
            BigDecimal net = gross.subtract(lineDiscount);
            line.put("Discount", lineDiscount);
            putAmounts(line, net, inclusive, rate);

            BigDecimal documentDiscount = percentOf(net, headerPercent);
            ObjectNode discounted = SageJson.object();
            putAmounts(discounted, net.subtract(documentDiscount), inclusive, rate);
            exclusive = exclusive.add(discounted.get("Exclusive").decimalValue());
            tax = tax.add(discounted.get("Tax").decimalValue());
            discount = discount.add(documentDiscount);
        }
        document.put("Inclusive", inclusive);
        document.put("DiscountPercentage", headerPercent);
        document.put("Discount", cents(discount));
        document.put("Exclusive", cents(exclusive));
        document.put("Tax", cents(tax));
        document.put("Rounding", cents(BigDecimal.ZERO));
        document.put("Total", cents(exclusive.add(tax)));
    }

    /** Fills the price the client left out from the one it sent; returns the price in the document's basis. */
    private static BigDecimal unitPrices(ObjectNode line, boolean inclusive, BigDecimal rate) {
        BigDecimal factor = BigDecimal.ONE.add(rate.divide(HUNDRED));
        BigDecimal exclusivePrice;
        BigDecimal inclusivePrice;
        if (inclusive && line.hasNonNull("UnitPriceInclusive") || !line.hasNonNull("UnitPriceExclusive")) {
            inclusivePrice = SageJson.decimal(line, "UnitPriceInclusive");
            exclusivePrice = inclusivePrice.divide(factor, 2, RoundingMode.HALF_UP);
        } else {
            exclusivePrice = SageJson.decimal(line, "UnitPriceExclusive");
            inclusivePrice = cents(exclusivePrice.multiply(factor));
        }
        line.put("UnitPriceExclusive", cents(exclusivePrice));
        line.put("UnitPriceInclusive", cents(inclusivePrice));
        return inclusive ? cents(inclusivePrice) : cents(exclusivePrice);
    }

    private static void putAmounts(ObjectNode target, BigDecimal net, boolean inclusive, BigDecimal rate) {
        BigDecimal exclusive;
        BigDecimal tax;
        if (inclusive) {
            tax = net.multiply(rate).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP);
            exclusive = net.subtract(tax);
        } else {
            exclusive = net;
            tax = cents(net.multiply(rate).divide(HUNDRED));
        }
        target.put("Exclusive", cents(exclusive));
        target.put("Tax", cents(tax));
        target.put("Total", cents(exclusive.add(tax)));
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return cents(amount.multiply(percent).divide(HUNDRED));
    }

    private static BigDecimal cents(BigDecimal value) {
        return SageJson.money(value);
    }
}
