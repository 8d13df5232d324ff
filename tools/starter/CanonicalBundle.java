// Puts a bundle draft into canonical form with readable derived event keys (links carried over).
// java -cp target/classes:$(cat target/cp.txt) tools/starter/CanonicalBundle.java DRAFT.json OUT.json
import java.nio.file.*;
import java.util.*;
import org.entente.exchange.bundle.*;
public class CanonicalBundle {
    public static void main(String[] a) throws Exception {
        BundleReadResult r = BundleReader.read(Path.of(a[0]));
        r.problems().forEach(System.err::println);
        Bundle b = r.orElseThrow();
        // Re-key events with readable derived keys and carry the links over.
        Bundle rekeyed = new Bundle(b.title(), b.description(), b.content(), null, null, null);
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < b.eventKeys().size(); i++) map.put(b.eventKey(i), rekeyed.eventKey(i));
        List<BundleLink> links = new ArrayList<>();
        for (BundleLink l : b.links()) links.add(new BundleLink(map.get(l.fromEvent()), map.get(l.toEvent()), l.kind()));
        BundleWriter.write(rekeyed.withNotesAndLinks(List.of(), links), Path.of(a[1]));
    }
}
