package org.entente.ui.trade;

/** Whose statistics the mirror view shows. */
public enum MirrorSide { HOME, PARTNER, BOTH }
