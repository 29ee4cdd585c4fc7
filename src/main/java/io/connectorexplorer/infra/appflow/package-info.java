/**
 * The AppFlow and STS clients of the AWS SDK for one target, the wire JSON they return kept as it came, and their
 * errors told as {@code ServiceCallException}. Uses {@code credentials}, {@code profile}, {@code sso}, {@code demo},
 * {@code diagnostics}.
 */
package io.connectorexplorer.infra.appflow;
