package org.entente.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Participant;
import org.entente.model.Source;

/**
 * Reads the UN General Assembly roll-call data of the {@code unvotes} R package (Erik Voeten's
 * "United Nations General Assembly Voting Data"), as three gzip-compressed CSV files, into events:
 * one per roll call, in category "UN vote", whose participants are the countries that voted, each
 * with its vote ({@link #YES}, {@link #NO}, {@link #ABSTAIN}) as role. docs/un-votes.md explains
 * the mapping and the dataset's quirks:
 * <ul>
 * <li>a country with no row for a roll call was absent or not a member: it is no participant;</li>
 * <li>the Soviet Union is coded as Russia ({@code RU}) and China's seat before 1971 as Taiwan
 *     ({@code TW}): kept as the dataset codes them, not re-attributed;</li>
 * <li>Namibia's code is the two letters {@code NA}, a real code, never a missing value;</li>
 * <li>Zanzibar, the Federal Republic of Germany and the Yemen Arab Republic have no code, and four
 *     former states have withdrawn codes ({@code CS}, {@code DD}, {@code YU}, {@code YD}) with no
 *     current ISO 3166 alpha-3: these become countries by name, with no ISO code.</li>
 * </ul>
 * Every problem names its file, line and field; a file with errors yields no events.
 */
public final class UnVotesReader {
    public static final String ROLL_CALLS = "un_roll_calls.csv.gz";
    public static final String VOTES = "un_votes.csv.gz";
    public static final String ISSUES = "un_roll_call_issues.csv.gz";

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String ABSTAIN = "abstain";
    private static final Set<String> VOTE_VALUES = Set.of(YES, NO, ABSTAIN);

    /** Importance of a roll call on the US State Department's list of important votes, and of any other. */
    public static final int IMPORTANT = 4, ORDINARY = 2;

    /** The dataset, cited by every roll call (the two works its README asks to cite). */
    public static final Source SOURCE = new Source(0, "United Nations General Assembly Voting Data", "Harvard Dataverse",
            "Erik Voeten; Anton Strezhnev; Michael Bailey", null, null, null,
            "As converted in the unvotes R package (David Robinson, MIT licence), shipped with Entente. See Bailey, Strezhnev and Voeten,"
                    + " \"Estimating Dynamic State Preferences from United Nations Voting Data\", Journal of Conflict Resolution 61(2), 2017.");

    private static final Set<String> ISO2 = Set.of(Locale.getISOCountries());

