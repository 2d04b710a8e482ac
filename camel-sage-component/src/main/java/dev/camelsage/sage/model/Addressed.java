package dev.camelsage.sage.model;

/** A record with postal and delivery addresses, five lines each: trading partners and their documents. */
public abstract class Addressed extends PostalAddressed {

    private String deliveryAddress01;
    private String deliveryAddress02;
    private String deliveryAddress03;
    private String deliveryAddress04;
    private String deliveryAddress05;

    public String getDeliveryAddress01() {
        return deliveryAddress01;
    }

    public void setDeliveryAddress01(String deliveryAddress01) {
        this.deliveryAddress01 = deliveryAddress01;
    }

    public String getDeliveryAddress02() {
        return deliveryAddress02;
    }

    public void setDeliveryAddress02(String deliveryAddress02) {
        this.deliveryAddress02 = deliveryAddress02;
    }

    public String getDeliveryAddress03() {
        return deliveryAddress03;
    }

    public void setDeliveryAddress03(String deliveryAddress03) {
        this.deliveryAddress03 = deliveryAddress03;
    }

    public String getDeliveryAddress04() {
        return deliveryAddress04;
    }

    public void setDeliveryAddress04(String deliveryAddress04) {
        this.deliveryAddress04 = deliveryAddress04;
    }

    public String getDeliveryAddress05() {
        return deliveryAddress05;
    }

    public void setDeliveryAddress05(String deliveryAddress05) {
        this.deliveryAddress05 = deliveryAddress05;
    }
}
