/**
 * JSON as it travels: parsing and printing like the AWS CLI, the wire schema of a shape, timestamps, and the one
 * table of how members compare (keyed lists, sets, timestamps) that the diff reads. Depends on nothing else in the
 * app.
 */
package io.connectorexplorer.core.json;
