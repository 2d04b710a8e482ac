package dev.camelsage.simulator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The country whose Sage Business Cloud Accounting the simulator plays. The same v2.0.0 API serves South Africa
 * ({@code accounting.sageone.co.za}) and Australia ({@code accounting.sageone.com.au}); what differs in the simulator
 * is the seeded tax types (and so every total), the currency symbol and the company names.
 */
public enum Region {

    /** South Africa: VAT at 15 %, tax types named as integrators look them up ("Standard Rate"). */
    ZA("R", 1, "Demo Trading (Pty) Ltd", "Karoo Consulting CC", List.of(
            new TaxRate(TaxRate.Role.STANDARD, "Standard Rate", "15", true),
            new TaxRate(TaxRate.Role.ZERO, "Zero Rated", "0", false),
            new TaxRate(TaxRate.Role.EXEMPT, "Exempt", "0", false),
            new TaxRate(TaxRate.Role.CAPITAL, "Standard Rate (Capital Goods)", "15", false))),

    /** Australia: GST at 10 %; the names are the usual Australian GST categories (Sage's own were not captured). */
    AU("$", 12, "Demo Trading Pty Ltd", "Outback Consulting Pty Ltd", List.of(
            new TaxRate(TaxRate.Role.STANDARD, "GST", "10", true),
            new TaxRate(TaxRate.Role.ZERO, "GST Free", "0", false),
            new TaxRate(TaxRate.Role.EXEMPT, "Input Taxed", "0", false),
            new TaxRate(TaxRate.Role.CAPITAL, "Capital Acquisitions", "10", false)));

    final String currencySymbol;
    final int countryId;
    final String demoCompanyName;
    final String secondCompanyName;
    final List<TaxRate> taxRates;

    Region(String currencySymbol, int countryId, String demoCompanyName, String secondCompanyName, List<TaxRate> taxRates) {
        this.currencySymbol = currencySymbol;
        this.countryId = countryId;
        this.demoCompanyName = demoCompanyName;
        this.secondCompanyName = secondCompanyName;
        this.taxRates = taxRates;
    }

    /** The name of the seeded tax type that carries the region's standard rate ("Standard Rate" or "GST"). */
    public String standardTaxName() {
        return rate(TaxRate.Role.STANDARD).name();
    }

    /** The region's standard rate in percent (15 or 10). */
    public BigDecimal standardRate() {
        return rate(TaxRate.Role.STANDARD).percentage();
    }

    private TaxRate rate(TaxRate.Role role) {
        return taxRates.stream().filter(r -> r.role() == role).findFirst().orElseThrow();
    }

    /** One seeded tax type. */
    record TaxRate(Role role, String name, BigDecimal percentage, boolean isDefault) {

        /** What a tax type is for, whatever the region calls it. */
        enum Role { STANDARD, ZERO, EXEMPT, CAPITAL }

        TaxRate(Role role, String name, String percentage, boolean isDefault) {
            this(role, name, new BigDecimal(percentage), isDefault);
        }
    }
}
