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

    public Boolean getAllowOnlineAccept() {
        return allowOnlineAccept;
    }

    public Boolean getUseForeignCurrency() {
        return useForeignCurrency;
    }

    public Long getCurrencyId() {
        return currencyId;
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }
}
