package dev.camelsage.simulator;

/** The actions a Sage controller can offer: the name in the URL, the verb it answers to, and the ID it takes. */
enum Operation {
    GET("Get", "GET", IdKind.OPTIONAL_NUMBER),
    SAVE("Save", "POST", IdKind.NONE),
    DELETE("Delete", "DELETE", IdKind.NUMBER),
    CALCULATE("Calculate", "POST", IdKind.NONE),
    SAVE_BATCH("SaveBatch", "POST", IdKind.NONE),
    GET_WITH_SYSTEM_ACCOUNTS("GetWithSystemAccounts", "GET", IdKind.NONE),
    CURRENT("Current", "GET", IdKind.NONE),
    EMAIL("Email", "POST", IdKind.NONE),
    EMAIL_DELIVERY_NOTE("EmailDeliveryNote", "POST", IdKind.NONE),
    EXPORT("Export", "GET", IdKind.NUMBER),
    HAS_ACTIVITY("HasActivity", "GET", IdKind.NUMBER),
    CUSTOMER_ZONE_INVOICE_URL("GetCustomerZoneInvoiceUrl", "POST", IdKind.NONE),
    CUSTOMER_ZONE_QUOTE_URL("GetCustomerZoneQuoteUrl", "POST", IdKind.NONE),
    /** {Entity}Attachment/Get/{entityId}: the attachments of one entity, as an array. */
    ATTACHMENT_GET("Get", "GET", IdKind.NUMBER),
    /** {Entity}Attachment/Save: multipart/form-data with a {@code file} part and an {@code {Entity}Id} part. */
    ATTACHMENT_SAVE("Save", "POST", IdKind.NONE),
    ATTACHMENT_DELETE("Delete", "DELETE", IdKind.GUID),
    DOWNLOAD("Download", "GET", IdKind.GUID),
    ALLOW_DELETE("AllowDelete", "GET", IdKind.GUID),
    STORAGE_INFORMATION("GetCompanyStorageInformation", "GET", IdKind.NONE);

    /** What follows the action in the path (or comes as {@code ?id=}, which ASP.NET binds alike). */
    enum IdKind { NONE, NUMBER, OPTIONAL_NUMBER, GUID }

    final String action;
    final String verb;
    final IdKind idKind;

    Operation(String action, String verb, IdKind idKind) {
        this.action = action;
        this.verb = verb;
        this.idKind = idKind;
    }
}
