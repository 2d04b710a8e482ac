package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sage's {@code Item} service (products and services sold or bought). Items are matched by {@code Code}. */
public class Item extends SageEntity {

    private String code;
    private String description;
    private ItemCategory category;
    private Boolean active;
    private BigDecimal priceInclusive;
    private BigDecimal priceExclusive;
    private Boolean physical;
    private Long taxTypeIdSales;
    private TaxType taxTypeSales;
    private Long taxTypeIdPurchases;
    private TaxType taxTypePurchases;
    private BigDecimal lastCost;
    private BigDecimal averageCost;
    private BigDecimal quantityOnHand;
    private Boolean hasAttachments;
    private Boolean hasActivity;
    private String unit;
    @JsonProperty("ItemReportingGroupId_Sales")
    private Long itemReportingGroupIdSales;
    @JsonProperty("ItemReportingGroupId_Purchases")
    private Long itemReportingGroupIdPurchases;
    private String textUserField1;
    private String textUserField2;
    private String textUserField3;
    private BigDecimal numericUserField1;
    private BigDecimal numericUserField2;
    private BigDecimal numericUserField3;
    private LocalDate dateUserField1;
    private LocalDate dateUserField2;
    private LocalDate dateUserField3;
    private Boolean yesNoUserField1;
    private Boolean yesNoUserField2;
    private Boolean yesNoUserField3;
    private Long majorIndustryCodeId;
    private List<Map<String, Object>> additionalItemPrices;
    @JsonProperty("GPPercentage")
    private BigDecimal gpPercentage;
    @JsonProperty("GPAmount")
    private BigDecimal gpAmount;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ItemCategory getCategory() {
        return category;
    }

