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

    public LocalDate getDate() {
        return date;
    }

    public Integer getEffect() {
        return effect;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getReference() {
        return reference;
    }

    public String getDescription() {
        return description;
    }

    public Long getTaxTypeId() {
        return taxTypeId;
    }

    public Long getTaxPeriodId() {
        return taxPeriodId;
    }

    public BigDecimal getExclusive() {
        return exclusive;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Long getContraAccountId() {
        return contraAccountId;
    }

    public String getMemo() {
        return memo;
    }

    public Boolean getHasAttachments() {
        return hasAttachments;
    }

    public Long getAnalysisCategoryId1() {
        return analysisCategoryId1;
    }

    public Long getAnalysisCategoryId2() {
        return analysisCategoryId2;
    }

    public Long getAnalysisCategoryId3() {
        return analysisCategoryId3;
    }

    public Boolean getEditable() {
        return editable;
    }

    public Boolean getLocked() {
        return locked;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public BigDecimal getDebit() {
        return debit;
    }

    public BigDecimal getCredit() {
        return credit;
    }

    public Long getBusinessId() {
        return businessId;
    }

    public Long getPayRunId() {
        return payRunId;
    }
}
