package dev.camelsage.sage.model;

/** Sage's {@code SupplierCategory} service. */
public class SupplierCategory extends SageCategory {
}
