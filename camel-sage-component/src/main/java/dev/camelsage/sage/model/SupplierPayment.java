package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sage's {@code SupplierPayment} service. */
public class SupplierPayment extends BankPayment {

    private Long supplierId;
    private Supplier supplier;
    @JsonProperty("Supplier_CurrencyId")
    private Long supplierCurrencyId;
    @JsonProperty("Supplier_ExchangeRate")
    private BigDecimal supplierExchangeRate;

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public void setSupplier(Supplier supplier) {
        this.supplier = supplier;
    }

    public Long getSupplierCurrencyId() {
        return supplierCurrencyId;
    }

    public void setSupplierCurrencyId(Long supplierCurrencyId) {
        this.supplierCurrencyId = supplierCurrencyId;
    }

    public BigDecimal getSupplierExchangeRate() {
        return supplierExchangeRate;
    }

    public void setSupplierExchangeRate(BigDecimal supplierExchangeRate) {
        this.supplierExchangeRate = supplierExchangeRate;
    }
}
