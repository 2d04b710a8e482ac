package dev.camelsage.sage.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sage's {@code Company} service: the companies the login can use ({@code Company/Get} needs no company ID). Read
 * only: Sage neither saves nor deletes companies through the API.
 */
public class Company extends SageEntity {

    public String name;
    public String displayName;
    public Boolean active;
    public Boolean isOwner;
    public Boolean isPracticeAccount;
    public String currencySymbol;
    public Integer currencyDecimalDigits;
    public Integer numberDecimalDigits;
    public String decimalSeparator;
    public String groupSeparator;
    public Integer hoursDecimalDigits;
    public Integer itemCostPriceDecimalDigits;
    public Integer itemSellingPriceDecimalDigits;
    /** Up=0, Down=1, Normal=2, None=3. */
    public Integer roundingType;
    public BigDecimal roundingValue;
    /** InvoiceBased=0, PaymentsBased=1, NoTax=2. */
    public Integer taxSystem;
    public Integer taxPeriodFrequency;
    public Long countryId;
    public Boolean ageMonthly;
    public Boolean ageingBasedOnDueDate;
    public Boolean displayInactiveCustomers;
    public Boolean displayInactiveItems;
    public Boolean displayInactiveSuppliers;
    public Boolean displayInactiveTimeProjects;
    public Boolean displayInactiveItemBundles;
    public Boolean lockProcessing;
    public LocalDate lockProcessingDate;
    public Boolean lockTimesheetProcessing;
    public LocalDate lockTimesheetProcessingDate;
    public Boolean warnWhenItemCostIsZero;
    public Boolean warnWhenItemQuantityIsZero;
    public Boolean warnWhenItemSellingBelowCost;
    public Boolean enableCustomerZone;
    public Boolean enableAutomaticBankFeedRefresh;
    @JsonProperty("UseCCEmail")
    public Boolean useCcEmail;
    @JsonProperty("CCEmail")
    public String ccEmail;
    public Boolean useNoreplyEmail;
    public Boolean useLogoOnEmails;
    public Boolean useLogoOnCustomerZone;
    public Boolean isPrimarySendingEmail;
    public Boolean checkForDuplicateCustomerReferences;
    public Boolean checkForDuplicateSupplierReferences;
    public String postalAddress1;
    public String postalAddress2;
    public String postalAddress3;
    public String postalAddress4;
    public String postalAddress5;
    public String postalAddress01;
    public String postalAddress02;
    public String postalAddress03;
    public String postalAddress04;
    public String postalAddress05;
    public String companyInfo01;
    public String companyInfo02;
    public String companyInfo03;
    public String companyInfo04;
    public String companyInfo05;
    public String city;
    public String state;
    public String country;
    public String contactName;
    public String telephone;
    public String fax;
    public String mobile;
    public String email;
    public String taxNumber;
    public String companyTaxNumber;
    public String taxOffice;
    public String registeredName;
    public String registrationNumber;
    public Long companyEntityTypeId;
    public LocalDate takeOnBalanceDate;
    public Boolean doNotAllowProcessingIntoNegativeQuantities;
    public Long dateFormatId;
    public Boolean useInclusiveProcessingByDefault;
    public Boolean lockedForConversion;
    public Boolean lockedForTransfer;
    public LocalDate previousTaxPeriodEndDate;
    public LocalDate previousTaxReturnDate;
    public Long homeCurrencyId;
    public Long currencyId;
    @JsonProperty("LogoPositionID")
    public Integer logoPositionId;
    public Map<String, Object> attachment;
    public String customerZoneGuid;
    public Integer clientTypeId;
    public Integer displayTotalTypeId;
    public Boolean displayInCompanyConsole;
    public LocalDateTime lastLoginDate;
    /** With {@code query.includeStatus=true}: None=0, RegistrationExpired=1, UserAccessDenied=2. */
    public Integer status;
    public Integer taxReportingTypeId;
    public Boolean salesOrdersReserveItemQuantities;
    public Boolean prescribedGoodsTrader;
    public Integer companyTransferStatus;

