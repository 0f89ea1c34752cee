package vn.ttdt.portal.shared.application;

import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.TransactionRolledbackLocalException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.domain.WorkflowException;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

class FailureCauseTest {

    @Test
    void aWorkflowRefusalIsFoundBehindNestedEjbExceptions() {
        WorkflowException refusal = new WorkflowException("workflow.notAllowed", "ctv.demo may not publish");

        assertSame(refusal, FailureCause.of(new EJBException(new EJBException(refusal))));
    }

    @Test
    void brokenConstraintsAreFoundBehindARolledBackTransactionAndItsCommit() {
        ConstraintViolationException violations = new ConstraintViolationException("title too long", Set.of());

        assertSame(violations, FailureCause.of(new EJBException(new RollbackException(violations))));
        assertSame(violations, FailureCause.of(new TransactionRolledbackLocalException("rolled back", new EJBException(violations))));
    }

    @Test
    void aConcurrentChangeIsFoundBehindThePersistenceExceptionOfTheCommit() {
        OptimisticLockException conflict = new OptimisticLockException("item 7 changed");

        assertSame(conflict, FailureCause.of(new EJBException(new PersistenceException(conflict))));
    }

    @Test
    void aPlainFailureIsItself() {
        RuntimeException plain = new IllegalStateException("disk full");
        BusinessRuleException rule = new BusinessRuleException("content.category.unknown", "no category 9");

        assertSame(plain, FailureCause.of(plain));
        assertSame(rule, FailureCause.of(rule));
    }

    @Test
    void whatTheWrappersDoNotExplainIsKept() {
        EJBException empty = new EJBException("no cause");
        EJBAccessException refused = new EJBAccessException("ketoan.demo may not call EditorialCommands.create");
        refused.initCause(new IllegalStateException("security domain"));
        PersistenceException database = new PersistenceException(new IllegalStateException("connection lost"));

        assertSame(empty, FailureCause.of(empty));
        assertSame(refused, FailureCause.of(new EJBException(refused)), "a refused access stays a refusal");
        assertSame(database, FailureCause.of(new EJBException(database)));
    }
}
