package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of an invoice, quote, order or return. {@code SelectionId} is an item ID when {@code LineType} is 0 and an
 * account ID when it is 1 (account lines need a {@code Quantity} of 1).
 */
public class CommercialDocumentLine extends AnalysedEntity {

    private Long selectionId;
    private Long taxTypeId;
    private String description;
    private Integer lineType;
    private BigDecimal quantity;
    private BigDecimal unitPriceExclusive;
    private String unit;
    private BigDecimal unitPriceInclusive;
    private BigDecimal taxPercentage;
    private BigDecimal discountPercentage;
    private BigDecimal exclusive;
    private BigDecimal discount;
    private BigDecimal tax;
    private BigDecimal total;
    private String comments;
    @JsonProperty("$TrackingCode")
    private String trackingCode;
    private Long currencyId;
    private BigDecimal unitCost;
    @JsonProperty("UID")
    private String uid;

    public Long getSelectionId() {
        return selectionId;
    }

    public void setSelectionId(Long selectionId) {
        this.selectionId = selectionId;
    }

    public Long getTaxTypeId() {
        return taxTypeId;
    }

    public void setTaxTypeId(Long taxTypeId) {
        this.taxTypeId = taxTypeId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getLineType() {
        return lineType;
    }

    public void setLineType(Integer lineType) {
        this.lineType = lineType;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPriceExclusive() {
        return unitPriceExclusive;
    }

    public void setUnitPriceExclusive(BigDecimal unitPriceExclusive) {
        this.unitPriceExclusive = unitPriceExclusive;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getUnitPriceInclusive() {
        return unitPriceInclusive;
    }

    public void setUnitPriceInclusive(BigDecimal unitPriceInclusive) {
        this.unitPriceInclusive = unitPriceInclusive;
    }

    public BigDecimal getTaxPercentage() {
        return taxPercentage;
    }

    public void setTaxPercentage(BigDecimal taxPercentage) {
        this.taxPercentage = taxPercentage;
    }

    public BigDecimal getDiscountPercentage() {
        return discountPercentage;
    }

    public void setDiscountPercentage(BigDecimal discountPercentage) {
        this.discountPercentage = discountPercentage;
    }

    public BigDecimal getExclusive() {
        return exclusive;
    }

    public void setExclusive(BigDecimal exclusive) {
        this.exclusive = exclusive;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public void setDiscount(BigDecimal discount) {
        this.discount = discount;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public void setTax(BigDecimal tax) {
        this.tax = tax;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public void setTrackingCode(String trackingCode) {
        this.trackingCode = trackingCode;
    }

    public Long getCurrencyId() {
        return currencyId;
    }

    public void setCurrencyId(Long currencyId) {
        this.currencyId = currencyId;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public void setUnitCost(BigDecimal unitCost) {
        this.unitCost = unitCost;
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }
}
