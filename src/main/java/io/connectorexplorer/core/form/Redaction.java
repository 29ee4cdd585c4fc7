package io.connectorexplorer.core.form;

/** Whether sensitive values appear in a request built from the form. */
public enum Redaction {
    /** Every sensitive value becomes {@value #MASK_TEXT}: previews, and copies or saves without "include secrets". */
    MASK,
    /** Values as typed: only for sending, or a copy or save the user asked to include secrets in. */
    NONE;

    public static final String MASK_TEXT = "****";
}
