package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sage's {@code BankAccount} service. */
public class BankAccount extends SageEntity {

    public String name;
    public String bankName;
    public String accountNumber;
    public String branchName;
    public String branchNumber;
    public SageCategory category;
    public Boolean active;
    @JsonProperty("Default")
    public Boolean defaultAccount;
    public BigDecimal balance;
    public String description;
    public Map<String, Object> bankFeedAccount;
    public LocalDateTime lastTransactionDate;
    public LocalDateTime lastImportDate;
    public Boolean hasTransactionsWaitingForReview;
    public Boolean hasActivity;
    public Integer defaultPaymentMethodId;
    /** Cash=1, Cheque=2, CreditCard=3, EFT=4. */
    public Integer paymentMethod;
    public Long currencyId;

    public String getName() {
        return name;
    }

    public String getBankName() {
        return bankName;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getBranchName() {
        return branchName;
    }

    public String getBranchNumber() {
        return branchNumber;
    }

    public SageCategory getCategory() {
        return category;
    }

    public Boolean getActive() {
        return active;
    }

    public Boolean getDefaultAccount() {
        return defaultAccount;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public String getDescription() {
        return description;
    }

    public Map<String, Object> getBankFeedAccount() {
        return bankFeedAccount;
    }

    public LocalDateTime getLastTransactionDate() {
        return lastTransactionDate;
    }

    public LocalDateTime getLastImportDate() {
        return lastImportDate;
    }

    public Boolean getHasTransactionsWaitingForReview() {
        return hasTransactionsWaitingForReview;
    }

    public Boolean getHasActivity() {
        return hasActivity;
    }

    public Integer getDefaultPaymentMethodId() {
        return defaultPaymentMethodId;
    }

    public Integer getPaymentMethod() {
        return paymentMethod;
    }

    public Long getCurrencyId() {
        return currencyId;
    }
}
