package org.entente.store;

import java.util.Set;

/**
 * What a view asks the store to keep, pushed into SQL so that filtered-out rows are never read.
 * Empty sets mean "no restriction".
 *
 * @param actorIds      keep events with at least one of these participants
 * @param categories    keep events in one of these category keys
 * @param tags          keep events with at least one of these tags (case-insensitive)
 * @param minImportance lowest importance kept (1–5)
 * @param maxImportance highest importance kept (1–5)
 * @param fromDay       keep events ending after this epoch day ({@link Long#MIN_VALUE}: no bound)
 * @param toDay         keep events starting before this epoch day ({@link Long#MAX_VALUE}: no bound)
 * @param pairKeys      keep events whose actor pair lane key ({@link TimelineQueries#pairKey}) is one of these
 * @param annotatedOnly keep only events the user starred, highlighted, tagged or wrote a note on ("my annotations")
 * @param votedApart    with exactly two {@code actorIds}: keep only the roll calls (category "UN vote") on which both
 *                      voted (yes, no or abstain) and voted differently; ignored otherwise
 */
public record EventFilter(Set<Long> actorIds, Set<String> categories, Set<String> tags, int minImportance, int maxImportance,
                          long fromDay, long toDay, Set<String> pairKeys, boolean annotatedOnly, boolean votedApart) {

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), 1, 5, Long.MIN_VALUE, Long.MAX_VALUE, Set.of());

    /** A filter with no roll-call condition. */
    public EventFilter(Set<Long> actorIds, Set<String> categories, Set<String> tags, int minImportance, int maxImportance,
                       long fromDay, long toDay, Set<String> pairKeys, boolean annotatedOnly) {
        this(actorIds, categories, tags, minImportance, maxImportance, fromDay, toDay, pairKeys, annotatedOnly, false);
    }

    /** A filter that keeps annotated and unannotated events alike. */
    public EventFilter(Set<Long> actorIds, Set<String> categories, Set<String> tags, int minImportance, int maxImportance,
                       long fromDay, long toDay, Set<String> pairKeys) {
        this(actorIds, categories, tags, minImportance, maxImportance, fromDay, toDay, pairKeys, false);
    }

    public EventFilter {
        actorIds = actorIds == null ? Set.of() : Set.copyOf(actorIds);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        pairKeys = pairKeys == null ? Set.of() : Set.copyOf(pairKeys);
        if (minImportance < 1 || maxImportance > 5 || minImportance > maxImportance)
            throw new IllegalArgumentException("importance range " + minImportance + "–" + maxImportance + " is not within 1–5");
        if (fromDay >= toDay) throw new IllegalArgumentException("the date range ends before it starts");
    }

    public EventFilter withActors(Set<Long> ids) { return new EventFilter(ids, categories, tags, minImportance, maxImportance, fromDay, toDay, pairKeys, annotatedOnly, votedApart); }
    public EventFilter withCategories(Set<String> keys) { return new EventFilter(actorIds, keys, tags, minImportance, maxImportance, fromDay, toDay, pairKeys, annotatedOnly, votedApart); }
    public EventFilter withTags(Set<String> names) { return new EventFilter(actorIds, categories, names, minImportance, maxImportance, fromDay, toDay, pairKeys, annotatedOnly, votedApart); }
    public EventFilter withImportance(int min, int max) { return new EventFilter(actorIds, categories, tags, min, max, fromDay, toDay, pairKeys, annotatedOnly, votedApart); }
    public EventFilter withDates(long from, long to) { return new EventFilter(actorIds, categories, tags, minImportance, maxImportance, from, to, pairKeys, annotatedOnly, votedApart); }
    public EventFilter withPairs(Set<String> keys) { return new EventFilter(actorIds, categories, tags, minImportance, maxImportance, fromDay, toDay, keys, annotatedOnly, votedApart); }

    public EventFilter withAnnotatedOnly(boolean on) { return new EventFilter(actorIds, categories, tags, minImportance, maxImportance, fromDay, toDay, pairKeys, on, votedApart); }
    public EventFilter withVotedApart(boolean on) { return new EventFilter(actorIds, categories, tags, minImportance, maxImportance, fromDay, toDay, pairKeys, annotatedOnly, on); }

    /** Whether the roll-call condition applies: asked for, with exactly two actors. */
    public boolean votedApartApplies() { return votedApart && actorIds.size() == 2; }

    /** Whether anything beyond the time window must be checked against the event table. */
    boolean restrictsRows() {
        return !actorIds.isEmpty() || !categories.isEmpty() || !tags.isEmpty() || minImportance > 1 || maxImportance < 5 || !pairKeys.isEmpty() || annotatedOnly || votedApartApplies();
    }
}
