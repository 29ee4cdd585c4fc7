package io.connectorexplorer.core.form;

/** How a form field is entered, which decides the control a view draws for it. */
public enum FieldKind {
    /** Free text. */
    TEXT,
    /** Text typed into a masked control. */
    SECRET,
    /** One of {@link FieldSpec#options()}, nothing else. */
    CHOICE,
    /** Free text with {@link FieldSpec#options()} offered in a drop-down. */
    EDITABLE_CHOICE,
    /** Any number of {@link FieldSpec#options()}; free entries when there are no options. */
    MULTI_CHOICE,
    /** A 32-bit whole number. */
    INTEGER,
    /** A 64-bit whole number. */
    LONG,
    /** True or false. */
    BOOLEAN,
    /** An ISO-8601 date, 2024-01-31. */
    DATE,
    /** An ISO-8601 date and time, 2024-01-31T09:30:00Z. */
    DATETIME
}