    /** What was read: the events in roll-call order, the countries met, and any problems. */
    public record Result(List<Event> events, List<Actor> countries, List<Problem> problems, long votes) {
        public boolean ok() { return problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR); }
    }

    /** Opens one of the three files; the dataset ships in the app's resources, tests may hand in their own. */
    @FunctionalInterface
    public interface Files {
        InputStream open(String name) throws IOException;
    }

    private record RollCall(int rcid, long line, EventDate date, String symbol, String shortTitle, String description,
                            int session, String important, boolean amendment, boolean paragraph) { }

    private final Map<String, Actor> actors = new LinkedHashMap<>();

    private UnVotesReader() {}

    /** Reads the dataset from {@code files} (each gzip-compressed). */
    public static Result read(Files files) {
        return new UnVotesReader().readAll(files);
    }

    /** The ISO 3166-1 alpha-3 code of a dataset's alpha-2 code, or null for a withdrawn or empty code. */
    public static String iso3(String iso2) {
        if (iso2 == null || !ISO2.contains(iso2)) return null;
        try {
            String iso3 = new Locale("", iso2).getISO3Country();
            return iso3.length() == 3 ? iso3 : null;
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    private Result readAll(Files files) {
        Problems problems = new Problems();
        Map<Integer, RollCall> rollCalls = new TreeMap<>();
        Map<Integer, List<String>> issues = new HashMap<>();
        Map<Integer, List<Participant>> votes = new HashMap<>();
        long[] voteCount = {0};
        readFile(files, ROLL_CALLS, List.of("rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"),
                problems, row -> {
                    Integer rcid = integer(row, "rcid", ROLL_CALLS, problems);
                    Integer session = integer(row, "session", ROLL_CALLS, problems);
                    String dateText = row.get("date");
                    EventDate date = null;
                    try {
                        if (dateText == null) problems.error(ROLL_CALLS, row.line(), "date", I18n.t("exchange.un-votes.date-empty"));
                        else date = EventDate.of(LocalDate.parse(dateText));
                    } catch (DateTimeParseException e) {
                        problems.error(ROLL_CALLS, row.line(), "date", I18n.t("exchange.un-votes.not-a-date", dateText));
                    }
                    String important = row.get("importantvote");
                    if (important != null && !important.equals("0") && !important.equals("1"))
                        problems.error(ROLL_CALLS, row.line(), "importantvote", I18n.t("exchange.un-votes.important", important));
                    if (rcid == null || session == null || date == null) return;
                    RollCall rc = new RollCall(rcid, row.line(), date, row.get("unres"), row.get("short"), row.get("descr"), session,
                            important, "1".equals(row.get("amend")), "1".equals(row.get("para")));
                    if (rollCalls.putIfAbsent(rcid, rc) != null)
                        problems.error(ROLL_CALLS, row.line(), "rcid", I18n.t("exchange.un-votes.twice", rcid));
                });
        readFile(files, ISSUES, List.of("rcid", "issue"), problems, row -> {
            Integer rcid = integer(row, "rcid", ISSUES, problems);
            String issue = row.get("issue");
            if (rcid == null) return;
            if (issue == null) {
                problems.error(ISSUES, row.line(), "issue", I18n.t("exchange.un-votes.empty"));
                return;
            }
            if (!rollCalls.containsKey(rcid)) {
                problems.error(ISSUES, row.line(), "rcid", I18n.t("exchange.un-votes.unknown-roll-call", rcid, ROLL_CALLS));
                return;
            }
            List<String> tags = issues.computeIfAbsent(rcid, k -> new ArrayList<>(1));
            if (!tags.contains(issue)) tags.add(issue);
        });
        readFile(files, VOTES, List.of("rcid", "country", "country_code", "vote"), problems, row -> {
            Integer rcid = integer(row, "rcid", VOTES, problems);
            String country = row.get("country");
            String vote = row.get("vote");
            if (rcid == null) return;
            if (country == null) {
                problems.error(VOTES, row.line(), "country", I18n.t("exchange.un-votes.country-empty"));
                return;
            }
            if (vote == null || !VOTE_VALUES.contains(vote)) {
                problems.error(VOTES, row.line(), "vote", I18n.t("exchange.un-votes.vote", vote == null ? "" : vote));
                return;
            }
            if (!rollCalls.containsKey(rcid)) {
                problems.error(VOTES, row.line(), "rcid", I18n.t("exchange.un-votes.unknown-roll-call", rcid, ROLL_CALLS));
                return;
            }
            // The cell as written: "NA" is Namibia's code, not a missing value.
            Actor actor = actor(country, row.get("country_code"), row.line(), problems);
            if (actor == null) return;
            votes.computeIfAbsent(rcid, k -> new ArrayList<>(160)).add(new Participant(actor, vote));
            voteCount[0]++;
        });
        if (problems.hasErrors()) return new Result(List.of(), List.copyOf(actors.values()), problems.list(), 0);
        List<Event> events = new ArrayList<>(rollCalls.size());
        for (RollCall rc : rollCalls.values())
            events.add(event(rc, votes.getOrDefault(rc.rcid(), List.of()), issues.getOrDefault(rc.rcid(), List.of())));
        return new Result(events, List.copyOf(actors.values()), problems.list(), voteCount[0]);
    }

    /**
     * The country of a vote row. Countries with a current ISO code carry its alpha-3 (so that they
     * meet the library's own countries by code); the others are countries by name alone. A name
     * met with two codes, or a code with two names, is an error: the dataset would be ambiguous.
     */
    private Actor actor(String name, String iso2, long line, Problems problems) {
        Actor known = actors.get(name);
        String iso3 = iso3(iso2);
        if (known != null) {
            if (!java.util.Objects.equals(known.isoCode(), iso3)) {
                problems.error(VOTES, line, "country_code", I18n.t("exchange.un-votes.code-differs", iso2 == null ? "" : iso2, name));
                return null;
            }
            return known;
        }
        if (iso3 != null) {
            for (Actor other : actors.values())
                if (iso3.equals(other.isoCode())) {
                    problems.error(VOTES, line, "country_code", I18n.t("exchange.un-votes.code-twice", iso2, other.name(), name));
                    return null;
                }
        }
        Actor actor = new Actor(0, name, ActorKind.COUNTRY, iso3, null);
        actors.put(name, actor);
        return actor;
    }

    private static Event event(RollCall rc, List<Participant> votes, List<String> issues) {
        int yes = 0, no = 0, abstain = 0;
        for (Participant p : votes) {
            switch (p.role()) {
                case YES -> yes++;
                case NO -> no++;
                default -> abstain++;
            }
        }
        String what = rc.shortTitle() != null ? rc.shortTitle() : rc.description() != null ? rc.description() : "Roll call " + rc.rcid();
        String title = rc.symbol() != null ? rc.symbol() + ": " + what : what;
        StringBuilder summary = new StringBuilder();
        if (rc.description() != null) summary.append(rc.description()).append("\n\n");
        summary.append("UN General Assembly, session ").append(rc.session()).append(", roll call ").append(rc.rcid());
        if (rc.amendment()) summary.append(", a vote on an amendment");
        if (rc.paragraph()) summary.append(", a vote on a paragraph");
        summary.append(". Yes ").append(yes).append(", no ").append(no).append(", abstain ").append(abstain)
                .append(" (countries absent or not members did not vote).");
        if (rc.important() == null) summary.append(" Whether it was an important vote is not known.");
        else if (rc.important().equals("1")) summary.append(" On the US State Department's list of important votes.");
        int importance = "1".equals(rc.important()) ? IMPORTANT : ORDINARY;
        return new Event(0, title, DateRange.of(rc.date()), Category.UN_VOTE, votes, null, summary.toString(), importance,
                issues, List.of(new Citation(SOURCE, "roll call " + rc.rcid() + (rc.symbol() != null ? ", " + rc.symbol() : ""))));
    }

    private static Integer integer(CsvInput.Row row, String column, String file, Problems problems) {
        String v = row.get(column);
        if (v == null) {
            problems.error(file, row.line(), column, I18n.t("exchange.un-votes.empty"));
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.error(file, row.line(), column, I18n.t("exchange.un-votes.not-a-whole-number", v));
            return null;
        }
    }

    private static void readFile(Files files, String name, List<String> required, Problems problems,
                                 java.util.function.Consumer<CsvInput.Row> rows) {
        try (InputStream in = new GZIPInputStream(files.open(name), 1 << 16); Reader reader = CsvInput.utf8(in)) {
            CsvInput.read(reader, name, required, null, problems, rows);
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.fileError(name, I18n.t("exchange.file.cannot-read", e.getMessage())));
        }
    }
}
