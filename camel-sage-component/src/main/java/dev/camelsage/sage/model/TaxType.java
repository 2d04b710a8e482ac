package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sage's {@code TaxType} service. IDs differ per company: look "Standard Rate" up by name. */
public class TaxType extends SageEntity {

    private String name;
    private BigDecimal percentage;
    private Boolean isDefault;
    private Boolean hasActivity;
    private Boolean isManualTax;
    private Boolean active;
    @JsonProperty("TaxTypeDefaultUID")
    private String taxTypeDefaultUid;
    private Long companyId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getPercentage() {
        return percentage;
    }

    public void setPercentage(BigDecimal percentage) {
        this.percentage = percentage;
    }

    public Boolean getIsDefault() {
        return isDefault;
    }

    public void setIsDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }

    public Boolean getHasActivity() {
        return hasActivity;
    }

    public void setHasActivity(Boolean hasActivity) {
        this.hasActivity = hasActivity;
    }

    public Boolean getIsManualTax() {
        return isManualTax;
    }

    public void setIsManualTax(Boolean isManualTax) {
        this.isManualTax = isManualTax;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public String getTaxTypeDefaultUid() {
        return taxTypeDefaultUid;
    }

    public void setTaxTypeDefaultUid(String taxTypeDefaultUid) {
        this.taxTypeDefaultUid = taxTypeDefaultUid;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }
}
