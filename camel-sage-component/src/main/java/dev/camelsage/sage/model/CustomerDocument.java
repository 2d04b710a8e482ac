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
}
