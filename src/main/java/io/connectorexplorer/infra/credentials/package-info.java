/**
 * A credentials provider per profile, built from the SDK's own (assume-role, SSO, web identity,
 * credential_process, keys in the files), never the shared default chain.
 */
package io.connectorexplorer.infra.credentials;
