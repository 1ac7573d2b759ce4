package org.allianceledger.api.database;

import org.allianceledger.api.config.LedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The ledger's database: the external PostgreSQL named by LEDGER_DB_URL, or else an embedded PostgreSQL
 * whose data stays in LEDGER_DATA_DIR, so a newcomer needs nothing installed and a restart keeps the ledger
 * (see {@link EmbeddedDatabase} for who may connect to it).
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
            Path dataDir = properties.embedded().dataDir().toAbsolutePath().normalize();
            EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir, properties.embedded().port());
            dataSource = new LedgerDataSource(embedded);
            dataSource.setJdbcUrl(embedded.jdbcUrl());
            dataSource.setUsername(EmbeddedDatabase.SUPERUSER);
            dataSource.setPassword(embedded.password());
            log.info("Ledger database: embedded PostgreSQL on {}:{}, data in {}; to look inside: {}",
                    EmbeddedDatabase.HOST, embedded.port(), dataDir, embedded.psqlCommand());
        }
        dataSource.setPoolName("ledger");
        dataSource.setMaximumPoolSize(db.maxPoolSize());
        // While PostgreSQL cannot be reached, a request waits this long for a connection and is then answered 503
        // (Hikari's default, 30 s, would hold every request that long). Checking that an idle connection is still
        // alive must fit inside that wait.
        dataSource.setConnectionTimeout(db.connectionTimeout().toMillis());
        dataSource.setValidationTimeout(Math.max(LedgerProperties.POOL_TIMEOUT_FLOOR.toMillis(),
                db.connectionTimeout().toMillis() / 2));
        return dataSource;
    }

    /** Spring's transaction manager for the ledger's database, also behind Axon's units of work. */
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new AbortedTransactionGuard(dataSource);
    }
}
