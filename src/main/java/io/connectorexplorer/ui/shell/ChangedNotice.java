package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.connector.ConnectorKey;
import java.time.Instant;

/**
 * The connector shown was opened because it changed since the user last looked: {@code what} changed in the listing,
 * in a few words (may be empty), and {@code listedAt}, when the listing that showed it was first read.
 */
public record ChangedNotice(ConnectorKey connector, String what, Instant listedAt) {}
