package org.entente.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.entente.app.edit.LibraryEditor;
import org.entente.app.edit.UndoHistory;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.model.LibraryContent;
import org.entente.model.Note;
import org.entente.model.Participant;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.Source;
import org.entente.store.Library;

/**
 * The child process of {@link KillTest}: opens a library and edits it as fast as it can, the way
 * the app does, until it is killed. Before each edit it prints what it is about to do
 * ({@code intent ...}) and after the edit has committed an acknowledgement ({@code ack ...}),
 * flushed at once, so that the test knows which edits were promised to the user and which one
 * may have been cut off.
 *
 * <p>Lines (the title is the rest of the line):
 * <pre>
 * ready
 * intent create - TITLE            ack create ID TITLE
 * intent update ID TITLE           ack update ID TITLE
 * intent delete ID,ID,...          ack delete ID,ID,...
 * intent note EVENT_ID TEXT        ack note NOTE_ID EVENT_ID TEXT
 * intent batch N PREFIX            ack batch ID,ID,... PREFIX     (N events "PREFIX 1".."PREFIX N", one transaction)
 * intent undo create ID            ack undo create ID             (the event made by the edit before is gone)
 * intent undo update ID OLD_TITLE  ack undo update ID OLD_TITLE   (the event has its title from before that edit)
 * </pre>
 *
 * Arguments: the library file, a random seed, a tag that makes this run's titles unique, the
 * number of edits to make (0 for no limit; "create" to create the library with the starter records
 * and stop), then optionally {@code --sniff} (after every third edit, read the library's files
 * with plain file IO, as a file dialog does, dropping SQLite's locks: ADR 0008) and {@code --wait-for-go}: warm up, print
 * {@code warm}, and wait for a line {@code go} on standard input before opening the library.
 */
public final class KillTestWriter {
    static final String[] TITLES = {"Tô Lâm visits Moscow", "Võ Văn Thưởng receives Путин", "习近平 state visit to Hanoi",
            "Phạm Minh Chính meets Lula", "Đỗ Mười in Beijing", "Nguyễn Phú Trọng and Biden upgrade ties", "Путин and Kim Jong Un"};

    private final Library library;
    private final LibraryEditor editor;
    private final Random random;
    private final String tag;
    private final PrintStream out;
    private final List<Long> ids = new ArrayList<>();
    /** The title of every event, to know what an undone edit puts back. */
    private final java.util.Map<Long, String> titles = new java.util.HashMap<>();
    /** The last edit, when it can be undone by the test's rules: "create ID" or "update ID OLD_TITLE". */
    private String undoable;
    private final Source source = new Source(0, "Vietnam: Is turmoil in Hanoi keeping Vladimir Putin away?", "DW", "David Hutt",
            null, "https://www.dw.com/example", null, null);
    private int sequence;

    private KillTestWriter(Library library, long seed, String tag, PrintStream out) {
        this.library = library;
        this.editor = library == null ? null : new LibraryEditor(library, new UndoHistory());
        this.random = new Random(seed);
        this.tag = tag;
        this.out = out;
    }

