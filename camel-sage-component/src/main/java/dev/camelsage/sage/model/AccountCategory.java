package dev.camelsage.sage.model;

/** Sage's {@code AccountCategory} service (read only: Sage does not save or delete categories of accounts). */
public class AccountCategory extends SageCategory {

    public String comment;
    public Integer order;

    public String getComment() {
        return comment;
    }

    public Integer getOrder() {
        return order;
    }
}
