package org.entente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ego layout: one actor in the centre and its partners on rings by level, the closest level on
 * the innermost ring; actors not tied to it sit on an outer ring. Around each ring nodes keep the
 * angular order they had before (so an upgrade moves a node inwards, not across the drawing); new
 * ones are ordered by name.
 */
public final class EgoLayout {
    private EgoLayout() {}

    public static Map<Long, Point> layout(GraphSnapshot s, long focusId, Map<Long, Point> previous) {
        Map<Long, Point> out = new LinkedHashMap<>();
        if (!s.actors().containsKey(focusId)) return ForceLayout.layout(s, previous, java.util.Set.of());
        out.put(focusId, new Point(0, 0));
        // Ring key: higher = closer. Partnership ties ring by level rank; shared-event ties by count.
        TreeMap<Double, List<Long>> rings = new TreeMap<>(Comparator.reverseOrder());
        List<Long> outer = new ArrayList<>();
        Map<Long, Double> closeness = new LinkedHashMap<>();
        for (Tie t : s.ties())
            if (t.touches(focusId))
                closeness.put(t.other(focusId), t.kind() == TieKind.PARTNERSHIP ? t.level().rank() : 0.0);
        for (Long id : s.actors().keySet()) {
            if (id == focusId) continue;
            Double c = closeness.get(id);
            if (c == null) outer.add(id);
            else rings.computeIfAbsent(c, r -> new ArrayList<>()).add(id);
        }
        int ringCount = rings.size() + (outer.isEmpty() ? 0 : 1);
        double maxR = ForceLayout.FRAME * 0.45;
        int ring = 0;
        for (List<Long> members : rings.values()) place(members, maxR * (ring++ + 1) / ringCount, s, previous, out, ring * 0.37);
        if (!outer.isEmpty()) place(outer, maxR, s, previous, out, ring * 0.37);
        return out;
    }

    private static void place(List<Long> members, double radius, GraphSnapshot s, Map<Long, Point> previous,
                              Map<Long, Point> out, double offset) {
        members.sort(Comparator.comparingDouble((Long id) -> {
            Point p = previous == null ? null : previous.get(id);
            return p == null ? Double.MAX_VALUE : normalise(Math.atan2(p.y(), p.x()));
        }).thenComparing(id -> s.actors().get(id).name()));
        int n = members.size();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + offset + 2 * Math.PI * i / n;
            out.put(members.get(i), new Point(radius * Math.cos(angle), radius * Math.sin(angle)));
        }
    }

    private static double normalise(double a) {
        double v = a + Math.PI / 2;
        while (v < 0) v += 2 * Math.PI;
        return v % (2 * Math.PI);
    }
}
