package org.warrant.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The second test run really is on PostgreSQL, and on the schema the migrations for it made. */
@WarrantTest
class TestDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tests_run_on_the_database_the_build_asks_for() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.postgres() ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void article_bodies_are_unbounded_text_on_either_database() {
        String type = jdbc.sql("""
                SELECT data_type FROM information_schema.columns
                WHERE LOWER(table_name) = 'article' AND LOWER(column_name) = 'body'""").query(String.class).single();
        assertThat(type).isEqualTo(TestDatabase.postgres() ? "text" : "CHARACTER LARGE OBJECT");
    }
}
