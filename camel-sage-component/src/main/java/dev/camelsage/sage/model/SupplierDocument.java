package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A commercial document from or to a supplier: supplier invoice, purchase order. */
public abstract class SupplierDocument extends CommercialDocument {

    private Long supplierId;
    private String supplierName;
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

    public String getSupplierName() {
        return supplierName;
    }

    public void setSupplierName(String supplierName) {
        this.supplierName = supplierName;
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
