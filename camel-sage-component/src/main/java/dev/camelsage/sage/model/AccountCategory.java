package dev.camelsage.sage.model;

/** Sage's {@code AccountCategory} service (read only: Sage does not save or delete categories of accounts). */
public class AccountCategory extends SageCategory {

    private String comment;
    private Integer order;

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getOrder() {
        return order;
    }

    public void setOrder(Integer order) {
        this.order = order;
    }
}
