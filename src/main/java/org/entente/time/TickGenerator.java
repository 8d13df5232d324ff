package org.entente.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.i18n.I18n;

/**
 * Chooses the finest calendar step whose labels fit without overlapping and generates the two
 * rows of ticks for a visible span, from days to hundreds of millennia.
 *
 * <p>Years are counted as historians count them: there is no year 0, so a tick at the start of
 * ISO year 0 is labelled "1 BCE" and ISO year -43 is "44 BCE". Ticks of multi-year steps fall on
 * round historical years on both sides of the epoch ("20 BCE", "10 BCE", "10", "20"), so the
 * interval that crosses the epoch is a little longer than the others.
 *
 * <p>Month names are the generator's locale's ("June", "juin", "tháng 6"); the words around the
 * numbers ("BCE", "2020s", a quarter) are the interface language's, from the {@code timeline} bundle.
 */
public final class TickGenerator {

    /** Measures a label in pixels. */
    @FunctionalInterface
    public interface TextWidth {
        double width(String text);
    }

    /** The steps tried, finest first. */
    public static final List<TickStep> STEPS = List.of(
            new TickStep(TickUnit.DAY, 1), new TickStep(TickUnit.DAY, 2), new TickStep(TickUnit.WEEK, 1),
            new TickStep(TickUnit.MONTH, 1), new TickStep(TickUnit.MONTH, 3),
            new TickStep(TickUnit.YEAR, 1), new TickStep(TickUnit.YEAR, 2), new TickStep(TickUnit.YEAR, 5),
            new TickStep(TickUnit.YEAR, 10), new TickStep(TickUnit.YEAR, 20), new TickStep(TickUnit.YEAR, 50),
            new TickStep(TickUnit.YEAR, 100), new TickStep(TickUnit.YEAR, 200), new TickStep(TickUnit.YEAR, 500),
            new TickStep(TickUnit.YEAR, 1000), new TickStep(TickUnit.YEAR, 2000), new TickStep(TickUnit.YEAR, 5000),
            new TickStep(TickUnit.YEAR, 10_000), new TickStep(TickUnit.YEAR, 20_000), new TickStep(TickUnit.YEAR, 50_000),
            new TickStep(TickUnit.YEAR, 100_000));

    /** Space in pixels kept between one label's end and the next tick. */
    public static final double LABEL_GAP = 8;
    /** Horizontal space between a tick and the start of its label. */
    public static final double LABEL_INSET = 4;

    private static final double[] NO_DAYS = new double[0];
    private static final String[] NO_LABELS = new String[0];

    private final Locale locale;
    private final String[] fullMonths = new String[12];
    private final String[] shortMonths = new String[12];

    public TickGenerator(Locale locale) {
        this.locale = locale;
        for (Month m : Month.values()) {
            fullMonths[m.ordinal()] = DateText.month(m, false, locale);
            shortMonths[m.ordinal()] = DateText.month(m, true, locale);
        }
    }

    public Locale locale() { return locale; }

    /**
     * Labels worded through the interface language's bundle ("Q2", "June 2024", "2020s", "50 – 41
     * BCE"), kept by the numbers they name. A timeline frame labels every tick of each step it tries
     * and {@link I18n#t} formats through MessageFormat, which builds a NumberFormat for each number
     * argument: a few microseconds a label, more than the rest of a frame's layout.
     */
    private record Word(int kind, int a, int b) {}

    private static final int QUARTER = 0, MONTH_YEAR = 1, YEAR = 2, YEAR_RANGE = 3;
    /** Cleared when full: the years and months of the spans scrolled through. */
    private static final int WORDS_KEPT = 4_000;
    private final Map<Word, String> words = new HashMap<>();
    private Locale wordsLanguage;

    private String word(int kind, int a, int b, Supplier<String> make) {
        Word w = new Word(kind, a, b);
        String known = words.get(w);
        if (known != null) return known;
        String made = make.get();
        if (words.size() >= WORDS_KEPT) words.clear();
        words.put(w, made);
        return made;
    }

    /** Forgets the worded labels when the interface language changed since they were made. */
    private void checkLanguage() {
        Locale now = I18n.locale();
        if (!now.equals(wordsLanguage)) {
            words.clear();
            wordsLanguage = now;
        }
    }

