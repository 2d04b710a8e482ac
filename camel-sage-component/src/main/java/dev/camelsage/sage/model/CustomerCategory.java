package dev.camelsage.sage.model;

/** Sage's {@code CustomerCategory} service. */
public class CustomerCategory extends SageCategory {
}
