package org.entente.store;

import org.entente.model.DateRange;
import org.entente.model.EventHeader;

/** A row of the events table: the header, its dates at their precision and participant names. */
public record ListedEvent(EventHeader header, DateRange when, String participantNames, String categoryLabel) {}