    /** Ticks for the scale's visible span, labels measured with {@code minorWidth} (fine row) and {@code majorWidth}. */
    public Ticks generate(TimeScale scale, TextWidth minorWidth, TextWidth majorWidth) {
        double ppd = scale.pixelsPerDay();
        double minLabel = minorWidth.width("00");
        for (TickStep step : STEPS) {
            if (step.minDays() * ppd < minLabel + LABEL_GAP) continue;
            for (int format = 0; format < formatsOf(step); format++) {
                double[] days = tickDays(step, scale.startDay(), scale.endDay());
                String[] labels = labels(step, days, format);
                if (fits(scale, days, labels, minorWidth)) {
                    TickStep major = enclosing(step);
                    double[] majorDays = major == null ? NO_DAYS : tickDays(major, scale.startDay(), scale.endDay());
                    String[] majorLabels = major == null ? NO_LABELS : majorLabels(major, majorDays);
                    return new Ticks(step, days, labels, major, majorDays, majorLabels);
                }
            }
        }
        // wider than 100,000-year steps can show: unlabelled coarse ticks
        TickStep last = STEPS.get(STEPS.size() - 1);
        double[] days = tickDays(last, scale.startDay(), scale.endDay());
        String[] empty = new String[days.length];
        Arrays.fill(empty, "");
        return new Ticks(last, days, empty, null, NO_DAYS, NO_LABELS);
    }

    /** Whether each label ends, with the gap, before the next tick. */
    static boolean fits(TimeScale scale, double[] days, String[] labels, TextWidth width) {
        for (int i = 0; i + 1 < days.length; i++) {
            double room = scale.dayToX(days[i + 1]) - scale.dayToX(days[i]);
            if (width.width(labels[i]) + LABEL_INSET + LABEL_GAP > room) return false;
        }
        return true;
    }

    private static int formatsOf(TickStep step) {
        return step.unit() == TickUnit.MONTH && step.count() == 1 ? 2 : 1;
    }

    /** The step of the row above: month above days and weeks, year above months, decade above years, and so on. */
    public static TickStep enclosing(TickStep step) {
        return switch (step.unit()) {
            case DAY, WEEK -> new TickStep(TickUnit.MONTH, 1);
            case MONTH -> new TickStep(TickUnit.YEAR, 1);
            case YEAR -> {
                long next = 10;
                while (next <= step.count()) next *= 10;
                yield next > 1_000_000 ? null : new TickStep(TickUnit.YEAR, (int) next);
            }
        };
    }

    /**
     * Tick positions of a step covering [start, end]: the last tick at or before start, then every
     * tick up to end.
     */
    public static double[] tickDays(TickStep step, double startDay, double endDay) {
        long from = (long) Math.floor(startDay);
        long to = (long) Math.ceil(endDay);
        return switch (step.unit()) {
            case DAY -> {
                int n = step.count();
                long first = Math.floorDiv(from, n) * n;
                int count = (int) ((to - first) / n) + 1;
                double[] out = new double[count];
                for (int i = 0; i < count; i++) out[i] = first + (long) i * n;
                yield out;
            }
            case WEEK -> {
                LocalDate d = LocalDate.ofEpochDay(from);
                long first = d.minusDays(d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()).toEpochDay();
                long n = 7L * step.count();
                int count = (int) ((to - first) / n) + 1;
                double[] out = new double[count];
                for (int i = 0; i < count; i++) out[i] = first + i * n;
                yield out;
            }
            case MONTH -> {
                LocalDate d = LocalDate.ofEpochDay(from);
                int n = step.count();
                long monthIndex = d.getYear() * 12L + d.getMonthValue() - 1;
                long firstIndex = Math.floorDiv(monthIndex, n) * n;
                LocalDate endDate = LocalDate.ofEpochDay(to);
                long lastIndex = endDate.getYear() * 12L + endDate.getMonthValue() - 1;
                int count = (int) ((lastIndex - firstIndex) / n) + 1;
                double[] out = new double[count];
                for (int i = 0; i < count; i++) {
                    long mi = firstIndex + (long) i * n;
                    out[i] = LocalDate.of((int) Math.floorDiv(mi, 12), (int) Math.floorMod(mi, 12) + 1, 1).toEpochDay();
                }
                yield out;
            }
            case YEAR -> yearTicks(step.count(), from, to);
        };
    }

