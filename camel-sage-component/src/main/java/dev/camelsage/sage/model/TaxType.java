package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sage's {@code TaxType} service. IDs differ per company: look "Standard Rate" up by name. */
public class TaxType extends SageEntity {

    public String name;
    public BigDecimal percentage;
    public Boolean isDefault;
    public Boolean hasActivity;
    public Boolean isManualTax;
    public Boolean active;
    @JsonProperty("TaxTypeDefaultUID")
    public String taxTypeDefaultUid;
    public Long companyId;

    public String getName() {
        return name;
    }

    public BigDecimal getPercentage() {
        return percentage;
    }

    public Boolean getIsDefault() {
        return isDefault;
    }

    public Boolean getHasActivity() {
        return hasActivity;
    }

    public Boolean getIsManualTax() {
        return isManualTax;
    }

    public Boolean getActive() {
        return active;
    }

    public String getTaxTypeDefaultUid() {
        return taxTypeDefaultUid;
    }

    public Long getCompanyId() {
        return companyId;
    }
}
