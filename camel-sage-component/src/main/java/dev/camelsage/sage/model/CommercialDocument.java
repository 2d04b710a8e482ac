package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The header fields and lines every Sage commercial document (invoice, quote, order, return) shares. */
public abstract class CommercialDocument extends SageEntity {

    public LocalDate date;
    public Boolean inclusive;
    public BigDecimal discountPercentage;
    public String taxReference;
    public String documentNumber;
    public String reference;
    public String message;
    public BigDecimal discount;
    public BigDecimal exclusive;
    public BigDecimal tax;
    public BigDecimal rounding;
    public BigDecimal total;
    public BigDecimal amountDue;
    public String postalAddress01;
    public String postalAddress02;
    public String postalAddress03;
    public String postalAddress04;
    public String postalAddress05;
    public String deliveryAddress01;
    public String deliveryAddress02;
    public String deliveryAddress03;
    public String deliveryAddress04;
    public String deliveryAddress05;
    public Long taxPeriodId;
    public Boolean editable;
    public Boolean hasAttachments;
    public Boolean hasNotes;
    public Boolean hasAnticipatedDate;
    public LocalDate anticipatedDate;
    public String externalReference;
    @JsonProperty("UID")
    public String uid;
    public Integer statusId;
    public String status;
    public Boolean printed;
    public Boolean locked;
    /** Invoices: whether nothing is left to pay ({@code AmountDue} 0). */
    public Boolean paid;
    public String fromDocument;
    public Long fromDocumentId;
    public Integer fromDocumentTypeId;
    public List<CommercialDocumentLine> lines;

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

    public String getPostalAddress01() {
        return postalAddress01;
    }

    public void setPostalAddress01(String postalAddress01) {
        this.postalAddress01 = postalAddress01;
    }

    public String getPostalAddress02() {
        return postalAddress02;
    }

    public void setPostalAddress02(String postalAddress02) {
        this.postalAddress02 = postalAddress02;
    }

    public String getPostalAddress03() {
        return postalAddress03;
    }

    public void setPostalAddress03(String postalAddress03) {
        this.postalAddress03 = postalAddress03;
    }

    public String getPostalAddress04() {
        return postalAddress04;
    }

    public void setPostalAddress04(String postalAddress04) {
        this.postalAddress04 = postalAddress04;
    }

    public String getPostalAddress05() {
        return postalAddress05;
    }

    public void setPostalAddress05(String postalAddress05) {
        this.postalAddress05 = postalAddress05;
    }

    public String getDeliveryAddress01() {
        return deliveryAddress01;
    }

    public void setDeliveryAddress01(String deliveryAddress01) {
        this.deliveryAddress01 = deliveryAddress01;
    }

    public String getDeliveryAddress02() {
        return deliveryAddress02;
    }

    public void setDeliveryAddress02(String deliveryAddress02) {
        this.deliveryAddress02 = deliveryAddress02;
    }

    public String getDeliveryAddress03() {
        return deliveryAddress03;
    }

    public void setDeliveryAddress03(String deliveryAddress03) {
        this.deliveryAddress03 = deliveryAddress03;
    }

    public String getDeliveryAddress04() {
        return deliveryAddress04;
    }

    public void setDeliveryAddress04(String deliveryAddress04) {
        this.deliveryAddress04 = deliveryAddress04;
    }

    public String getDeliveryAddress05() {
        return deliveryAddress05;
    }

    public void setDeliveryAddress05(String deliveryAddress05) {
        this.deliveryAddress05 = deliveryAddress05;
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
