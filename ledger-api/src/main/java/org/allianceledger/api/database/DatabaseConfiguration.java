package org.allianceledger.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.allianceledger.api.config.LedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The ledger's database: the external PostgreSQL named by LEDGER_DB_URL, or else an embedded PostgreSQL
 * whose data stays in LEDGER_DATA_DIR, so a newcomer needs nothing installed and a restart keeps the ledger.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    /** A password written into LEDGER_DB_URL ({@code ?password=...}, also {@code sslpassword}) stays out of the log. */
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&]*");

    @Bean(destroyMethod = "close")
    LedgerDataSource dataSource(LedgerProperties properties) {
        LedgerProperties.Db db = properties.db();
        LedgerDataSource dataSource;
        if (db.external()) {
            dataSource = new LedgerDataSource(null);
            dataSource.setJdbcUrl(db.url());
            dataSource.setUsername(db.user());
            dataSource.setPassword(db.password());
            log.info("Ledger database: external PostgreSQL at {}", PASSWORD_IN_URL.matcher(db.url()).replaceAll("$1***"));
        } else {
            EmbeddedPostgres embedded = startEmbedded(properties.embedded());
            dataSource = new LedgerDataSource(embedded);
            dataSource.setJdbcUrl(embedded.getJdbcUrl("postgres", "postgres"));
            dataSource.setUsername("postgres");
            log.info("Ledger database: embedded PostgreSQL on port {}, data in {}", embedded.getPort(),
                    properties.embedded().dataDir().toAbsolutePath().normalize());
        }
        dataSource.setPoolName("ledger");
        dataSource.setMaximumPoolSize(db.maxPoolSize());
        return dataSource;
    }

    /** Spring's transaction manager for the ledger's database, also behind Axon's units of work. */
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new AbortedTransactionGuard(dataSource);
    }

    private static EmbeddedPostgres startEmbedded(LedgerProperties.Embedded embedded) {
        Path dataDir = embedded.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false);
            if (embedded.port() > 0) {
                builder.setPort(embedded.port());
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL with data in " + dataDir, e);
        }
    }
}
