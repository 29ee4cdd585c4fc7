/**
 * IAM Identity Center: the token cache shared with the AWS CLI v2, refresh, and sign-in by browser (authorization
 * code with PKCE) or device code. Its OIDC calls are told to {@code diagnostics}.
 */
package io.connectorexplorer.infra.sso;
