package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sage's {@code JournalEntry} service. {@code SaveBatch} ({@code operation=call}) takes a list of them. */
public class JournalEntry extends SageEntity {

    public LocalDate date;
    /** Debit=1, Credit=2. */
    public Integer effect;
    public Long accountId;
    public String reference;
    public String description;
    public Long taxTypeId;
    public Long taxPeriodId;
    public BigDecimal exclusive;
    public BigDecimal tax;
    public BigDecimal total;
    public Long contraAccountId;
    public String memo;
    public Boolean hasAttachments;
    public Long analysisCategoryId1;
    public Long analysisCategoryId2;
    public Long analysisCategoryId3;
    public Boolean editable;
    public Boolean locked;
    @JsonProperty("$TrackingCode")
    public String trackingCode;
    public BigDecimal debit;
    public BigDecimal credit;
    public Long businessId;
    public Long payRunId;
}