    public static void main(String[] args) throws java.io.IOException, java.sql.SQLException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        List<String> flags = List.of(args).subList(Math.min(4, args.length), args.length);
        boolean sniff = flags.contains("--sniff");
        if (flags.contains("--wait-for-go")) {
            warmUp();
            out.print("warm\n");
            out.flush();
            // The test starts the next child while it checks the library after the last kill;
            // this one touches the library only once the check is over.
            String go = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (!"go".equals(go)) return;
        }
        if (args[3].equals("migrate")) {
            // An older library opened by this build: backed up, then migrated, as the app does.
            Library.open(Path.of(args[0])).close();
            out.print("migrated\n");
            out.flush();
            return;
        }
        if (args[3].equals("index")) {
            // The search index a large import left for after its commit, built as the app builds it.
            try (Library library = Library.open(Path.of(args[0]))) {
                out.print("indexing\n");
                out.flush();
                library.indexSearchBacklog(null, null);
            }
            out.print("indexed\n");
            out.flush();
            return;
        }
        if (args[3].equals("create")) {
            // A first run: create the library with the starter records, as the app does.
            LibraryService.openOrCreateWithStarter(Path.of(args[0])).close();
            out.print("created\n");
            out.flush();
            return;
        }
        Library library = Library.open(Path.of(args[0]));
        KillTestWriter writer = new KillTestWriter(library, Long.parseLong(args[1]), args[2], out);
        for (EventHeader h : library.events().allHeaders()) {
            writer.ids.add(h.id());
            writer.titles.put(h.id(), h.title());
        }
        writer.say("ready");
        int limit = args.length > 3 && Integer.parseInt(args[3]) > 0 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        for (int i = 0; i < limit; i++) {
            writer.editOnce();
            if (sniff && i % 3 == 2) org.entente.store.ForeignAccess.sniff(Path.of(args[0]));
        }
        library.close();
        writer.say("done");
    }

    /**
     * Loads the classes of the write path (Flyway's migrations, the SQLite driver and its native
     * library, the model) without touching any library, so that a kill cycle is not mostly JVM start.
     */
    private static void warmUp() throws java.sql.SQLException {
        Library.latestSchemaVersion();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:"); var st = c.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE warm USING fts5 (text)");
        }
        new KillTestWriter(null, 1, "warm", null).event(0, "Tô Lâm");
    }

    private void say(String line) {
        out.print(line + "\n");
        out.flush();
    }

    /** A unique word in every title (letters and digits only, so that it is one search token). */
    private String title() {
        return TITLES[random.nextInt(TITLES.length)] + " " + tag + "x" + (++sequence);
    }

    private Event event(long id, String title) {
        List<Participant> who = List.of(new Participant(Actor.country("Vietnam", "VNM"), "host"),
                new Participant(Actor.country(random.nextBoolean() ? "Russia" : "China", null), "guest"));
        int year = 1950 + random.nextInt(75);
        String when = random.nextInt(4) == 0 ? year + "/" + (year + 1 + random.nextInt(5)) : year + "-0" + (1 + random.nextInt(9));
        return new Event(id, title, DateRange.parse(when), Category.STATE_VISIT, who, "Hà Nội",
                "Tóm tắt: " + title + " — " + "ghi chép ".repeat(random.nextInt(40)), 1 + random.nextInt(5),
                List.of("kill-test"), random.nextBoolean() ? List.of(Citation.of(source)) : List.of());
    }

    /**
     * One edit, as a user makes it: through the undoable edit layer ({@link LibraryEditor}), or
     * the import path for a batch of new events.
     */
    private void editOnce() {
        int roll = ids.size() < 5 ? 0 : random.nextInt(100);
        String lastUndoable = undoable;
        undoable = null;
        if (roll < 30) {
            String title = title();
            say("intent create - " + title);
            long id = editor.saveEvent(event(0, title)).id();
            ids.add(id);
            titles.put(id, title);
            undoable = "create " + id;
            say("ack create " + id + " " + title);
        } else if (roll < 50) {
            long id = ids.get(random.nextInt(ids.size()));
            String title = title();
            say("intent update " + id + " " + title);
            editor.saveEvent(event(id, title));
            undoable = "update " + id + " " + titles.put(id, title);
            say("ack update " + id + " " + title);
        } else if (roll < 65) {
            List<Long> doomed = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n && ids.size() > 3; i++) doomed.add(ids.remove(random.nextInt(ids.size())));
            String list = String.join(",", doomed.stream().map(String::valueOf).toList());
            say("intent delete " + list);
            editor.deleteEvents(doomed);
            doomed.forEach(titles::remove);
            say("ack delete " + list);
        } else if (roll < 80) {
            long eventId = ids.get(random.nextInt(ids.size()));
            String text = "Ghi chú " + tag + "n" + (++sequence) + ": Võ Văn Thưởng, Путин, 习近平";
            say("intent note " + eventId + " " + text);
            Note note = editor.saveNote(new Note(0, new RecordRef(RecordKind.EVENT, eventId), text, List.of(), null, null, null));
            say("ack note " + note.id() + " " + eventId + " " + text);
        } else if (roll < 90 && lastUndoable != null) {
            // Undo the edit just made: a create takes the event away again, an update puts the old title back.
            say("intent undo " + lastUndoable);
            editor.undo();
            String[] f = lastUndoable.split(" ", 3);
            long id = Long.parseLong(f[1]);
            if (f[0].equals("create")) {
                ids.remove(id);
                titles.remove(id);
            } else titles.put(id, f[2]);
            say("ack undo " + lastUndoable);
        } else {
            int n = 5 + random.nextInt(20);
            String prefix = "Batch " + tag + "b" + (++sequence);
            List<Event> events = new ArrayList<>();
            for (int i = 1; i <= n; i++) events.add(event(0, prefix + " " + i));
            say("intent batch " + n + " " + prefix);
            List<Long> stored = library.importContent(new LibraryContent(null, null, events, null, null, null), "import:kill-test");
            ids.addAll(stored);
            for (int i = 0; i < n; i++) titles.put(stored.get(i), prefix + " " + (i + 1));
            say("ack batch " + String.join(",", stored.stream().map(String::valueOf).toList()) + " " + prefix);
        }
    }
}
