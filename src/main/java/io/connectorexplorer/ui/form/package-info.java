/**
 * The Connect tab: the generated form, its checking and preview, and copy/save/create of the request.
 */
package io.connectorexplorer.ui.form;
