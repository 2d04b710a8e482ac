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
    public Long documentHeaderIdSource;
    /** Deprecated by Sage: use {@link #allocatedToDocumentId}. */
    @JsonProperty("DocumentHeaderId_Allocation")
    public Long documentHeaderIdAllocation;
    public Long sourceDocumentId;
    public Long allocatedToDocumentId;
    public BigDecimal total;
    public BigDecimal discount;
    public Integer type;

    public Long getDocumentHeaderIdSource() {
        return documentHeaderIdSource;
    }

    public Long getDocumentHeaderIdAllocation() {
        return documentHeaderIdAllocation;
    }

    public Long getSourceDocumentId() {
        return sourceDocumentId;
    }

    public Long getAllocatedToDocumentId() {
        return allocatedToDocumentId;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public Integer getType() {
        return type;
    }
}
