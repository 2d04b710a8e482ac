package dev.camelsage.sage;

/** Where a Sage Business Cloud Accounting company lives: the same v2.0.0 API on the region's own host. */
public enum SageRegion {

    /** South Africa (and the rest of Africa): {@code https://accounting.sageone.co.za}; VAT. */
    za("https://accounting.sageone.co.za"),
    /** Australia: {@code https://accounting.sageone.com.au}; GST and a BAS report instead of VAT201. */
    au("https://accounting.sageone.com.au");

    private final String baseUrl;

    SageRegion(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The host Sage serves the region's API on. */
    public String baseUrl() {
        return baseUrl;
    }
}
