/**
 * The AWS config and credentials files read as the AWS CLI reads them — tolerantly, a bad line reported by file
 * and line — the environment, endpoint settings, and watching the files for changes; the SSO sessions the files
 * define, the in-memory profile of a discovered SSO account ({@code DiscoveredProfiles}), and saving one as a profile
 * of the config file ({@link io.connectorexplorer.infra.profile.SsoProfileWriter}).
 */
package io.connectorexplorer.infra.profile;