    private static double[] yearTicks(int n, long from, long to) {
        int y0 = LocalDate.ofEpochDay(from).getYear();
        int y1 = LocalDate.ofEpochDay(to).getYear();
        // first tick year at or before y0, on a round historical year
        int first = previousTickYear(n, y0);
        // count ticks
        int count = 0;
        for (int y = first; y <= y1; y = nextTickYear(n, y)) count++;
        double[] out = new double[count];
        int i = 0;
        for (int y = first; y <= y1; y = nextTickYear(n, y)) out[i++] = LocalDate.of(y, 1, 1).toEpochDay();
        return out;
    }

    /** Whether ISO year {@code y} starts a tick interval of n years: CE years divisible by n, BCE years whose historical number is. */
    static boolean isTickYear(int n, int y) {
        if (n == 1) return true;
        if (y >= 1) return y % n == 0;
        int historical = 1 - y; // ISO 0 = 1 BCE
        return historical % n == 0;
    }

    static int previousTickYear(int n, int y) {
        if (n == 1) return y;
        if (y >= n) return Math.floorDiv(y, n) * n;
        // the BCE side (and the CE years before the first round one): round BCE years are 1 - k*n in ISO
        int k = Math.max(1, (int) Math.ceil((1.0 - y) / n));
        return 1 - k * n;
    }

    static int nextTickYear(int n, int y) {
        if (n == 1) return y + 1;
        if (y >= 1) return y + n;
        int next = y + n;
        return next >= 1 ? n : next; // from the last round BCE year straight to the first round CE year
    }

    private String[] labels(TickStep step, double[] days, int format) {
        return eachDay(days, d -> switch (step.unit()) {
            case DAY, WEEK -> Integer.toString(d.getDayOfMonth());
            case MONTH -> step.count() == 3 ? quarter((d.getMonthValue() - 1) / 3 + 1)
                    : (format == 0 ? fullMonths : shortMonths)[d.getMonthValue() - 1];
            case YEAR -> year(d.getYear());
        });
    }

    private String[] majorLabels(TickStep step, double[] days) {
        return eachDay(days, d -> switch (step.unit()) {
            case DAY, WEEK -> Integer.toString(d.getDayOfMonth());
            case MONTH -> monthYear(d.getMonthValue(), d.getYear());
            case YEAR -> step.count() == 1 ? year(d.getYear())
                    : yearRange(d.getYear(), nextTickYear(step.count(), d.getYear()));
        });
    }

    /** {@code label} of each of {@code days} (epoch days), in the interface language of now. */
    private String[] eachDay(double[] days, Function<LocalDate, String> label) {
        checkLanguage();
        String[] out = new String[days.length];
        for (int i = 0; i < days.length; i++) out[i] = label.apply(LocalDate.ofEpochDay((long) days[i]));
        return out;
    }

    private String quarter(int q) {
        return word(QUARTER, q, 0, () -> I18n.t("timeline.axis.quarter", q));
    }

    private String monthYear(int month, int year) {
        return word(MONTH_YEAR, month, year, () -> I18n.t("timeline.axis.month-year", fullMonths[month - 1], DateText.year(year)));
    }

    private String year(int year) {
        return word(YEAR, year, 0, () -> DateText.year(year)); // "2024", "44 BCE"
    }

    private String yearRange(int from, int to) {
        return word(YEAR_RANGE, from, to, () -> yearRangeLabel(from, to));
    }

    /** "2020s", "1900s", "1000 – 1999", "50 – 41 BCE" for the ISO years [from, to); in Vietnamese "thập niên 2020", "50 – 41 TCN". */
    static String yearRangeLabel(int from, int to) {
        int len = to - from;
        // years as strings: a number argument would be grouped ("1,900s")
        if (from >= 1 && len == 10 && from % len == 0) return I18n.t("timeline.axis.decade", Integer.toString(from));
        if (from >= 1 && len == 100 && from % len == 0) return I18n.t("timeline.axis.century", Integer.toString(from));
        int last = to - 1;
        if (from < 1 && last < 1) {
            return I18n.t("timeline.axis.years.bce", Integer.toString(1 - from), Integer.toString(1 - last));
        }
        return DateText.year(from) + " – " + DateText.year(last);
    }
}
