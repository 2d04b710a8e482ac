package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sage's {@code CustomerReceipt} service. A receipt pays no invoice by itself unless the customer has
 * {@code AutoAllocateToOldestInvoice}: save an {@link Allocation} to settle one.
 */
public class CustomerReceipt extends BankPayment {

    private Long customerId;
    private Customer customer;
    private SalesRepresentative salesRepresentative;
    private Integer status;
    @JsonProperty("Customer_CurrencyId")
    private Long customerCurrencyId;
    @JsonProperty("Customer_ExchangeRate")
    private BigDecimal customerExchangeRate;
    @JsonProperty("UID")
    private String uid;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public SalesRepresentative getSalesRepresentative() {
        return salesRepresentative;
    }

    public void setSalesRepresentative(SalesRepresentative salesRepresentative) {
        this.salesRepresentative = salesRepresentative;
    }

    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
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

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }
}
