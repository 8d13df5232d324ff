package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's own messages in Vietnamese, and a wrong {@code --language}. The language is
 * set here as the system's would be ({@link I18n#setLocale}): {@code --language} itself fixes the
 * language for the rest of the JVM, so LanguageOptionTest runs it in a JVM of its own.
 */
class CommandLineInVietnameseTest extends CommandLineTestBase {
    @TempDir Path dir;

    @AfterEach
    void english() { I18n.setLocale(I18n.ENGLISH); }

    private Path libraryWithOneEvent() {
        Path lib = dir.resolve("lib.entente");
        try (Library library = Library.open(lib)) {
            library.events().save(new Event(0, "Tô Lâm thăm Moskva", DateRange.parse("2024-08-01"), Category.STATE_VISIT,
                    java.util.List.of(new Participant(Actor.country("Vietnam", "VNM"), "guest")), "Moskva", null, 3,
                    java.util.List.of(), java.util.List.of()));
        }
        return lib;
    }

    @Test
    void backupsSpeakVietnameseWithVietnameseNumbers() {
        I18n.setLocale(I18n.VIETNAMESE);
        Path lib = libraryWithOneEvent();
        assertThat(run("backups", "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains(lib + " chưa có bản sao lưu nào");

        assertThat(run("backups", "create", "--library", lib.toString())).isZero();
        assertThat(out.toString()).startsWith("Đã sao lưu " + lib + " vào ");
        assertThat(run("backups", "list", "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains("Các bản sao lưu của " + lib, "từ mới đến cũ:", "  1  ", "Sao lưu theo yêu cầu",
                "1 sự kiện, 0 quan hệ đối tác, 0 số liệu thương mại, 0 ghi chú");

        assertThat(run("backups", "restore", "1", "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bằng bản sao lưu số 1 (1 sự kiện); thêm --yes để thực hiện");
        assertThat(run("backups", "keep", "1000", "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("keep nhận một số từ 1 đến 100, không phải 1.000");
        assertThat(run("backups", "keep", "3", "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains(lib + " giữ lại 3 bản sao lưu mới nhất");
        assertThat(run("backups", "frobnicate", "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Không có thao tác \"frobnicate\"; hãy dùng list, create, restore hoặc keep");
    }

    @Test
    void aDryRunAndUsageErrorsSpeakVietnamese() throws IOException {
        I18n.setLocale(I18n.VIETNAMESE);
        Path events = Files.createDirectories(dir.resolve("in")).resolve("events.csv");
        Files.writeString(events, "title,start,participants\nTô Lâm thăm Moskva,2024-08-01,Vietnam|Russia\n");
        Path missing = dir.resolve("new.entente");
        assertThat(run("import", "--dry-run", events.toString(), "--library", missing.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Sẽ nhập ").contains(" vào " + missing + " (thư viện mới, kèm thư viện khởi đầu)",
                "(chạy thử: chưa ghi gì)");
        assertThat(missing).doesNotExist();

        assertThat(run("export", "--format", "pdf", "--out", dir.resolve("x").toString(), "--library", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Không có định dạng \"pdf\"; hãy dùng một trong các định dạng: csv, bundle", "Cách dùng: entente export");
        assertThat(run("export", "--format", "csv", "--out", dir.resolve("x").toString(), "--library", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(missing + " không tồn tại: không có thư viện nào để xuất");
    }

    @Test
    void aLanguageEntenteDoesNotSpeakIsAUsageErrorNamingTheOnesItDoes() {
        Path lib = libraryWithOneEvent();
        assertThat(run("--language", "fr", "backups", "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown language \"fr\" for --language; expected en (English) or vi (Vietnamese)");
        assertThat(out.toString()).as("nothing was listed").isEmpty();
        assertThat(I18n.locale()).isEqualTo(I18n.ENGLISH);

        I18n.setLocale(I18n.VIETNAMESE); // a Vietnamese system: the message is in its language
        assertThat(run("backups", "--library", lib.toString(), "--language", "klingon")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Không hỗ trợ ngôn ngữ \"klingon\" ở --language; hãy dùng en (tiếng Anh) hoặc vi (tiếng Việt)");
        assertThat(I18n.locale()).isEqualTo(I18n.VIETNAMESE);
    }
}
