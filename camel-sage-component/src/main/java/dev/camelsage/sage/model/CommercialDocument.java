package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The header fields and lines every Sage commercial document (invoice, quote, order, return) shares. */
public abstract class CommercialDocument extends Addressed {

    private LocalDate date;
    private Boolean inclusive;
    private BigDecimal discountPercentage;
    private String taxReference;
    private String documentNumber;
    private String reference;
    private String message;
    private BigDecimal discount;
    private BigDecimal exclusive;
    private BigDecimal tax;
    private BigDecimal rounding;
    private BigDecimal total;
    private BigDecimal amountDue;
    private Long taxPeriodId;
    private Boolean editable;
    private Boolean hasAttachments;
    private Boolean hasNotes;
    private Boolean hasAnticipatedDate;
    private LocalDate anticipatedDate;
    private String externalReference;
    @JsonProperty("UID")
    private String uid;
    private Integer statusId;
    private String status;
    private Boolean printed;
    private Boolean locked;
    /** Invoices: whether nothing is left to pay ({@code AmountDue} 0). */
    private Boolean paid;
    private String fromDocument;
    private Long fromDocumentId;
    private Integer fromDocumentTypeId;
    private List<CommercialDocumentLine> lines;

    public Boolean getPaid() {
        return paid;
    }

    public void setPaid(Boolean paid) {
        this.paid = paid;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Boolean getInclusive() {
        return inclusive;
    }

    public void setInclusive(Boolean inclusive) {
        this.inclusive = inclusive;
    }

    public BigDecimal getDiscountPercentage() {
        return discountPercentage;
    }

    public void setDiscountPercentage(BigDecimal discountPercentage) {
        this.discountPercentage = discountPercentage;
    }

    public String getTaxReference() {
        return taxReference;
    }

    public void setTaxReference(String taxReference) {
        this.taxReference = taxReference;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public void setDiscount(BigDecimal discount) {
        this.discount = discount;
    }

    public BigDecimal getExclusive() {
        return exclusive;
    }

    public void setExclusive(BigDecimal exclusive) {
        this.exclusive = exclusive;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public void setTax(BigDecimal tax) {
        this.tax = tax;
    }

    public BigDecimal getRounding() {
        return rounding;
    }

    public void setRounding(BigDecimal rounding) {
        this.rounding = rounding;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public void setAmountDue(BigDecimal amountDue) {
        this.amountDue = amountDue;
    }

    public Long getTaxPeriodId() {
        return taxPeriodId;
    }

    public void setTaxPeriodId(Long taxPeriodId) {
        this.taxPeriodId = taxPeriodId;
    }

    public Boolean getEditable() {
        return editable;
    }

    public void setEditable(Boolean editable) {
        this.editable = editable;
    }

    public Boolean getHasAttachments() {
        return hasAttachments;
    }

    public void setHasAttachments(Boolean hasAttachments) {
        this.hasAttachments = hasAttachments;
    }

    public Boolean getHasNotes() {
        return hasNotes;
    }

    public void setHasNotes(Boolean hasNotes) {
        this.hasNotes = hasNotes;
    }

    public Boolean getHasAnticipatedDate() {
        return hasAnticipatedDate;
    }

    public void setHasAnticipatedDate(Boolean hasAnticipatedDate) {
        this.hasAnticipatedDate = hasAnticipatedDate;
    }

    public LocalDate getAnticipatedDate() {
        return anticipatedDate;
    }

    public void setAnticipatedDate(LocalDate anticipatedDate) {
        this.anticipatedDate = anticipatedDate;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public void setExternalReference(String externalReference) {
        this.externalReference = externalReference;
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public Integer getStatusId() {
        return statusId;
    }

    public void setStatusId(Integer statusId) {
        this.statusId = statusId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Boolean getPrinted() {
        return printed;
    }

    public void setPrinted(Boolean printed) {
        this.printed = printed;
    }

    public Boolean getLocked() {
        return locked;
    }

    public void setLocked(Boolean locked) {
        this.locked = locked;
    }

    public String getFromDocument() {
        return fromDocument;
    }

    public void setFromDocument(String fromDocument) {
        this.fromDocument = fromDocument;
    }

    public Long getFromDocumentId() {
        return fromDocumentId;
    }

    public void setFromDocumentId(Long fromDocumentId) {
        this.fromDocumentId = fromDocumentId;
    }

    public Integer getFromDocumentTypeId() {
        return fromDocumentTypeId;
    }

    public void setFromDocumentTypeId(Integer fromDocumentTypeId) {
        this.fromDocumentTypeId = fromDocumentTypeId;
    }

    public List<CommercialDocumentLine> getLines() {
        return lines;
    }

    public void setLines(List<CommercialDocumentLine> lines) {
        this.lines = lines;
    }
}
