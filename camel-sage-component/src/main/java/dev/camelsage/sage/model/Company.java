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
public class Company extends PostalAddressed {

    private String name;
    private String displayName;
    private Boolean active;
    private Boolean isOwner;
    private Boolean isPracticeAccount;
    private String currencySymbol;
    private Integer currencyDecimalDigits;
    private Integer numberDecimalDigits;
    private String decimalSeparator;
    private String groupSeparator;
    private Integer hoursDecimalDigits;
    private Integer itemCostPriceDecimalDigits;
    private Integer itemSellingPriceDecimalDigits;
    /** Up=0, Down=1, Normal=2, None=3. */
    private Integer roundingType;
    private BigDecimal roundingValue;
    /** InvoiceBased=0, PaymentsBased=1, NoTax=2. */
    private Integer taxSystem;
    private Integer taxPeriodFrequency;
    private Long countryId;
    private Boolean ageMonthly;
    private Boolean ageingBasedOnDueDate;
    private Boolean displayInactiveCustomers;
    private Boolean displayInactiveItems;
    private Boolean displayInactiveSuppliers;
    private Boolean displayInactiveTimeProjects;
    private Boolean displayInactiveItemBundles;
    private Boolean lockProcessing;
    private LocalDate lockProcessingDate;
    private Boolean lockTimesheetProcessing;
    private LocalDate lockTimesheetProcessingDate;
    private Boolean warnWhenItemCostIsZero;
    private Boolean warnWhenItemQuantityIsZero;
    private Boolean warnWhenItemSellingBelowCost;
    private Boolean enableCustomerZone;
    private Boolean enableAutomaticBankFeedRefresh;
    @JsonProperty("UseCCEmail")
    private Boolean useCcEmail;
    @JsonProperty("CCEmail")
    private String ccEmail;
    private Boolean useNoreplyEmail;
    private Boolean useLogoOnEmails;
    private Boolean useLogoOnCustomerZone;
    private Boolean isPrimarySendingEmail;
    private Boolean checkForDuplicateCustomerReferences;
    private Boolean checkForDuplicateSupplierReferences;
    private String postalAddress1;
    private String postalAddress2;
    private String postalAddress3;
    private String postalAddress4;
    private String postalAddress5;
    private String companyInfo01;
    private String companyInfo02;
    private String companyInfo03;
    private String companyInfo04;
    private String companyInfo05;
    private String city;
    private String state;
    private String country;
    private String contactName;
    private String telephone;
    private String fax;
    private String mobile;
    private String email;
    private String taxNumber;
    private String companyTaxNumber;
    private String taxOffice;
    private String registeredName;
    private String registrationNumber;
    private Long companyEntityTypeId;
    private LocalDate takeOnBalanceDate;
    private Boolean doNotAllowProcessingIntoNegativeQuantities;
    private Long dateFormatId;
    private Boolean useInclusiveProcessingByDefault;
    private Boolean lockedForConversion;
    private Boolean lockedForTransfer;
    private LocalDate previousTaxPeriodEndDate;
    private LocalDate previousTaxReturnDate;
    private Long homeCurrencyId;
    private Long currencyId;
    @JsonProperty("LogoPositionID")
    private Integer logoPositionId;
    private Map<String, Object> attachment;
    private String customerZoneGuid;
    private Integer clientTypeId;
    private Integer displayTotalTypeId;
    private Boolean displayInCompanyConsole;
    private LocalDateTime lastLoginDate;
    /** With {@code query.includeStatus=true}: None=0, RegistrationExpired=1, UserAccessDenied=2. */
    private Integer status;
    private Integer taxReportingTypeId;
    private Boolean salesOrdersReserveItemQuantities;
    private Boolean prescribedGoodsTrader;
    private Integer companyTransferStatus;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public Boolean getIsOwner() {
        return isOwner;
    }

    public void setIsOwner(Boolean isOwner) {
        this.isOwner = isOwner;
    }

    public Boolean getIsPracticeAccount() {
        return isPracticeAccount;
    }

    public void setIsPracticeAccount(Boolean isPracticeAccount) {
        this.isPracticeAccount = isPracticeAccount;
    }

