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

    public LocalDate getDate() {
        return date;
    }

    public String getPayee() {
        return payee;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getReference() {
        return reference;
    }

    public String getDescription() {
        return description;
    }

    public String getComments() {
        return comments;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getTotalUnallocated() {
        return totalUnallocated;
    }

    public Boolean getReconciled() {
        return reconciled;
    }

    public Long getBankAccountId() {
        return bankAccountId;
    }

    public BankAccount getBankAccount() {
        return bankAccount;
    }

    public Integer getPaymentMethod() {
        return paymentMethod;
    }

    public Long getTaxPeriodId() {
        return taxPeriodId;
    }

    public Boolean getEditable() {
        return editable;
    }

    public Boolean getAccepted() {
        return accepted;
    }

    public Boolean getLocked() {
        return locked;
    }

    public Long getAnalysisCategoryId1() {
        return analysisCategoryId1;
    }

    public Long getAnalysisCategoryId2() {
        return analysisCategoryId2;
    }

    public Long getAnalysisCategoryId3() {
        return analysisCategoryId3;
    }

    public Boolean getPrinted() {
        return printed;
    }

    public String getBankUniqueIdentifier() {
        return bankUniqueIdentifier;
    }

    public Integer getImportTypeId() {
        return importTypeId;
    }

    public Long getBankImportMappingId() {
        return bankImportMappingId;
    }

    public Long getBankAccountCurrencyId() {
        return bankAccountCurrencyId;
    }

    public BigDecimal getBankAccountExchangeRate() {
        return bankAccountExchangeRate;
    }
}
