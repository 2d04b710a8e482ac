package dev.camelsage.sage.model;

import java.util.Map;

/** Sage's {@code Customer} service. {@code Name} is required and must be unique in the company. */
public class Customer extends TradingPartner {

    public CustomerCategory category;
    public Long salesRepresentativeId;
    public SalesRepresentative salesRepresentative;
    /** None=0, Print=1, Email=2, Print and Email=3. */
    public Integer communicationMethod;
    public Boolean enableCustomerZone;
    public String customerZoneGuid;
    public Boolean cashSale;
    public Long defaultPriceListId;
    public Map<String, Object> defaultPriceList;
    public String defaultPriceListName;
    public Boolean acceptsElectronicInvoices;
    public Long cityId;
    public Boolean hasSpecialCountryTax;

    public CustomerCategory getCategory() {
        return category;
    }

    public Long getSalesRepresentativeId() {
        return salesRepresentativeId;
    }

    public SalesRepresentative getSalesRepresentative() {
        return salesRepresentative;
    }

    public Integer getCommunicationMethod() {
        return communicationMethod;
    }

    public Boolean getEnableCustomerZone() {
        return enableCustomerZone;
    }

    public String getCustomerZoneGuid() {
        return customerZoneGuid;
    }

    public Boolean getCashSale() {
        return cashSale;
    }

    public Long getDefaultPriceListId() {
        return defaultPriceListId;
    }

    public Map<String, Object> getDefaultPriceList() {
        return defaultPriceList;
    }

    public String getDefaultPriceListName() {
        return defaultPriceListName;
    }

    public Boolean getAcceptsElectronicInvoices() {
        return acceptsElectronicInvoices;
    }

    public Long getCityId() {
        return cityId;
    }

    public Boolean getHasSpecialCountryTax() {
        return hasSpecialCountryTax;
    }
}
