package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sage's {@code BankAccount} service. */
public class BankAccount extends SageEntity {

    private String name;
    private String bankName;
    private String accountNumber;
    private String branchName;
    private String branchNumber;
    private SageCategory category;
    private Boolean active;
    @JsonProperty("Default")
    private Boolean defaultAccount;
    private BigDecimal balance;
    private String description;
    private Map<String, Object> bankFeedAccount;
    private LocalDateTime lastTransactionDate;
    private LocalDateTime lastImportDate;
    private Boolean hasTransactionsWaitingForReview;
    private Boolean hasActivity;
    private Integer defaultPaymentMethodId;
    /** Cash=1, Cheque=2, CreditCard=3, EFT=4. */
    private Integer paymentMethod;
    private Long currencyId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBankName() {
        return bankName;
    }

    public void setBankName(String bankName) {
        this.bankName = bankName;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getBranchName() {
        return branchName;
    }

    public void setBranchName(String branchName) {
        this.branchName = branchName;
    }

    public String getBranchNumber() {
        return branchNumber;
    }

    public void setBranchNumber(String branchNumber) {
        this.branchNumber = branchNumber;
    }

    public SageCategory getCategory() {
        return category;
    }

    public void setCategory(SageCategory category) {
        this.category = category;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public Boolean getDefaultAccount() {
        return defaultAccount;
    }

    public void setDefaultAccount(Boolean defaultAccount) {
        this.defaultAccount = defaultAccount;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Map<String, Object> getBankFeedAccount() {
        return bankFeedAccount;
    }

    public void setBankFeedAccount(Map<String, Object> bankFeedAccount) {
        this.bankFeedAccount = bankFeedAccount;
    }

    public LocalDateTime getLastTransactionDate() {
        return lastTransactionDate;
    }

    public void setLastTransactionDate(LocalDateTime lastTransactionDate) {
        this.lastTransactionDate = lastTransactionDate;
    }

    public LocalDateTime getLastImportDate() {
        return lastImportDate;
    }

    public void setLastImportDate(LocalDateTime lastImportDate) {
        this.lastImportDate = lastImportDate;
    }

    public Boolean getHasTransactionsWaitingForReview() {
        return hasTransactionsWaitingForReview;
    }

    public void setHasTransactionsWaitingForReview(Boolean hasTransactionsWaitingForReview) {
        this.hasTransactionsWaitingForReview = hasTransactionsWaitingForReview;
    }

    public Boolean getHasActivity() {
        return hasActivity;
    }

    public void setHasActivity(Boolean hasActivity) {
        this.hasActivity = hasActivity;
    }

    public Integer getDefaultPaymentMethodId() {
        return defaultPaymentMethodId;
    }

    public void setDefaultPaymentMethodId(Integer defaultPaymentMethodId) {
        this.defaultPaymentMethodId = defaultPaymentMethodId;
    }

    public Integer getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(Integer paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public Long getCurrencyId() {
        return currencyId;
    }

    public void setCurrencyId(Long currencyId) {
        this.currencyId = currencyId;
    }
}
