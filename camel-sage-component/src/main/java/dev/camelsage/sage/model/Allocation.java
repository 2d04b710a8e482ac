package dev.camelsage.sage.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sage's {@code Allocation} service: settles an invoice ({@code AllocatedToDocumentId}) with a receipt, return or
 * write-off ({@code SourceDocumentId}).
 */
public class Allocation extends SageEntity {

    /** Deprecated by Sage: use {@link #sourceDocumentId}. */
    @JsonProperty("DocumentHeaderId_Source")
    private Long documentHeaderIdSource;
    /** Deprecated by Sage: use {@link #allocatedToDocumentId}. */
    @JsonProperty("DocumentHeaderId_Allocation")
    private Long documentHeaderIdAllocation;
    private Long sourceDocumentId;
    private Long allocatedToDocumentId;
    private BigDecimal total;
    private BigDecimal discount;
    private Integer type;

    public Long getDocumentHeaderIdSource() {
        return documentHeaderIdSource;
    }

    public void setDocumentHeaderIdSource(Long documentHeaderIdSource) {
        this.documentHeaderIdSource = documentHeaderIdSource;
    }

    public Long getDocumentHeaderIdAllocation() {
        return documentHeaderIdAllocation;
    }

    public void setDocumentHeaderIdAllocation(Long documentHeaderIdAllocation) {
        this.documentHeaderIdAllocation = documentHeaderIdAllocation;
    }

    public Long getSourceDocumentId() {
        return sourceDocumentId;
    }

    public void setSourceDocumentId(Long sourceDocumentId) {
        this.sourceDocumentId = sourceDocumentId;
    }

    public Long getAllocatedToDocumentId() {
        return allocatedToDocumentId;
    }

    public void setAllocatedToDocumentId(Long allocatedToDocumentId) {
        this.allocatedToDocumentId = allocatedToDocumentId;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public void setDiscount(BigDecimal discount) {
        this.discount = discount;
    }

    public Integer getType() {
        return type;
    }

    public void setType(Integer type) {
        this.type = type;
    }
}
