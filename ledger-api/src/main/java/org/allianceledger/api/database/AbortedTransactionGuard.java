package org.allianceledger.api.database;

import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Spring's JDBC transaction manager that refuses to report an aborted transaction as committed. Once a statement
 * failed, PostgreSQL rolls the whole transaction back at COMMIT, and the driver's commit returns normally: if the
 * failure was caught and swallowed on the way (as Axon's default error handler of event handlers does), the
 * command would be answered 2xx with nothing stored. Here the commit fails instead, and everything rolls back.
 */
class AbortedTransactionGuard extends JdbcTransactionManager {

    AbortedTransactionGuard(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
        if (holder != null && aborted(holder)) {
            throw new UnexpectedRollbackException("a statement of this transaction failed, so PostgreSQL rolled it "
                    + "back: nothing of it is stored");
        }
        super.doCommit(status);
    }

    private static boolean aborted(ConnectionHolder holder) {
        try {
            return holder.getConnection().unwrap(BaseConnection.class).getTransactionState() == TransactionState.FAILED;
        } catch (SQLException e) {
            throw new TransactionSystemException("could not read the state of the transaction", e);
        }
    }
}
