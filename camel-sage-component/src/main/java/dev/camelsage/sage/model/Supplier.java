package dev.camelsage.sage.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sage's {@code Supplier} service. */
public class Supplier extends TradingPartner {

    private SupplierCategory category;
    @JsonProperty("RMCDApprovalNumber")
    private String rmcdApprovalNumber;
    @JsonProperty("SubjectToDRCVat")
    private Boolean subjectToDrcVat;

    public SupplierCategory getCategory() {
        return category;
    }

    public void setCategory(SupplierCategory category) {
        this.category = category;
    }

    public String getRmcdApprovalNumber() {
        return rmcdApprovalNumber;
    }

    public void setRmcdApprovalNumber(String rmcdApprovalNumber) {
        this.rmcdApprovalNumber = rmcdApprovalNumber;
    }

    public Boolean getSubjectToDrcVat() {
        return subjectToDrcVat;
    }

    public void setSubjectToDrcVat(Boolean subjectToDrcVat) {
        this.subjectToDrcVat = subjectToDrcVat;
    }
}
