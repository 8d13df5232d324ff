package org.entente;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Issue #15: Entente never opens a network connection, by construction. No class of the app
 * touches sockets, HTTP clients, URL connections or a web view (which would load what a page
 * names); {@code java.net.URI} and {@code URL} as values stay allowed (source links are shown
 * and copied, never opened).
 */
class OfflineArchitectureTest {
    static final DescribedPredicate<JavaClass> NETWORK = new DescribedPredicate<>("a network class") {
        @Override
        public boolean test(JavaClass c) {
            String n = c.getName();
            return n.startsWith("java.net.http.") || n.startsWith("javax.net.") || n.startsWith("javafx.scene.web.")
                    || n.startsWith("jdk.net.") || n.startsWith("com.sun.net.httpserver.")
                    || n.equals("java.net.Socket") || n.equals("java.net.ServerSocket") || n.equals("java.net.DatagramSocket")
                    || n.equals("java.net.MulticastSocket") || n.equals("java.net.SocketImpl") || n.equals("java.net.Proxy")
                    || n.endsWith("URLConnection") && n.startsWith("java.net.")
                    || n.startsWith("java.nio.channels.") && (n.contains("Socket") || n.contains("Datagram"))
                    || n.equals("javafx.application.HostServices");
        }
    };

    static final ArchRule NOTHING_OPENS_A_CONNECTION = noClasses().that().resideInAPackage("org.entente..")
            .should().dependOnClassesThat(NETWORK)
            .orShould().callMethod(URL.class, "openConnection")
            .orShould().callMethod(URL.class, "openStream")
            .orShould().callMethod(URL.class, "getContent")
            .because("Entente works offline: it never opens a network connection (GUIDE, Offline)");

    @Test
    void noClassOfTheAppOpensAConnection() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.entente");
        NOTHING_OPENS_A_CONNECTION.check(app);
    }

    /** Would break the rule twice: a socket, and a URL opened. */
    static final class Leaky {
        static Socket dial() throws IOException { return new Socket("localhost", 1); }

        static InputStream fetch(URL url) throws IOException { return url.openStream(); }
    }

    @Test
    void theRuleCatchesASocketAndAnOpenedUrl() {
        JavaClasses leaky = new ClassFileImporter().importClasses(Leaky.class);
        assertThatThrownBy(() -> NOTHING_OPENS_A_CONNECTION.check(leaky)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.net.Socket").hasMessageContaining("openStream");
    }
}
