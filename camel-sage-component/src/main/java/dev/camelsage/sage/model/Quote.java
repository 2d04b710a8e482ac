package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sage's {@code Quote} service. */
public class Quote extends CustomerDocument {

    public LocalDate expiryDate;
    public Boolean allowOnlineAccept;
    public Boolean useForeignCurrency;
    public Long currencyId;
    public BigDecimal exchangeRate;

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
