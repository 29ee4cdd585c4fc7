/**
 * Profiles and accounts: the profile and region pickers, the profiles read from the files, the status of the open
 * account, SSO sign-in and MFA prompts.
 */
package io.connectorexplorer.ui.profile;
