package dev.camelsage.sage.model;

import java.time.LocalDate;

/** Sage's {@code PurchaseOrder} service. */
public class PurchaseOrder extends SupplierDocument {

    private LocalDate deliveryDate;

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
    }
}
