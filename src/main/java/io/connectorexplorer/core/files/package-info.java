/**
 * Writing text files, as an interface ({@code infra.files} writes them atomically). Depends on nothing else.
 */
package io.connectorexplorer.core.files;
