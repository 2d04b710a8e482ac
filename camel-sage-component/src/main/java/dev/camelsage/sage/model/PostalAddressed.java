package dev.camelsage.sage.model;

/** A record with Sage's five postal address lines ({@code PostalAddress01} to {@code PostalAddress05}). */
public abstract class PostalAddressed extends SageEntity {

    private String postalAddress01;
    private String postalAddress02;
    private String postalAddress03;
    private String postalAddress04;
    private String postalAddress05;

    public String getPostalAddress01() {
        return postalAddress01;
    }

    public void setPostalAddress01(String postalAddress01) {
        this.postalAddress01 = postalAddress01;
    }

    public String getPostalAddress02() {
        return postalAddress02;
    }

    public void setPostalAddress02(String postalAddress02) {
        this.postalAddress02 = postalAddress02;
    }

    public String getPostalAddress03() {
        return postalAddress03;
    }

    public void setPostalAddress03(String postalAddress03) {
        this.postalAddress03 = postalAddress03;
    }

    public String getPostalAddress04() {
        return postalAddress04;
    }

    public void setPostalAddress04(String postalAddress04) {
        this.postalAddress04 = postalAddress04;
    }

    public String getPostalAddress05() {
        return postalAddress05;
    }

    public void setPostalAddress05(String postalAddress05) {
        this.postalAddress05 = postalAddress05;
    }
}