    public String getName() {
        return name;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Boolean getActive() {
        return active;
    }

    public Boolean getIsOwner() {
        return isOwner;
    }

    public Boolean getIsPracticeAccount() {
        return isPracticeAccount;
    }

    public String getCurrencySymbol() {
        return currencySymbol;
    }

    public Integer getCurrencyDecimalDigits() {
        return currencyDecimalDigits;
    }

    public Integer getNumberDecimalDigits() {
        return numberDecimalDigits;
    }

    public String getDecimalSeparator() {
        return decimalSeparator;
    }

    public String getGroupSeparator() {
        return groupSeparator;
    }

    public Integer getHoursDecimalDigits() {
        return hoursDecimalDigits;
    }

    public Integer getItemCostPriceDecimalDigits() {
        return itemCostPriceDecimalDigits;
    }

    public Integer getItemSellingPriceDecimalDigits() {
        return itemSellingPriceDecimalDigits;
    }

    public Integer getRoundingType() {
        return roundingType;
    }

    public BigDecimal getRoundingValue() {
        return roundingValue;
    }

    public Integer getTaxSystem() {
        return taxSystem;
    }

    public Integer getTaxPeriodFrequency() {
        return taxPeriodFrequency;
    }

    public Long getCountryId() {
        return countryId;
    }

    public Boolean getAgeMonthly() {
        return ageMonthly;
    }

    public Boolean getAgeingBasedOnDueDate() {
        return ageingBasedOnDueDate;
    }

    public Boolean getDisplayInactiveCustomers() {
        return displayInactiveCustomers;
    }

    public Boolean getDisplayInactiveItems() {
        return displayInactiveItems;
    }

    public Boolean getDisplayInactiveSuppliers() {
        return displayInactiveSuppliers;
    }

    public Boolean getDisplayInactiveTimeProjects() {
        return displayInactiveTimeProjects;
    }

    public Boolean getDisplayInactiveItemBundles() {
        return displayInactiveItemBundles;
    }

    public Boolean getLockProcessing() {
        return lockProcessing;
    }

    public LocalDate getLockProcessingDate() {
        return lockProcessingDate;
    }

    public Boolean getLockTimesheetProcessing() {
        return lockTimesheetProcessing;
    }

    public LocalDate getLockTimesheetProcessingDate() {
        return lockTimesheetProcessingDate;
    }

    public Boolean getWarnWhenItemCostIsZero() {
        return warnWhenItemCostIsZero;
    }

    public Boolean getWarnWhenItemQuantityIsZero() {
        return warnWhenItemQuantityIsZero;
    }

    public Boolean getWarnWhenItemSellingBelowCost() {
        return warnWhenItemSellingBelowCost;
    }

    public Boolean getEnableCustomerZone() {
        return enableCustomerZone;
    }

    public Boolean getEnableAutomaticBankFeedRefresh() {
        return enableAutomaticBankFeedRefresh;
    }

    public Boolean getUseCcEmail() {
        return useCcEmail;
    }

    public String getCcEmail() {
        return ccEmail;
    }

    public Boolean getUseNoreplyEmail() {
        return useNoreplyEmail;
    }

    public Boolean getUseLogoOnEmails() {
        return useLogoOnEmails;
    }

    public Boolean getUseLogoOnCustomerZone() {
        return useLogoOnCustomerZone;
    }

    public Boolean getIsPrimarySendingEmail() {
        return isPrimarySendingEmail;
    }

    public Boolean getCheckForDuplicateCustomerReferences() {
        return checkForDuplicateCustomerReferences;
    }

    public Boolean getCheckForDuplicateSupplierReferences() {
        return checkForDuplicateSupplierReferences;
    }

    public String getPostalAddress1() {
        return postalAddress1;
    }

    public String getPostalAddress2() {
        return postalAddress2;
    }

    public String getPostalAddress3() {
        return postalAddress3;
    }

    public String getPostalAddress4() {
        return postalAddress4;
    }

    public String getPostalAddress5() {
        return postalAddress5;
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

    public String getCompanyInfo01() {
        return companyInfo01;
    }

    public String getCompanyInfo02() {
        return companyInfo02;
    }

    public String getCompanyInfo03() {
        return companyInfo03;
    }

    public String getCompanyInfo04() {
        return companyInfo04;
    }

    public String getCompanyInfo05() {
        return companyInfo05;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getCountry() {
        return country;
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

    public String getTaxNumber() {
        return taxNumber;
    }

    public String getCompanyTaxNumber() {
        return companyTaxNumber;
    }

    public String getTaxOffice() {
        return taxOffice;
    }

    public String getRegisteredName() {
        return registeredName;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public Long getCompanyEntityTypeId() {
        return companyEntityTypeId;
    }

    public LocalDate getTakeOnBalanceDate() {
        return takeOnBalanceDate;
    }

    public Boolean getDoNotAllowProcessingIntoNegativeQuantities() {
        return doNotAllowProcessingIntoNegativeQuantities;
    }

    public Long getDateFormatId() {
        return dateFormatId;
    }

    public Boolean getUseInclusiveProcessingByDefault() {
        return useInclusiveProcessingByDefault;
    }

    public Boolean getLockedForConversion() {
        return lockedForConversion;
    }

    public Boolean getLockedForTransfer() {
        return lockedForTransfer;
    }

    public LocalDate getPreviousTaxPeriodEndDate() {
        return previousTaxPeriodEndDate;
    }

    public LocalDate getPreviousTaxReturnDate() {
        return previousTaxReturnDate;
    }

    public Long getHomeCurrencyId() {
        return homeCurrencyId;
    }

    public Long getCurrencyId() {
        return currencyId;
    }

    public Integer getLogoPositionId() {
        return logoPositionId;
    }

    public Map<String, Object> getAttachment() {
        return attachment;
    }

    public String getCustomerZoneGuid() {
        return customerZoneGuid;
    }

    public Integer getClientTypeId() {
        return clientTypeId;
    }

    public Integer getDisplayTotalTypeId() {
        return displayTotalTypeId;
    }

    public Boolean getDisplayInCompanyConsole() {
        return displayInCompanyConsole;
    }

    public LocalDateTime getLastLoginDate() {
        return lastLoginDate;
    }

    public Integer getStatus() {
        return status;
    }

    public Integer getTaxReportingTypeId() {
        return taxReportingTypeId;
    }

    public Boolean getSalesOrdersReserveItemQuantities() {
        return salesOrdersReserveItemQuantities;
    }

    public Boolean getPrescribedGoodsTrader() {
        return prescribedGoodsTrader;
    }

    public Integer getCompanyTransferStatus() {
        return companyTransferStatus;
    }
}
