package dev.camelsage.sage.model;

/** A category record ({@code {ID, Description}}), such as a customer, supplier, item or bank account category. */
public class SageCategory extends SageEntity {

    private String description;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
