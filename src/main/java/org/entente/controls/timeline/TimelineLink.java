package org.entente.controls.timeline;

/**
 * An arrow from one item to another ("led to", "in response to").
 *
 * @param fromId id of the earlier item
 * @param toId   id of the later item
 * @param kind   label shown on hover, e.g. "led to"
 */
public record TimelineLink(long fromId, long toId, String kind) {
    public TimelineLink {
        if (kind == null) kind = "";
    }
}
