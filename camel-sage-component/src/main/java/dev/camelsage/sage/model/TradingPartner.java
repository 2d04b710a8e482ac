package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields {@link Customer} and {@link Supplier} share. */
public abstract class TradingPartner extends SageEntity {

    public String name;
    public String taxReference;
    public String contactName;
    public String telephone;
    public String fax;
    public String mobile;
    public String email;
    public String webAddress;
    public Boolean active;
    public Boolean isObfuscated;
    public BigDecimal balance;
    public BigDecimal creditLimit;
    public String postalAddress01;
    public String postalAddress02;
    public String postalAddress03;
    public String postalAddress04;
    public String postalAddress05;
    public String deliveryAddress01;
    public String deliveryAddress02;
    public String deliveryAddress03;
    public String deliveryAddress04;
    public String deliveryAddress05;
    public Boolean autoAllocateToOldestInvoice;
    public String textField1;
    public String textField2;
    public String textField3;
    public BigDecimal numericField1;
    public BigDecimal numericField2;
    public BigDecimal numericField3;
    public Boolean yesNoField1;
    public Boolean yesNoField2;
    public Boolean yesNoField3;
    public LocalDate dateField1;
    public LocalDate dateField2;
    public LocalDate dateField3;
    public String businessRegistrationNumber;
    public LocalDate taxStatusVerified;
    public Long currencyId;
    public String currencySymbol;
    public Boolean hasActivity;
    public BigDecimal defaultDiscountPercentage;
    public Long defaultTaxTypeId;
    public TaxType defaultTaxType;
    public Integer dueDateMethodId;
    public Integer dueDateMethodValue;
    public Boolean accountingAgreement;
    public Boolean hasSpecialCountryTaxActivity;

    public String getName() {
        return name;
    }

    public String getTaxReference() {
        return taxReference;
    }

    public String getContactName() {
        return contactName;
    }

    public String getTelephone() {
        return telephone;
    }

    public String getFax() {
        return fax;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getWebAddress() {
        return webAddress;
    }

    public Boolean getActive() {
        return active;
    }

    public Boolean getIsObfuscated() {
        return isObfuscated;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public String getPostalAddress01() {
        return postalAddress01;
    }

    public String getPostalAddress02() {
        return postalAddress02;
    }

    public String getPostalAddress03() {
        return postalAddress03;
    }

    public String getPostalAddress04() {
        return postalAddress04;
    }

    public String getPostalAddress05() {
        return postalAddress05;
    }

    public String getDeliveryAddress01() {
        return deliveryAddress01;
    }

    public String getDeliveryAddress02() {
        return deliveryAddress02;
    }

    public String getDeliveryAddress03() {
        return deliveryAddress03;
    }

    public String getDeliveryAddress04() {
        return deliveryAddress04;
    }

    public String getDeliveryAddress05() {
        return deliveryAddress05;
    }

    public Boolean getAutoAllocateToOldestInvoice() {
        return autoAllocateToOldestInvoice;
    }

    public String getTextField1() {
        return textField1;
    }

    public String getTextField2() {
        return textField2;
    }

    public String getTextField3() {
        return textField3;
    }

    public BigDecimal getNumericField1() {
        return numericField1;
    }

    public BigDecimal getNumericField2() {
        return numericField2;
    }

    public BigDecimal getNumericField3() {
        return numericField3;
    }

    public Boolean getYesNoField1() {
        return yesNoField1;
    }

    public Boolean getYesNoField2() {
        return yesNoField2;
    }

    public Boolean getYesNoField3() {
        return yesNoField3;
    }

    public LocalDate getDateField1() {
        return dateField1;
    }

    public LocalDate getDateField2() {
        return dateField2;
    }

    public LocalDate getDateField3() {
        return dateField3;
    }

    public String getBusinessRegistrationNumber() {
        return businessRegistrationNumber;
    }

    public LocalDate getTaxStatusVerified() {
        return taxStatusVerified;
    }

    public Long getCurrencyId() {
        return currencyId;
    }

    public String getCurrencySymbol() {
        return currencySymbol;
    }

    public Boolean getHasActivity() {
        return hasActivity;
    }

    public BigDecimal getDefaultDiscountPercentage() {
        return defaultDiscountPercentage;
    }

    public Long getDefaultTaxTypeId() {
        return defaultTaxTypeId;
    }

    public TaxType getDefaultTaxType() {
        return defaultTaxType;
    }

    public Integer getDueDateMethodId() {
        return dueDateMethodId;
    }

    public Integer getDueDateMethodValue() {
        return dueDateMethodValue;
    }

    public Boolean getAccountingAgreement() {
        return accountingAgreement;
    }

    public Boolean getHasSpecialCountryTaxActivity() {
        return hasSpecialCountryTaxActivity;
    }
}
