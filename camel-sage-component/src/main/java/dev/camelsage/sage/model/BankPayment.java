package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The fields a {@link CustomerReceipt} and a {@link SupplierPayment} share: money moving through a bank account. */
public abstract class BankPayment extends SageEntity {

    public LocalDate date;
    public String payee;
    public String documentNumber;
    public String reference;
    public String description;
    public String comments;
    public BigDecimal total;
    public BigDecimal discount;
    public BigDecimal totalUnallocated;
    public Boolean reconciled;
    public Long bankAccountId;
    public BankAccount bankAccount;
    /** Cash=1, Cheque=2, CreditCard=3, EFT=4. */
    public Integer paymentMethod;
    public Long taxPeriodId;
    public Boolean editable;
    public Boolean accepted;
    public Boolean locked;
    public Long analysisCategoryId1;
    public Long analysisCategoryId2;
    public Long analysisCategoryId3;
    public Boolean printed;
    public String bankUniqueIdentifier;
    public Integer importTypeId;
    public Long bankImportMappingId;
    @JsonProperty("BankAccount_CurrencyId")
    public Long bankAccountCurrencyId;
    @JsonProperty("BankAccount_ExchangeRate")
    public BigDecimal bankAccountExchangeRate;
}
