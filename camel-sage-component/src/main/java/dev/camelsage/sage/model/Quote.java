package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sage's {@code Quote} service. */
public class Quote extends CustomerDocument {

    private LocalDate expiryDate;
    private Boolean allowOnlineAccept;
    private Boolean useForeignCurrency;
    private Long currencyId;
    private BigDecimal exchangeRate;

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    public Boolean getAllowOnlineAccept() {
        return allowOnlineAccept;
    }

    public void setAllowOnlineAccept(Boolean allowOnlineAccept) {
        this.allowOnlineAccept = allowOnlineAccept;
    }

    public Boolean getUseForeignCurrency() {
        return useForeignCurrency;
    }

    public void setUseForeignCurrency(Boolean useForeignCurrency) {
        this.useForeignCurrency = useForeignCurrency;
    }

    public Long getCurrencyId() {
        return currencyId;
    }

    public void setCurrencyId(Long currencyId) {
        this.currencyId = currencyId;
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public void setExchangeRate(BigDecimal exchangeRate) {
        this.exchangeRate = exchangeRate;
    }
}
