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
    public String fromDocument;
    public Long fromDocumentId;
    public Integer fromDocumentTypeId;
    public List<CommercialDocumentLine> lines;
}