    public String getCurrencySymbol() {
        return currencySymbol;
    }

    public void setCurrencySymbol(String currencySymbol) {
        this.currencySymbol = currencySymbol;
    }

    public Integer getCurrencyDecimalDigits() {
        return currencyDecimalDigits;
    }

    public void setCurrencyDecimalDigits(Integer currencyDecimalDigits) {
        this.currencyDecimalDigits = currencyDecimalDigits;
    }

    public Integer getNumberDecimalDigits() {
        return numberDecimalDigits;
    }

    public void setNumberDecimalDigits(Integer numberDecimalDigits) {
        this.numberDecimalDigits = numberDecimalDigits;
    }

    public String getDecimalSeparator() {
        return decimalSeparator;
    }

    public void setDecimalSeparator(String decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    public String getGroupSeparator() {
        return groupSeparator;
    }

    public void setGroupSeparator(String groupSeparator) {
        this.groupSeparator = groupSeparator;
    }

    public Integer getHoursDecimalDigits() {
        return hoursDecimalDigits;
    }

    public void setHoursDecimalDigits(Integer hoursDecimalDigits) {
        this.hoursDecimalDigits = hoursDecimalDigits;
    }

    public Integer getItemCostPriceDecimalDigits() {
        return itemCostPriceDecimalDigits;
    }

    public void setItemCostPriceDecimalDigits(Integer itemCostPriceDecimalDigits) {
        this.itemCostPriceDecimalDigits = itemCostPriceDecimalDigits;
    }

    public Integer getItemSellingPriceDecimalDigits() {
        return itemSellingPriceDecimalDigits;
    }

    public void setItemSellingPriceDecimalDigits(Integer itemSellingPriceDecimalDigits) {
        this.itemSellingPriceDecimalDigits = itemSellingPriceDecimalDigits;
    }

    public Integer getRoundingType() {
        return roundingType;
    }

    public void setRoundingType(Integer roundingType) {
        this.roundingType = roundingType;
    }

    public BigDecimal getRoundingValue() {
        return roundingValue;
    }

    public void setRoundingValue(BigDecimal roundingValue) {
        this.roundingValue = roundingValue;
    }

    public Integer getTaxSystem() {
        return taxSystem;
    }

    public void setTaxSystem(Integer taxSystem) {
        this.taxSystem = taxSystem;
    }

    public Integer getTaxPeriodFrequency() {
        return taxPeriodFrequency;
    }

    public void setTaxPeriodFrequency(Integer taxPeriodFrequency) {
        this.taxPeriodFrequency = taxPeriodFrequency;
    }

    public Long getCountryId() {
        return countryId;
    }

    public void setCountryId(Long countryId) {
        this.countryId = countryId;
    }

    public Boolean getAgeMonthly() {
        return ageMonthly;
    }

    public void setAgeMonthly(Boolean ageMonthly) {
        this.ageMonthly = ageMonthly;
    }

    public Boolean getAgeingBasedOnDueDate() {
        return ageingBasedOnDueDate;
    }

    public void setAgeingBasedOnDueDate(Boolean ageingBasedOnDueDate) {
        this.ageingBasedOnDueDate = ageingBasedOnDueDate;
    }

    public Boolean getDisplayInactiveCustomers() {
        return displayInactiveCustomers;
    }

    public void setDisplayInactiveCustomers(Boolean displayInactiveCustomers) {
        this.displayInactiveCustomers = displayInactiveCustomers;
    }

    public Boolean getDisplayInactiveItems() {
        return displayInactiveItems;
    }

    public void setDisplayInactiveItems(Boolean displayInactiveItems) {
        this.displayInactiveItems = displayInactiveItems;
    }

    public Boolean getDisplayInactiveSuppliers() {
        return displayInactiveSuppliers;
    }

    public void setDisplayInactiveSuppliers(Boolean displayInactiveSuppliers) {
        this.displayInactiveSuppliers = displayInactiveSuppliers;
    }

    public Boolean getDisplayInactiveTimeProjects() {
        return displayInactiveTimeProjects;
    }

    public void setDisplayInactiveTimeProjects(Boolean displayInactiveTimeProjects) {
        this.displayInactiveTimeProjects = displayInactiveTimeProjects;
    }

    public Boolean getDisplayInactiveItemBundles() {
        return displayInactiveItemBundles;
    }

    public void setDisplayInactiveItemBundles(Boolean displayInactiveItemBundles) {
        this.displayInactiveItemBundles = displayInactiveItemBundles;
    }

    public Boolean getLockProcessing() {
        return lockProcessing;
    }

    public void setLockProcessing(Boolean lockProcessing) {
        this.lockProcessing = lockProcessing;
    }

    public LocalDate getLockProcessingDate() {
        return lockProcessingDate;
    }

    public void setLockProcessingDate(LocalDate lockProcessingDate) {
        this.lockProcessingDate = lockProcessingDate;
    }

    public Boolean getLockTimesheetProcessing() {
        return lockTimesheetProcessing;
    }

    public void setLockTimesheetProcessing(Boolean lockTimesheetProcessing) {
        this.lockTimesheetProcessing = lockTimesheetProcessing;
    }

    public LocalDate getLockTimesheetProcessingDate() {
        return lockTimesheetProcessingDate;
    }

    public void setLockTimesheetProcessingDate(LocalDate lockTimesheetProcessingDate) {
        this.lockTimesheetProcessingDate = lockTimesheetProcessingDate;
    }

    public Boolean getWarnWhenItemCostIsZero() {
        return warnWhenItemCostIsZero;
    }

    public void setWarnWhenItemCostIsZero(Boolean warnWhenItemCostIsZero) {
        this.warnWhenItemCostIsZero = warnWhenItemCostIsZero;
    }

    public Boolean getWarnWhenItemQuantityIsZero() {
        return warnWhenItemQuantityIsZero;
    }

    public void setWarnWhenItemQuantityIsZero(Boolean warnWhenItemQuantityIsZero) {
        this.warnWhenItemQuantityIsZero = warnWhenItemQuantityIsZero;
    }

    public Boolean getWarnWhenItemSellingBelowCost() {
        return warnWhenItemSellingBelowCost;
    }

    public void setWarnWhenItemSellingBelowCost(Boolean warnWhenItemSellingBelowCost) {
        this.warnWhenItemSellingBelowCost = warnWhenItemSellingBelowCost;
    }

    public Boolean getEnableCustomerZone() {
        return enableCustomerZone;
    }

    public void setEnableCustomerZone(Boolean enableCustomerZone) {
        this.enableCustomerZone = enableCustomerZone;
    }

    public Boolean getEnableAutomaticBankFeedRefresh() {
        return enableAutomaticBankFeedRefresh;
    }

    public void setEnableAutomaticBankFeedRefresh(Boolean enableAutomaticBankFeedRefresh) {
        this.enableAutomaticBankFeedRefresh = enableAutomaticBankFeedRefresh;
    }

    public Boolean getUseCcEmail() {
        return useCcEmail;
    }

    public void setUseCcEmail(Boolean useCcEmail) {
        this.useCcEmail = useCcEmail;
    }

    public String getCcEmail() {
        return ccEmail;
    }

    public void setCcEmail(String ccEmail) {
        this.ccEmail = ccEmail;
    }

    public Boolean getUseNoreplyEmail() {
        return useNoreplyEmail;
    }

    public void setUseNoreplyEmail(Boolean useNoreplyEmail) {
        this.useNoreplyEmail = useNoreplyEmail;
    }

    public Boolean getUseLogoOnEmails() {
        return useLogoOnEmails;
    }

    public void setUseLogoOnEmails(Boolean useLogoOnEmails) {
        this.useLogoOnEmails = useLogoOnEmails;
    }

    public Boolean getUseLogoOnCustomerZone() {
        return useLogoOnCustomerZone;
    }

    public void setUseLogoOnCustomerZone(Boolean useLogoOnCustomerZone) {
        this.useLogoOnCustomerZone = useLogoOnCustomerZone;
    }

    public Boolean getIsPrimarySendingEmail() {
        return isPrimarySendingEmail;
    }

    public void setIsPrimarySendingEmail(Boolean isPrimarySendingEmail) {
        this.isPrimarySendingEmail = isPrimarySendingEmail;
    }

    public Boolean getCheckForDuplicateCustomerReferences() {
        return checkForDuplicateCustomerReferences;
    }

    public void setCheckForDuplicateCustomerReferences(Boolean checkForDuplicateCustomerReferences) {
        this.checkForDuplicateCustomerReferences = checkForDuplicateCustomerReferences;
    }

    public Boolean getCheckForDuplicateSupplierReferences() {
        return checkForDuplicateSupplierReferences;
    }

    public void setCheckForDuplicateSupplierReferences(Boolean checkForDuplicateSupplierReferences) {
        this.checkForDuplicateSupplierReferences = checkForDuplicateSupplierReferences;
    }

    public String getPostalAddress1() {
        return postalAddress1;
    }

    public void setPostalAddress1(String postalAddress1) {
        this.postalAddress1 = postalAddress1;
    }

    public String getPostalAddress2() {
        return postalAddress2;
    }

    public void setPostalAddress2(String postalAddress2) {
        this.postalAddress2 = postalAddress2;
    }

    public String getPostalAddress3() {
        return postalAddress3;
    }

    public void setPostalAddress3(String postalAddress3) {
        this.postalAddress3 = postalAddress3;
    }

    public String getPostalAddress4() {
        return postalAddress4;
    }

    public void setPostalAddress4(String postalAddress4) {
        this.postalAddress4 = postalAddress4;
    }

    public String getPostalAddress5() {
        return postalAddress5;
    }

    public void setPostalAddress5(String postalAddress5) {
        this.postalAddress5 = postalAddress5;
    }

    public String getCompanyInfo01() {
        return companyInfo01;
    }

    public void setCompanyInfo01(String companyInfo01) {
        this.companyInfo01 = companyInfo01;
    }

    public String getCompanyInfo02() {
        return companyInfo02;
    }

    public void setCompanyInfo02(String companyInfo02) {
        this.companyInfo02 = companyInfo02;
    }

    public String getCompanyInfo03() {
        return companyInfo03;
    }

    public void setCompanyInfo03(String companyInfo03) {
        this.companyInfo03 = companyInfo03;
    }

    public String getCompanyInfo04() {
        return companyInfo04;
    }

    public void setCompanyInfo04(String companyInfo04) {
        this.companyInfo04 = companyInfo04;
    }

    public String getCompanyInfo05() {
        return companyInfo05;
    }

    public void setCompanyInfo05(String companyInfo05) {
        this.companyInfo05 = companyInfo05;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
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

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }

    public String getCompanyTaxNumber() {
        return companyTaxNumber;
    }

    public void setCompanyTaxNumber(String companyTaxNumber) {
        this.companyTaxNumber = companyTaxNumber;
    }

    public String getTaxOffice() {
        return taxOffice;
    }

    public void setTaxOffice(String taxOffice) {
        this.taxOffice = taxOffice;
    }

    public String getRegisteredName() {
        return registeredName;
    }

    public void setRegisteredName(String registeredName) {
        this.registeredName = registeredName;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public Long getCompanyEntityTypeId() {
        return companyEntityTypeId;
    }

    public void setCompanyEntityTypeId(Long companyEntityTypeId) {
        this.companyEntityTypeId = companyEntityTypeId;
    }

    public LocalDate getTakeOnBalanceDate() {
        return takeOnBalanceDate;
    }

    public void setTakeOnBalanceDate(LocalDate takeOnBalanceDate) {
        this.takeOnBalanceDate = takeOnBalanceDate;
    }

    public Boolean getDoNotAllowProcessingIntoNegativeQuantities() {
        return doNotAllowProcessingIntoNegativeQuantities;
    }

    public void setDoNotAllowProcessingIntoNegativeQuantities(Boolean doNotAllowProcessingIntoNegativeQuantities) {
        this.doNotAllowProcessingIntoNegativeQuantities = doNotAllowProcessingIntoNegativeQuantities;
    }

    public Long getDateFormatId() {
        return dateFormatId;
    }

    public void setDateFormatId(Long dateFormatId) {
        this.dateFormatId = dateFormatId;
    }

    public Boolean getUseInclusiveProcessingByDefault() {
        return useInclusiveProcessingByDefault;
    }

    public void setUseInclusiveProcessingByDefault(Boolean useInclusiveProcessingByDefault) {
        this.useInclusiveProcessingByDefault = useInclusiveProcessingByDefault;
    }

    public Boolean getLockedForConversion() {
        return lockedForConversion;
    }

    public void setLockedForConversion(Boolean lockedForConversion) {
        this.lockedForConversion = lockedForConversion;
    }

    public Boolean getLockedForTransfer() {
        return lockedForTransfer;
    }

    public void setLockedForTransfer(Boolean lockedForTransfer) {
        this.lockedForTransfer = lockedForTransfer;
    }

    public LocalDate getPreviousTaxPeriodEndDate() {
        return previousTaxPeriodEndDate;
    }

    public void setPreviousTaxPeriodEndDate(LocalDate previousTaxPeriodEndDate) {
        this.previousTaxPeriodEndDate = previousTaxPeriodEndDate;
    }

    public LocalDate getPreviousTaxReturnDate() {
        return previousTaxReturnDate;
    }

    public void setPreviousTaxReturnDate(LocalDate previousTaxReturnDate) {
        this.previousTaxReturnDate = previousTaxReturnDate;
    }

    public Long getHomeCurrencyId() {
        return homeCurrencyId;
    }

    public void setHomeCurrencyId(Long homeCurrencyId) {
        this.homeCurrencyId = homeCurrencyId;
    }

    public Long getCurrencyId() {
        return currencyId;
    }

    public void setCurrencyId(Long currencyId) {
        this.currencyId = currencyId;
    }

    public Integer getLogoPositionId() {
        return logoPositionId;
    }

    public void setLogoPositionId(Integer logoPositionId) {
        this.logoPositionId = logoPositionId;
    }

    public Map<String, Object> getAttachment() {
        return attachment;
    }

    public void setAttachment(Map<String, Object> attachment) {
        this.attachment = attachment;
    }

    public String getCustomerZoneGuid() {
        return customerZoneGuid;
    }

    public void setCustomerZoneGuid(String customerZoneGuid) {
        this.customerZoneGuid = customerZoneGuid;
    }

    public Integer getClientTypeId() {
        return clientTypeId;
    }

    public void setClientTypeId(Integer clientTypeId) {
        this.clientTypeId = clientTypeId;
    }

    public Integer getDisplayTotalTypeId() {
        return displayTotalTypeId;
    }

    public void setDisplayTotalTypeId(Integer displayTotalTypeId) {
        this.displayTotalTypeId = displayTotalTypeId;
    }

    public Boolean getDisplayInCompanyConsole() {
        return displayInCompanyConsole;
    }

    public void setDisplayInCompanyConsole(Boolean displayInCompanyConsole) {
        this.displayInCompanyConsole = displayInCompanyConsole;
    }

    public LocalDateTime getLastLoginDate() {
        return lastLoginDate;
    }

    public void setLastLoginDate(LocalDateTime lastLoginDate) {
        this.lastLoginDate = lastLoginDate;
    }

    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public Integer getTaxReportingTypeId() {
        return taxReportingTypeId;
    }

    public void setTaxReportingTypeId(Integer taxReportingTypeId) {
        this.taxReportingTypeId = taxReportingTypeId;
    }

    public Boolean getSalesOrdersReserveItemQuantities() {
        return salesOrdersReserveItemQuantities;
    }

    public void setSalesOrdersReserveItemQuantities(Boolean salesOrdersReserveItemQuantities) {
        this.salesOrdersReserveItemQuantities = salesOrdersReserveItemQuantities;
    }

    public Boolean getPrescribedGoodsTrader() {
        return prescribedGoodsTrader;
    }

    public void setPrescribedGoodsTrader(Boolean prescribedGoodsTrader) {
        this.prescribedGoodsTrader = prescribedGoodsTrader;
    }

    public Integer getCompanyTransferStatus() {
        return companyTransferStatus;
    }

    public void setCompanyTransferStatus(Integer companyTransferStatus) {
        this.companyTransferStatus = companyTransferStatus;
    }
}
