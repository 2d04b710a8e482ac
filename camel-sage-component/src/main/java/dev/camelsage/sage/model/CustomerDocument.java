package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A commercial document addressed to a customer: tax invoice, quote, sales order, customer return. */
public abstract class CustomerDocument extends CommercialDocument {

    private Long customerId;
    private String customerName;
    private Customer customer;
    private Long salesRepresentativeId;
    private SalesRepresentative salesRepresentative;
    @JsonProperty("Customer_CurrencyId")
    private Long customerCurrencyId;
    @JsonProperty("Customer_ExchangeRate")
    private BigDecimal customerExchangeRate;
    private Boolean hasSpecialCountryTax;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
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

    public Long getCustomerCurrencyId() {
        return customerCurrencyId;
    }

    public void setCustomerCurrencyId(Long customerCurrencyId) {
        this.customerCurrencyId = customerCurrencyId;
    }

    public BigDecimal getCustomerExchangeRate() {
        return customerExchangeRate;
    }

    public void setCustomerExchangeRate(BigDecimal customerExchangeRate) {
        this.customerExchangeRate = customerExchangeRate;
    }

    public Boolean getHasSpecialCountryTax() {
        return hasSpecialCountryTax;
    }

    public void setHasSpecialCountryTax(Boolean hasSpecialCountryTax) {
        this.hasSpecialCountryTax = hasSpecialCountryTax;
    }
}
