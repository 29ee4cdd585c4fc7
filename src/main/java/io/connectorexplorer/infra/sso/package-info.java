/**
 * IAM Identity Center: the token cache shared with the AWS CLI v2, refresh, sign-in by browser (authorization code
 * with PKCE) or device code, and the access portal's account and role listings for account discovery
 * ({@link io.connectorexplorer.infra.sso.IdentityCenterPortal}). Its OIDC and portal calls are told to
 * {@code diagnostics}.
 */
package io.connectorexplorer.infra.sso;
