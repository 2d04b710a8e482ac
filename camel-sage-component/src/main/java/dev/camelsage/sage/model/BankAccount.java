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
}
