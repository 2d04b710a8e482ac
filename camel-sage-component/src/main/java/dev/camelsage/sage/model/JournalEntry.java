package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sage's {@code JournalEntry} service. {@code SaveBatch} ({@code operation=call}) takes a list of them. */
public class JournalEntry extends AnalysedEntity {

    private LocalDate date;
    /** Debit=1, Credit=2. */
    private Integer effect;
    private Long accountId;
    private String reference;
    private String description;
    private Long taxTypeId;
    private Long taxPeriodId;
    private BigDecimal exclusive;
    private BigDecimal tax;
    private BigDecimal total;
    private Long contraAccountId;
    private String memo;
    private Boolean hasAttachments;
    private Boolean editable;
    private Boolean locked;
    @JsonProperty("$TrackingCode")
    private String trackingCode;
    private BigDecimal debit;
    private BigDecimal credit;
    private Long businessId;
    private Long payRunId;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getEffect() {
        return effect;
    }

    public void setEffect(Integer effect) {
        this.effect = effect;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getTaxTypeId() {
        return taxTypeId;
    }

    public void setTaxTypeId(Long taxTypeId) {
        this.taxTypeId = taxTypeId;
    }

    public Long getTaxPeriodId() {
        return taxPeriodId;
    }

    public void setTaxPeriodId(Long taxPeriodId) {
        this.taxPeriodId = taxPeriodId;
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

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    public Long getContraAccountId() {
        return contraAccountId;
    }

    public void setContraAccountId(Long contraAccountId) {
        this.contraAccountId = contraAccountId;
    }

    public String getMemo() {
        return memo;
    }

    public void setMemo(String memo) {
        this.memo = memo;
    }

    public Boolean getHasAttachments() {
        return hasAttachments;
    }

    public void setHasAttachments(Boolean hasAttachments) {
        this.hasAttachments = hasAttachments;
    }

    public Boolean getEditable() {
        return editable;
    }

    public void setEditable(Boolean editable) {
        this.editable = editable;
    }

    public Boolean getLocked() {
        return locked;
    }

    public void setLocked(Boolean locked) {
        this.locked = locked;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public void setTrackingCode(String trackingCode) {
        this.trackingCode = trackingCode;
    }

    public BigDecimal getDebit() {
        return debit;
    }

    public void setDebit(BigDecimal debit) {
        this.debit = debit;
    }

    public BigDecimal getCredit() {
        return credit;
    }

    public void setCredit(BigDecimal credit) {
        this.credit = credit;
    }

    public Long getBusinessId() {
        return businessId;
    }

    public void setBusinessId(Long businessId) {
        this.businessId = businessId;
    }

    public Long getPayRunId() {
        return payRunId;
    }

    public void setPayRunId(Long payRunId) {
        this.payRunId = payRunId;
    }
}
