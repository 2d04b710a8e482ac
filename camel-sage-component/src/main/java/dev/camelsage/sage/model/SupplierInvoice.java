package dev.camelsage.sage.model;

import java.time.LocalDate;

/** Sage's {@code SupplierInvoice} service (bills from suppliers). */
public class SupplierInvoice extends SupplierDocument {

    private LocalDate dueDate;
    private Boolean hasAdditionalCost;

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Boolean getHasAdditionalCost() {
        return hasAdditionalCost;
    }

    public void setHasAdditionalCost(Boolean hasAdditionalCost) {
        this.hasAdditionalCost = hasAdditionalCost;
    }
}
