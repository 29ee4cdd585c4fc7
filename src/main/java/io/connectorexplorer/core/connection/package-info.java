/**
 * A target's connections (connector profiles), the entities and fields they expose, and the flows that use them:
 * AppFlow's answers followed to the last page and merged as the AWS CLI would print them, with typed rows for tables
 * read off that JSON (nothing the service sent is dropped from the JSON). Uses {@code connector}, {@code error},
 * {@code task}.
 */
package io.connectorexplorer.core.connection;
