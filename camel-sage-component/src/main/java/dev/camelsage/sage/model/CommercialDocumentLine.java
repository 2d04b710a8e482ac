package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of an invoice, quote, order or return. {@code SelectionId} is an item ID when {@code LineType} is 0 and an
 * account ID when it is 1 (account lines need a {@code Quantity} of 1).
 */
public class CommercialDocumentLine extends SageEntity {

    public Long selectionId;
    public Long taxTypeId;
    public String description;
    public Integer lineType;
    public BigDecimal quantity;
    public BigDecimal unitPriceExclusive;
    public String unit;
    public BigDecimal unitPriceInclusive;
    public BigDecimal taxPercentage;
    public BigDecimal discountPercentage;
    public BigDecimal exclusive;
    public BigDecimal discount;
    public BigDecimal tax;
    public BigDecimal total;
    public String comments;
    public Long analysisCategoryId1;
    public Long analysisCategoryId2;
    public Long analysisCategoryId3;
    @JsonProperty("$TrackingCode")
    public String trackingCode;
    public Long currencyId;
    public BigDecimal unitCost;
    @JsonProperty("UID")
    public String uid;

    public Long getSelectionId() {
        return selectionId;
    }

    public Long getTaxTypeId() {
        return taxTypeId;
    }

    public String getDescription() {
        return description;
    }

    public Integer getLineType() {
        return lineType;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPriceExclusive() {
        return unitPriceExclusive;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getUnitPriceInclusive() {
        return unitPriceInclusive;
    }

    public BigDecimal getTaxPercentage() {
        return taxPercentage;
    }

    public BigDecimal getDiscountPercentage() {
        return discountPercentage;
    }

    public BigDecimal getExclusive() {
        return exclusive;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getComments() {
        return comments;
    }

    public Long getAnalysisCategoryId1() {
        return analysisCategoryId1;
    }

    public Long getAnalysisCategoryId2() {
        return analysisCategoryId2;
    }

    public Long getAnalysisCategoryId3() {
        return analysisCategoryId3;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public Long getCurrencyId() {
        return currencyId;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public String getUid() {
        return uid;
    }
}
