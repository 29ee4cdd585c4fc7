/**
 * The AWS config and credentials files read as the AWS CLI reads them — tolerantly, a bad line reported by file
 * and line — the environment, endpoint settings, and watching the files for changes.
 */
package io.connectorexplorer.infra.profile;
