package dev.camelsage.sage.model;

/** Sage's {@code CustomerReturn} service (credit notes). */
public class CustomerReturn extends CustomerDocument {
}
