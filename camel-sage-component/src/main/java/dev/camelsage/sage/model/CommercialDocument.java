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

    public LocalDate getDate() {
        return date;
    }

    public Boolean getInclusive() {
        return inclusive;
    }

    public BigDecimal getDiscountPercentage() {
        return discountPercentage;
    }

    public String getTaxReference() {
        return taxReference;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getReference() {
        return reference;
    }

    public String getMessage() {
        return message;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getExclusive() {
        return exclusive;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public BigDecimal getRounding() {
        return rounding;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public String getPostalAddress01() {
        return postalAddress01;
    }

    public String getPostalAddress02() {
        return postalAddress02;
    }

    public String getPostalAddress03() {
        return postalAddress03;
    }

    public String getPostalAddress04() {
        return postalAddress04;
    }

    public String getPostalAddress05() {
        return postalAddress05;
    }

    public String getDeliveryAddress01() {
        return deliveryAddress01;
    }

    public String getDeliveryAddress02() {
        return deliveryAddress02;
    }

    public String getDeliveryAddress03() {
        return deliveryAddress03;
    }

    public String getDeliveryAddress04() {
        return deliveryAddress04;
    }

    public String getDeliveryAddress05() {
        return deliveryAddress05;
    }

    public Long getTaxPeriodId() {
        return taxPeriodId;
    }

    public Boolean getEditable() {
        return editable;
    }

    public Boolean getHasAttachments() {
        return hasAttachments;
    }

    public Boolean getHasNotes() {
        return hasNotes;
    }

    public Boolean getHasAnticipatedDate() {
        return hasAnticipatedDate;
    }

    public LocalDate getAnticipatedDate() {
        return anticipatedDate;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public String getUid() {
        return uid;
    }

    public Integer getStatusId() {
        return statusId;
    }

    public String getStatus() {
        return status;
    }

    public Boolean getPrinted() {
        return printed;
    }

    public Boolean getLocked() {
        return locked;
    }

    public String getFromDocument() {
        return fromDocument;
    }

    public Long getFromDocumentId() {
        return fromDocumentId;
    }

    public Integer getFromDocumentTypeId() {
        return fromDocumentTypeId;
    }

    public List<CommercialDocumentLine> getLines() {
        return lines;
    }
}
