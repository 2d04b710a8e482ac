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
}
