/**
 * The domain in plain Java: what the app knows and decides, without saying how it is fetched or shown. Imports
 * neither JavaFX nor the AWS SDK; its packages form no cycle (ArchitectureTest).
 */
package io.connectorexplorer.core;
