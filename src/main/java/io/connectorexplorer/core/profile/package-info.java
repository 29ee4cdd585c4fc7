/**
 * AWS profiles as the user sees them (name, kind, region, problem), their catalog, and how a profile and region
 * are chosen at start; SSO sign-in as an interface; the SSO sessions of the files and the accounts and roles their
 * sign-ins reach ({@link io.connectorexplorer.core.profile.AccountDiscovery} over the
 * {@link io.connectorexplorer.core.profile.SsoPortal} port), each openable as a profile no file holds. Holds no
 * secret. Uses {@code task} and {@code error}.
 */
package io.connectorexplorer.core.profile;
