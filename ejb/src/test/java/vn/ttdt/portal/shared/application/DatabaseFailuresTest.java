package vn.ttdt.portal.shared.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.NotFoundException;

class DatabaseFailuresTest {

    @Test
    void aDatabaseThatCannotBeReachedIsRecognisedBehindTheWrappers() {
        assertTrue(DatabaseFailures.unreachable(new EJBException(new PersistenceException(
                new SQLException("IJ031084: Unable to create connection", new SQLNonTransientConnectionException(
                        "Could not connect to localhost:3317 : Connection refused", "08000"))))));
        assertTrue(DatabaseFailures.unreachable(new PersistenceException(new SQLException("Connection reset", "08S01"))));
        assertTrue(DatabaseFailures.unreachable(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseFailures.unreachable(new SQLException("IJ000453", new ResourceException("Unable to get managed connection"))));
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertFalse(DatabaseFailures.unreachable(new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseFailures.unreachable(new EJBException(new NotFoundException("item", 1L))));
        assertFalse(DatabaseFailures.unreachable(new SQLException("syntax error", "42000")));
        assertFalse(DatabaseFailures.unreachable(null));
    }

    @Test
    void aTransactionMariaDbRolledBackToBreakADeadlockIsRecognisedBehindTheWrappers() {
        SQLException deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);

        assertTrue(DatabaseFailures.deadlock(new PersistenceException("SQL failed: INSERT IGNORE INTO scheduled_run", deadlock)));
        assertFalse(DatabaseFailures.deadlock(new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseFailures.deadlock(new IllegalStateException("no database")));
        assertFalse(DatabaseFailures.unreachable(new PersistenceException(deadlock)), "a deadlock is no outage");
    }
}
