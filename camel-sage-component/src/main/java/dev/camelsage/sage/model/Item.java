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
}
