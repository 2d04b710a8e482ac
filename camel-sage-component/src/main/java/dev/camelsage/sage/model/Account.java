package dev.camelsage.sage.model;

import java.math.BigDecimal;

/** Sage's {@code Account} service (the general ledger accounts; {@code GetWithSystemAccounts} adds system ones). */
public class Account extends SageEntity {

    public String name;
    public AccountCategory category;
    public Boolean active;
    public BigDecimal balance;
    public String description;
    public Long reportingGroupId;
    public Boolean unallocatedAccount;
    public Boolean isTaxLocked;
    /** Account=1, SystemAccount=2, SalesOrPurchasesAccount=3, BankAccount=4. */
    public Integer accountType;
    public Boolean hasActivity;
    public Long defaultTaxTypeId;
    public TaxType defaultTaxType;

    public String getName() {
        return name;
    }

    public AccountCategory getCategory() {
        return category;
    }

    public Boolean getActive() {
        return active;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public String getDescription() {
        return description;
    }

    public Long getReportingGroupId() {
        return reportingGroupId;
    }

    public Boolean getUnallocatedAccount() {
        return unallocatedAccount;
    }

    public Boolean getIsTaxLocked() {
        return isTaxLocked;
    }

    public Integer getAccountType() {
        return accountType;
    }

    public Boolean getHasActivity() {
        return hasActivity;
    }

    public Long getDefaultTaxTypeId() {
        return defaultTaxTypeId;
    }

    public TaxType getDefaultTaxType() {
        return defaultTaxType;
    }
}
