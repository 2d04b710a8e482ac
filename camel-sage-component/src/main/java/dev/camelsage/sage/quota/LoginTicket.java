package dev.camelsage.sage.quota;

import java.io.Serializable;

/**
 * One admitted request of a username.
 *
 * @param login the credentials
 * @param id    unique for these credentials
 */
public record LoginTicket(LoginKey login, long id) implements Serializable {
}
