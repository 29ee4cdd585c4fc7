/**
 * The built-in demo account: a loopback HTTP endpoint that speaks AppFlow's REST-JSON protocol over a bundled
 * catalogue, reached through the same SDK client as a real account.
 */
package io.connectorexplorer.infra.demo;
