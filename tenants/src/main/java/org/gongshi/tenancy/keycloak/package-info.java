/**
 * Provisioning of the Keycloak realm {@code gongshi}, run at build time: its staff roles, its
 * clients, a user profile with the admin-only {@code division} attribute, and the demo staff.
 * <p>
 * Nothing here runs on the application server; the JSON-P implementation it needs is on the
 * build's test classpath only.
 */
package org.gongshi.tenancy.keycloak;
