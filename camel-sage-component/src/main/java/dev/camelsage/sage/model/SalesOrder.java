package dev.camelsage.sage.model;

import java.time.LocalDate;

/** Sage's {@code SalesOrder} service. */
public class SalesOrder extends CustomerDocument {

    private LocalDate deliveryDate;
    private Boolean allowOnlineAccept;
    private Boolean useForeignCurrency;

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
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
}
