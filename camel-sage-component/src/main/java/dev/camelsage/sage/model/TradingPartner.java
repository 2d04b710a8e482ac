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
}
