package dev.camelsage.sage.model;

import java.time.LocalDate;

/**
 * Sage's {@code TaxInvoice} service. {@code Date}, {@code DueDate} and {@code CustomerId} are required; Sage computes
 * the totals. Leave {@code DocumentNumber} empty and add {@code query.useSystemDocumentNumber=true} for Sage's number.
 */
public class TaxInvoice extends CustomerDocument {

    private LocalDate dueDate;
    private Boolean allowOnlinePayment;

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Boolean getAllowOnlinePayment() {
        return allowOnlinePayment;
    }

    public void setAllowOnlinePayment(Boolean allowOnlinePayment) {
        this.allowOnlinePayment = allowOnlinePayment;
    }
}
