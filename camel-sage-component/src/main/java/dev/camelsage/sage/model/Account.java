package dev.camelsage.sage.model;

import java.math.BigDecimal;

/** Sage's {@code Account} service (the general ledger accounts; {@code GetWithSystemAccounts} adds system ones). */
public class Account extends SageEntity {

    private String name;
    private AccountCategory category;
    private Boolean active;
    private BigDecimal balance;
    private String description;
    private Long reportingGroupId;
    private Boolean unallocatedAccount;
    private Boolean isTaxLocked;
    /** Account=1, SystemAccount=2, SalesOrPurchasesAccount=3, BankAccount=4. */
    private Integer accountType;
    private Boolean hasActivity;
    private Long defaultTaxTypeId;
    private TaxType defaultTaxType;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AccountCategory getCategory() {
        return category;
    }

    public void setCategory(AccountCategory category) {
        this.category = category;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
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

    public Long getReportingGroupId() {
        return reportingGroupId;
    }

    public void setReportingGroupId(Long reportingGroupId) {
        this.reportingGroupId = reportingGroupId;
    }

    public Boolean getUnallocatedAccount() {
        return unallocatedAccount;
    }

    public void setUnallocatedAccount(Boolean unallocatedAccount) {
        this.unallocatedAccount = unallocatedAccount;
    }

    public Boolean getIsTaxLocked() {
        return isTaxLocked;
    }

    public void setIsTaxLocked(Boolean isTaxLocked) {
        this.isTaxLocked = isTaxLocked;
    }

    public Integer getAccountType() {
        return accountType;
    }

    public void setAccountType(Integer accountType) {
        this.accountType = accountType;
    }

    public Boolean getHasActivity() {
        return hasActivity;
    }

    public void setHasActivity(Boolean hasActivity) {
        this.hasActivity = hasActivity;
    }

    public Long getDefaultTaxTypeId() {
        return defaultTaxTypeId;
    }

    public void setDefaultTaxTypeId(Long defaultTaxTypeId) {
        this.defaultTaxTypeId = defaultTaxTypeId;
    }

    public TaxType getDefaultTaxType() {
        return defaultTaxType;
    }

    public void setDefaultTaxType(TaxType defaultTaxType) {
        this.defaultTaxType = defaultTaxType;
    }
}
