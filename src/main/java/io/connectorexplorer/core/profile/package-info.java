/**
 * AWS profiles as the user sees them (name, kind, region, problem), their catalog, and how a profile and region
 * are chosen at start, and SSO sign-in as an interface. Holds no secret. Uses {@code task}.
 */
package io.connectorexplorer.core.profile;
