package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sage's {@code Item} service (products and services sold or bought). Items are matched by {@code Code}. */
public class Item extends SageEntity {

    public String code;
    public String description;
    public ItemCategory category;
    public Boolean active;
    public BigDecimal priceInclusive;
    public BigDecimal priceExclusive;
    public Boolean physical;
    public Long taxTypeIdSales;
    public TaxType taxTypeSales;
    public Long taxTypeIdPurchases;
    public TaxType taxTypePurchases;
    public BigDecimal lastCost;
    public BigDecimal averageCost;
    public BigDecimal quantityOnHand;
    public Boolean hasAttachments;
    public Boolean hasActivity;
    public String unit;
    @JsonProperty("ItemReportingGroupId_Sales")
    public Long itemReportingGroupIdSales;
    @JsonProperty("ItemReportingGroupId_Purchases")
    public Long itemReportingGroupIdPurchases;
    public String textUserField1;
    public String textUserField2;
    public String textUserField3;
    public BigDecimal numericUserField1;
    public BigDecimal numericUserField2;
    public BigDecimal numericUserField3;
    public LocalDate dateUserField1;
    public LocalDate dateUserField2;
    public LocalDate dateUserField3;
    public Boolean yesNoUserField1;
    public Boolean yesNoUserField2;
    public Boolean yesNoUserField3;
    public Long majorIndustryCodeId;
    public List<Map<String, Object>> additionalItemPrices;
    @JsonProperty("GPPercentage")
    public BigDecimal gpPercentage;
    @JsonProperty("GPAmount")
    public BigDecimal gpAmount;

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public ItemCategory getCategory() {
        return category;
    }

    public Boolean getActive() {
        return active;
    }

    public BigDecimal getPriceInclusive() {
        return priceInclusive;
    }

    public BigDecimal getPriceExclusive() {
        return priceExclusive;
    }

    public Boolean getPhysical() {
        return physical;
    }

    public Long getTaxTypeIdSales() {
        return taxTypeIdSales;
    }

    public TaxType getTaxTypeSales() {
        return taxTypeSales;
    }

    public Long getTaxTypeIdPurchases() {
        return taxTypeIdPurchases;
    }

    public TaxType getTaxTypePurchases() {
        return taxTypePurchases;
    }

    public BigDecimal getLastCost() {
        return lastCost;
    }

    public BigDecimal getAverageCost() {
        return averageCost;
    }

    public BigDecimal getQuantityOnHand() {
        return quantityOnHand;
    }

    public Boolean getHasAttachments() {
        return hasAttachments;
    }

    public Boolean getHasActivity() {
        return hasActivity;
    }

    public String getUnit() {
        return unit;
    }

    public Long getItemReportingGroupIdSales() {
        return itemReportingGroupIdSales;
    }

    public Long getItemReportingGroupIdPurchases() {
        return itemReportingGroupIdPurchases;
    }

    public String getTextUserField1() {
        return textUserField1;
    }

    public String getTextUserField2() {
        return textUserField2;
    }

    public String getTextUserField3() {
        return textUserField3;
    }

    public BigDecimal getNumericUserField1() {
        return numericUserField1;
    }

    public BigDecimal getNumericUserField2() {
        return numericUserField2;
    }

    public BigDecimal getNumericUserField3() {
        return numericUserField3;
    }

    public LocalDate getDateUserField1() {
        return dateUserField1;
    }

    public LocalDate getDateUserField2() {
        return dateUserField2;
    }

    public LocalDate getDateUserField3() {
        return dateUserField3;
    }

    public Boolean getYesNoUserField1() {
        return yesNoUserField1;
    }

    public Boolean getYesNoUserField2() {
        return yesNoUserField2;
    }

    public Boolean getYesNoUserField3() {
        return yesNoUserField3;
    }

    public Long getMajorIndustryCodeId() {
        return majorIndustryCodeId;
    }

    public List<Map<String, Object>> getAdditionalItemPrices() {
        return additionalItemPrices;
    }

    public BigDecimal getGpPercentage() {
        return gpPercentage;
    }

    public BigDecimal getGpAmount() {
        return gpAmount;
    }
}
