package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields {@link Customer} and {@link Supplier} share. */
public abstract class TradingPartner extends Addressed {

    private String name;
    private String taxReference;
    private String contactName;
    private String telephone;
    private String fax;
    private String mobile;
    private String email;
    private String webAddress;
    private Boolean active;
    private Boolean isObfuscated;
    private BigDecimal balance;
    private BigDecimal creditLimit;
    private Boolean autoAllocateToOldestInvoice;
    private String textField1;
    private String textField2;
    private String textField3;
    private BigDecimal numericField1;
    private BigDecimal numericField2;
    private BigDecimal numericField3;
    private Boolean yesNoField1;
    private Boolean yesNoField2;
    private Boolean yesNoField3;
    private LocalDate dateField1;
    private LocalDate dateField2;
    private LocalDate dateField3;
    private String businessRegistrationNumber;
    private LocalDate taxStatusVerified;
    private Long currencyId;
    private String currencySymbol;
    private Boolean hasActivity;
    private BigDecimal defaultDiscountPercentage;
    private Long defaultTaxTypeId;
    private TaxType defaultTaxType;
    private Integer dueDateMethodId;
    private Integer dueDateMethodValue;
    private Boolean accountingAgreement;
    private Boolean hasSpecialCountryTaxActivity;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTaxReference() {
        return taxReference;
    }

    public void setTaxReference(String taxReference) {
        this.taxReference = taxReference;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebAddress() {
        return webAddress;
    }

    public void setWebAddress(String webAddress) {
        this.webAddress = webAddress;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public Boolean getIsObfuscated() {
        return isObfuscated;
    }

    public void setIsObfuscated(Boolean isObfuscated) {
        this.isObfuscated = isObfuscated;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public void setCreditLimit(BigDecimal creditLimit) {
        this.creditLimit = creditLimit;
    }

    public Boolean getAutoAllocateToOldestInvoice() {
        return autoAllocateToOldestInvoice;
    }

    public void setAutoAllocateToOldestInvoice(Boolean autoAllocateToOldestInvoice) {
        this.autoAllocateToOldestInvoice = autoAllocateToOldestInvoice;
    }

    public String getTextField1() {
        return textField1;
    }

    public void setTextField1(String textField1) {
        this.textField1 = textField1;
    }

    public String getTextField2() {
        return textField2;
    }

    public void setTextField2(String textField2) {
        this.textField2 = textField2;
    }

    public String getTextField3() {
        return textField3;
    }

    public void setTextField3(String textField3) {
        this.textField3 = textField3;
    }

    public BigDecimal getNumericField1() {
        return numericField1;
    }

    public void setNumericField1(BigDecimal numericField1) {
        this.numericField1 = numericField1;
    }

    public BigDecimal getNumericField2() {
        return numericField2;
    }

    public void setNumericField2(BigDecimal numericField2) {
        this.numericField2 = numericField2;
    }

    public BigDecimal getNumericField3() {
        return numericField3;
    }

    public void setNumericField3(BigDecimal numericField3) {
        this.numericField3 = numericField3;
    }

    public Boolean getYesNoField1() {
        return yesNoField1;
    }

    public void setYesNoField1(Boolean yesNoField1) {
        this.yesNoField1 = yesNoField1;
    }

    public Boolean getYesNoField2() {
        return yesNoField2;
    }

    public void setYesNoField2(Boolean yesNoField2) {
        this.yesNoField2 = yesNoField2;
    }

    public Boolean getYesNoField3() {
        return yesNoField3;
    }

    public void setYesNoField3(Boolean yesNoField3) {
        this.yesNoField3 = yesNoField3;
    }

    public LocalDate getDateField1() {
        return dateField1;
    }

    public void setDateField1(LocalDate dateField1) {
        this.dateField1 = dateField1;
    }

    public LocalDate getDateField2() {
        return dateField2;
    }

    public void setDateField2(LocalDate dateField2) {
        this.dateField2 = dateField2;
    }

    public LocalDate getDateField3() {
        return dateField3;
    }

    public void setDateField3(LocalDate dateField3) {
        this.dateField3 = dateField3;
    }

    public String getBusinessRegistrationNumber() {
        return businessRegistrationNumber;
    }

    public void setBusinessRegistrationNumber(String businessRegistrationNumber) {
        this.businessRegistrationNumber = businessRegistrationNumber;
    }

    public LocalDate getTaxStatusVerified() {
        return taxStatusVerified;
    }

    public void setTaxStatusVerified(LocalDate taxStatusVerified) {
        this.taxStatusVerified = taxStatusVerified;
    }

    public Long getCurrencyId() {
        return currencyId;
    }

    public void setCurrencyId(Long currencyId) {
        this.currencyId = currencyId;
    }

    public String getCurrencySymbol() {
        return currencySymbol;
    }

    public void setCurrencySymbol(String currencySymbol) {
        this.currencySymbol = currencySymbol;
    }

    public Boolean getHasActivity() {
        return hasActivity;
    }

    public void setHasActivity(Boolean hasActivity) {
        this.hasActivity = hasActivity;
    }

    public BigDecimal getDefaultDiscountPercentage() {
        return defaultDiscountPercentage;
    }

    public void setDefaultDiscountPercentage(BigDecimal defaultDiscountPercentage) {
        this.defaultDiscountPercentage = defaultDiscountPercentage;
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

    public Integer getDueDateMethodId() {
        return dueDateMethodId;
    }

    public void setDueDateMethodId(Integer dueDateMethodId) {
        this.dueDateMethodId = dueDateMethodId;
    }

    public Integer getDueDateMethodValue() {
        return dueDateMethodValue;
    }

    public void setDueDateMethodValue(Integer dueDateMethodValue) {
        this.dueDateMethodValue = dueDateMethodValue;
    }

    public Boolean getAccountingAgreement() {
        return accountingAgreement;
    }

    public void setAccountingAgreement(Boolean accountingAgreement) {
        this.accountingAgreement = accountingAgreement;
    }

    public Boolean getHasSpecialCountryTaxActivity() {
        return hasSpecialCountryTaxActivity;
    }

    public void setHasSpecialCountryTaxActivity(Boolean hasSpecialCountryTaxActivity) {
        this.hasSpecialCountryTaxActivity = hasSpecialCountryTaxActivity;
    }
}
