package org.entente.cli;

/** A TimelineJS file as TimelineJS's own examples are made, with slides Entente cannot import (issue #15, defect 9). */
public final class SkipInvalidRowsTestData {
    private SkipInvalidRowsTestData() {}

    /** Two good slides, a cosmic year and a slide with a date but neither headline, text nor media. */
    public static final String EXAMPLES = """
            {"events": [
              {"start_date": {"year": 1969, "month": 7, "day": 20}, "text": {"headline": "Apollo 11 lands"}},
              {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}},
              {"start_date": {"year": 1972, "month": 12, "day": 14}},
              {"start_date": {"year": 1990, "month": 4, "day": 24}, "text": {"headline": "Hubble launched"}}
            ]}
            """;

}
