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
}
