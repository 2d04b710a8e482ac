package dev.camelsage.simulator;

/** What a service's entities are, which decides the derived fields the simulator maintains for them. */
enum EntityKind {
    /** Company: listed per user, never saved through the API. */
    COMPANY,
    /** Customers, items, tax types, categories, accounts ...: stored as sent. */
    MASTER,
    /** Invoices, returns, quotes, orders: lines whose totals the simulator computes. */
    DOCUMENT,
    /** Receipts and payments: a Total that allocations use up (TotalUnallocated). */
    PAYMENT,
    /** Links a payment or return to an invoice and reduces the invoice's AmountDue. */
    ALLOCATION,
    /** Journal entries: amounts stored as sent, rounded to cents. */
    JOURNAL
}
