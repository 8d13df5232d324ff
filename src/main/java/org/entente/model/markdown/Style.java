package org.entente.model.markdown;

/** Character styles of a run of text in a note. */
public enum Style { BOLD, ITALIC, CODE }
