package dev.camelsage.sage.model;

import java.time.LocalDate;

/** Sage's {@code SupplierInvoice} service (bills from suppliers). */
public class SupplierInvoice extends SupplierDocument {

    private LocalDate dueDate;
    private Boolean paid;
    private Boolean hasAdditionalCost;

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Boolean getPaid() {
        return paid;
    }

    public void setPaid(Boolean paid) {
        this.paid = paid;
    }

    public Boolean getHasAdditionalCost() {
        return hasAdditionalCost;
    }

    public void setHasAdditionalCost(Boolean hasAdditionalCost) {
        this.hasAdditionalCost = hasAdditionalCost;
    }
}
