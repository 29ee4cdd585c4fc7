/**
 * JSON as it travels: parsing and printing like the AWS CLI, the wire schema of a shape, timestamps. Depends on
 * nothing else in the app.
 */
package io.connectorexplorer.core.json;
