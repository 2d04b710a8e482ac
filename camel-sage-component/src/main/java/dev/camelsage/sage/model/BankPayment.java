package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The fields a {@link CustomerReceipt} and a {@link SupplierPayment} share: money moving through a bank account. */
public abstract class BankPayment extends AnalysedEntity {

    private LocalDate date;
    private String payee;
    private String documentNumber;
    private String reference;
    private String description;
    private String comments;
    private BigDecimal total;
    private BigDecimal discount;
    private BigDecimal totalUnallocated;
    private Boolean reconciled;
    private Long bankAccountId;
    private BankAccount bankAccount;
    /** Cash=1, Cheque=2, CreditCard=3, EFT=4. */
    private Integer paymentMethod;
    private Long taxPeriodId;
    private Boolean editable;
    private Boolean accepted;
    private Boolean locked;
    private Boolean printed;
    private String bankUniqueIdentifier;
    private Integer importTypeId;
    private Long bankImportMappingId;
    @JsonProperty("BankAccount_CurrencyId")
    private Long bankAccountCurrencyId;
    @JsonProperty("BankAccount_ExchangeRate")
    private BigDecimal bankAccountExchangeRate;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPayee() {
        return payee;
    }

    public void setPayee(String payee) {
        this.payee = payee;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
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

    public BigDecimal getTotalUnallocated() {
        return totalUnallocated;
    }

    public void setTotalUnallocated(BigDecimal totalUnallocated) {
        this.totalUnallocated = totalUnallocated;
    }

    public Boolean getReconciled() {
        return reconciled;
    }

    public void setReconciled(Boolean reconciled) {
        this.reconciled = reconciled;
    }

    public Long getBankAccountId() {
        return bankAccountId;
    }

    public void setBankAccountId(Long bankAccountId) {
        this.bankAccountId = bankAccountId;
    }

    public BankAccount getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(BankAccount bankAccount) {
        this.bankAccount = bankAccount;
    }

    public Integer getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(Integer paymentMethod) {
        this.paymentMethod = paymentMethod;
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

    public Boolean getAccepted() {
        return accepted;
    }

    public void setAccepted(Boolean accepted) {
        this.accepted = accepted;
    }

    public Boolean getLocked() {
        return locked;
    }

    public void setLocked(Boolean locked) {
        this.locked = locked;
    }

    public Boolean getPrinted() {
        return printed;
    }

    public void setPrinted(Boolean printed) {
        this.printed = printed;
    }

    public String getBankUniqueIdentifier() {
        return bankUniqueIdentifier;
    }

    public void setBankUniqueIdentifier(String bankUniqueIdentifier) {
        this.bankUniqueIdentifier = bankUniqueIdentifier;
    }

    public Integer getImportTypeId() {
        return importTypeId;
    }

    public void setImportTypeId(Integer importTypeId) {
        this.importTypeId = importTypeId;
    }

    public Long getBankImportMappingId() {
        return bankImportMappingId;
    }

    public void setBankImportMappingId(Long bankImportMappingId) {
        this.bankImportMappingId = bankImportMappingId;
    }

    public Long getBankAccountCurrencyId() {
        return bankAccountCurrencyId;
    }

    public void setBankAccountCurrencyId(Long bankAccountCurrencyId) {
        this.bankAccountCurrencyId = bankAccountCurrencyId;
    }

    public BigDecimal getBankAccountExchangeRate() {
        return bankAccountExchangeRate;
    }

    public void setBankAccountExchangeRate(BigDecimal bankAccountExchangeRate) {
        this.bankAccountExchangeRate = bankAccountExchangeRate;
    }
}
