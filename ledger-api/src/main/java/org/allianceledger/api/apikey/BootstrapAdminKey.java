package org.allianceledger.api.apikey;

import org.allianceledger.api.config.LedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Makes sure an administrator can get in: LEDGER_ADMIN_KEY when it is set; otherwise, at the first start,
 * a generated key that is printed once (only its hash is kept).
 */
@Component
class BootstrapAdminKey implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdminKey.class);

    private final ApiKeys apiKeys;
    private final LedgerProperties properties;
    private final Clock clock;

    BootstrapAdminKey(ApiKeys apiKeys, LedgerProperties properties, Clock clock) {
        this.apiKeys = apiKeys;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String configured = properties.adminKey();
        if (configured != null && !configured.isBlank()) {
            apiKeys.installBootstrapAdmin(configured.strip(), clock.instant());
            log.info("ADMIN API key: the one given in LEDGER_ADMIN_KEY");
        } else if (!apiKeys.anyActiveAdmin()) {
            String secret = apiKeys.generateBootstrapAdmin(clock.instant());
            log.warn("""

                    ================================================================================
                    Generated the bootstrap ADMIN API key. It is shown this once; keep it safe:

                        {}

                    Use it as 'Authorization: Bearer <key>' to register partners and issue keys.
                    ================================================================================""", secret);
        }
    }
}
