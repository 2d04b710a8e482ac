package dev.camelsage.sage.model;

import java.util.Map;

/** Sage's {@code Customer} service. {@code Name} is required and must be unique in the company. */
public class Customer extends TradingPartner {

    private CustomerCategory category;
    private Long salesRepresentativeId;
    private SalesRepresentative salesRepresentative;
    /** None=0, Print=1, Email=2, Print and Email=3. */
    private Integer communicationMethod;
    private Boolean enableCustomerZone;
    private String customerZoneGuid;
    private Boolean cashSale;
    private Long defaultPriceListId;
    private Map<String, Object> defaultPriceList;
    private String defaultPriceListName;
    private Boolean acceptsElectronicInvoices;
    private Long cityId;
    private Boolean hasSpecialCountryTax;

    public CustomerCategory getCategory() {
        return category;
    }

    public void setCategory(CustomerCategory category) {
        this.category = category;
    }

    public Long getSalesRepresentativeId() {
        return salesRepresentativeId;
    }

    public void setSalesRepresentativeId(Long salesRepresentativeId) {
        this.salesRepresentativeId = salesRepresentativeId;
    }

    public SalesRepresentative getSalesRepresentative() {
        return salesRepresentative;
    }

    public void setSalesRepresentative(SalesRepresentative salesRepresentative) {
        this.salesRepresentative = salesRepresentative;
    }

    public Integer getCommunicationMethod() {
        return communicationMethod;
    }

    public void setCommunicationMethod(Integer communicationMethod) {
        this.communicationMethod = communicationMethod;
    }

    public Boolean getEnableCustomerZone() {
        return enableCustomerZone;
    }

    public void setEnableCustomerZone(Boolean enableCustomerZone) {
        this.enableCustomerZone = enableCustomerZone;
    }

    public String getCustomerZoneGuid() {
        return customerZoneGuid;
    }

    public void setCustomerZoneGuid(String customerZoneGuid) {
        this.customerZoneGuid = customerZoneGuid;
    }

    public Boolean getCashSale() {
        return cashSale;
    }

    public void setCashSale(Boolean cashSale) {
        this.cashSale = cashSale;
    }

    public Long getDefaultPriceListId() {
        return defaultPriceListId;
    }

    public void setDefaultPriceListId(Long defaultPriceListId) {
        this.defaultPriceListId = defaultPriceListId;
    }

    public Map<String, Object> getDefaultPriceList() {
        return defaultPriceList;
    }

    public void setDefaultPriceList(Map<String, Object> defaultPriceList) {
        this.defaultPriceList = defaultPriceList;
    }

    public String getDefaultPriceListName() {
        return defaultPriceListName;
    }

    public void setDefaultPriceListName(String defaultPriceListName) {
        this.defaultPriceListName = defaultPriceListName;
    }

    public Boolean getAcceptsElectronicInvoices() {
        return acceptsElectronicInvoices;
    }

    public void setAcceptsElectronicInvoices(Boolean acceptsElectronicInvoices) {
        this.acceptsElectronicInvoices = acceptsElectronicInvoices;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public Boolean getHasSpecialCountryTax() {
        return hasSpecialCountryTax;
    }

    public void setHasSpecialCountryTax(Boolean hasSpecialCountryTax) {
        this.hasSpecialCountryTax = hasSpecialCountryTax;
    }
}
