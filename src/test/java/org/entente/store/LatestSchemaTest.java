package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/** The schema version written in Library is the last migration's, as Flyway finds them. */
class LatestSchemaTest {
    @Test
    void theLatestSchemaIsTheLastMigrationOnTheClassPath() {
        MigrationInfo[] all = Flyway.configure().locations("classpath:db/migration").dataSource(new SQLiteDataSource()).load().info().all();
        assertThat(Library.LATEST_SCHEMA)
                .as("Library.LATEST_SCHEMA must name the newest migration in db/migration (update it with each new migration)")
                .isEqualTo(all[all.length - 1].getVersion().getVersion());
    }
}
