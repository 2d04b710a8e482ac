package dev.camelsage.sage.model;

/** Sage's {@code SalesRepresentative} service; {@code Name} is read only (first and last name joined). */
public class SalesRepresentative extends SageEntity {

    public String firstName;
    public String lastName;
    public String name;
    public Boolean active;
    public String email;
    public String mobile;
    public String telephone;

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getName() {
        return name;
    }

    public Boolean getActive() {
        return active;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public String getTelephone() {
        return telephone;
    }
}