    public void setCategory(ItemCategory category) {
        this.category = category;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public BigDecimal getPriceInclusive() {
        return priceInclusive;
    }

    public void setPriceInclusive(BigDecimal priceInclusive) {
        this.priceInclusive = priceInclusive;
    }

    public BigDecimal getPriceExclusive() {
        return priceExclusive;
    }

    public void setPriceExclusive(BigDecimal priceExclusive) {
        this.priceExclusive = priceExclusive;
    }

    public Boolean getPhysical() {
        return physical;
    }

    public void setPhysical(Boolean physical) {
        this.physical = physical;
    }

    public Long getTaxTypeIdSales() {
        return taxTypeIdSales;
    }

    public void setTaxTypeIdSales(Long taxTypeIdSales) {
        this.taxTypeIdSales = taxTypeIdSales;
    }

    public TaxType getTaxTypeSales() {
        return taxTypeSales;
    }

    public void setTaxTypeSales(TaxType taxTypeSales) {
        this.taxTypeSales = taxTypeSales;
    }

    public Long getTaxTypeIdPurchases() {
        return taxTypeIdPurchases;
    }

    public void setTaxTypeIdPurchases(Long taxTypeIdPurchases) {
        this.taxTypeIdPurchases = taxTypeIdPurchases;
    }

    public TaxType getTaxTypePurchases() {
        return taxTypePurchases;
    }

    public void setTaxTypePurchases(TaxType taxTypePurchases) {
        this.taxTypePurchases = taxTypePurchases;
    }

    public BigDecimal getLastCost() {
        return lastCost;
    }

    public void setLastCost(BigDecimal lastCost) {
        this.lastCost = lastCost;
    }

    public BigDecimal getAverageCost() {
        return averageCost;
    }

    public void setAverageCost(BigDecimal averageCost) {
        this.averageCost = averageCost;
    }

    public BigDecimal getQuantityOnHand() {
        return quantityOnHand;
    }

    public void setQuantityOnHand(BigDecimal quantityOnHand) {
        this.quantityOnHand = quantityOnHand;
    }

    public Boolean getHasAttachments() {
        return hasAttachments;
    }

    public void setHasAttachments(Boolean hasAttachments) {
        this.hasAttachments = hasAttachments;
    }

    public Boolean getHasActivity() {
        return hasActivity;
    }

    public void setHasActivity(Boolean hasActivity) {
        this.hasActivity = hasActivity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getItemReportingGroupIdSales() {
        return itemReportingGroupIdSales;
    }

    public void setItemReportingGroupIdSales(Long itemReportingGroupIdSales) {
        this.itemReportingGroupIdSales = itemReportingGroupIdSales;
    }

    public Long getItemReportingGroupIdPurchases() {
        return itemReportingGroupIdPurchases;
    }

    public void setItemReportingGroupIdPurchases(Long itemReportingGroupIdPurchases) {
        this.itemReportingGroupIdPurchases = itemReportingGroupIdPurchases;
    }

    public String getTextUserField1() {
        return textUserField1;
    }

    public void setTextUserField1(String textUserField1) {
        this.textUserField1 = textUserField1;
    }

    public String getTextUserField2() {
        return textUserField2;
    }

    public void setTextUserField2(String textUserField2) {
        this.textUserField2 = textUserField2;
    }

    public String getTextUserField3() {
        return textUserField3;
    }

    public void setTextUserField3(String textUserField3) {
        this.textUserField3 = textUserField3;
    }

    public BigDecimal getNumericUserField1() {
        return numericUserField1;
    }

    public void setNumericUserField1(BigDecimal numericUserField1) {
        this.numericUserField1 = numericUserField1;
    }

    public BigDecimal getNumericUserField2() {
        return numericUserField2;
    }

    public void setNumericUserField2(BigDecimal numericUserField2) {
        this.numericUserField2 = numericUserField2;
    }

    public BigDecimal getNumericUserField3() {
        return numericUserField3;
    }

    public void setNumericUserField3(BigDecimal numericUserField3) {
        this.numericUserField3 = numericUserField3;
    }

    public LocalDate getDateUserField1() {
        return dateUserField1;
    }

    public void setDateUserField1(LocalDate dateUserField1) {
        this.dateUserField1 = dateUserField1;
    }

    public LocalDate getDateUserField2() {
        return dateUserField2;
    }

    public void setDateUserField2(LocalDate dateUserField2) {
        this.dateUserField2 = dateUserField2;
    }

    public LocalDate getDateUserField3() {
        return dateUserField3;
    }

    public void setDateUserField3(LocalDate dateUserField3) {
        this.dateUserField3 = dateUserField3;
    }

    public Boolean getYesNoUserField1() {
        return yesNoUserField1;
    }

    public void setYesNoUserField1(Boolean yesNoUserField1) {
        this.yesNoUserField1 = yesNoUserField1;
    }

    public Boolean getYesNoUserField2() {
        return yesNoUserField2;
    }

    public void setYesNoUserField2(Boolean yesNoUserField2) {
        this.yesNoUserField2 = yesNoUserField2;
    }

    public Boolean getYesNoUserField3() {
        return yesNoUserField3;
    }

    public void setYesNoUserField3(Boolean yesNoUserField3) {
        this.yesNoUserField3 = yesNoUserField3;
    }

    public Long getMajorIndustryCodeId() {
        return majorIndustryCodeId;
    }

    public void setMajorIndustryCodeId(Long majorIndustryCodeId) {
        this.majorIndustryCodeId = majorIndustryCodeId;
    }

    public List<Map<String, Object>> getAdditionalItemPrices() {
        return additionalItemPrices;
    }

    public void setAdditionalItemPrices(List<Map<String, Object>> additionalItemPrices) {
        this.additionalItemPrices = additionalItemPrices;
    }

    public BigDecimal getGpPercentage() {
        return gpPercentage;
    }

    public void setGpPercentage(BigDecimal gpPercentage) {
        this.gpPercentage = gpPercentage;
    }

    public BigDecimal getGpAmount() {
        return gpAmount;
    }

    public void setGpAmount(BigDecimal gpAmount) {
        this.gpAmount = gpAmount;
    }
}
