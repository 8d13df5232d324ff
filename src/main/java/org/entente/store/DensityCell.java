package org.entente.store;

/**
 * Events of one lane starting in one time bucket, for a zoomed-out timeline: how many, and the
 * most important of them to draw as the bucket's representative.
 *
 * @param laneKey        the lane ({@link TimelineQueries#pairKey}, {@code country:ID}, {@code category:KEY} or {@code all})
 * @param bucketStartDay first epoch day of the bucket
 * @param bucketEndDay   first epoch day after it
 * @param count          events starting in it
 * @param topEventId     id of its most important event (earliest among equals)
 * @param topImportance  that event's importance
 */
public record DensityCell(String laneKey, long bucketStartDay, long bucketEndDay, int count, long topEventId, int topImportance) {}
