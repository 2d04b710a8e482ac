package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A commercial document addressed to a customer: tax invoice, quote, sales order, customer return. */
public abstract class CustomerDocument extends CommercialDocument {

    public Long customerId;
    public String customerName;
    public Customer customer;
    public Long salesRepresentativeId;
    public SalesRepresentative salesRepresentative;
    @JsonProperty("Customer_CurrencyId")
    public Long customerCurrencyId;
    @JsonProperty("Customer_ExchangeRate")
    public BigDecimal customerExchangeRate;
    public Boolean hasSpecialCountryTax;

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Long getSalesRepresentativeId() {
        return salesRepresentativeId;
    }

    public SalesRepresentative getSalesRepresentative() {
        return salesRepresentative;
    }

    public Long getCustomerCurrencyId() {
        return customerCurrencyId;
    }

    public BigDecimal getCustomerExchangeRate() {
        return customerExchangeRate;
    }

    public Boolean getHasSpecialCountryTax() {
        return hasSpecialCountryTax;
    }
}
