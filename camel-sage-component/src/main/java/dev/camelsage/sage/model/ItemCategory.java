package dev.camelsage.sage.model;

/** Sage's {@code ItemCategory} service. */
public class ItemCategory extends SageCategory {
}
