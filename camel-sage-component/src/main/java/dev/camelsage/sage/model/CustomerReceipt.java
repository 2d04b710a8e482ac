package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sage's {@code CustomerReceipt} service. A receipt pays no invoice by itself unless the customer has
 * {@code AutoAllocateToOldestInvoice}: save an {@link Allocation} to settle one.
 */
public class CustomerReceipt extends BankPayment {

    public Long customerId;
    public Customer customer;
    public SalesRepresentative salesRepresentative;
    public Integer status;
    @JsonProperty("Customer_CurrencyId")
    public Long customerCurrencyId;
    @JsonProperty("Customer_ExchangeRate")
    public BigDecimal customerExchangeRate;
    @JsonProperty("UID")
    public String uid;

    public Long getCustomerId() {
        return customerId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public SalesRepresentative getSalesRepresentative() {
        return salesRepresentative;
    }

    public Integer getStatus() {
        return status;
    }

    public Long getCustomerCurrencyId() {
        return customerCurrencyId;
    }

    public BigDecimal getCustomerExchangeRate() {
        return customerExchangeRate;
    }

    public String getUid() {
        return uid;
    }
}
