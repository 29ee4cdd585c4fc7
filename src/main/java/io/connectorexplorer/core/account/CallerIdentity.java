package io.connectorexplorer.core.account;

/** Who the active credentials are, as STS GetCallerIdentity tells it. */
public record CallerIdentity(String account, String arn) {}
