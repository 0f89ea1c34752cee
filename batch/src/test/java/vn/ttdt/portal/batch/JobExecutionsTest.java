package vn.ttdt.portal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.NotFoundException;

class JobExecutionsTest {

    private final JobOperator operator = operatorKnowing(Map.of(7L, "royalty-payroll", 8L, "dormant-accounts"));

    @Test
    void aJobFindsItsOwnExecutions() {
        assertEquals(7L, JobExecutions.of(operator, "royalty-payroll", 7L).getExecutionId());
        assertEquals(8L, JobExecutions.of(operator, "dormant-accounts", 8L).getExecutionId());
    }

    @Test
    void anotherJobsExecutionIsUnknownLikeAnIdNeverUsed() {
        assertThrows(NotFoundException.class, () -> JobExecutions.of(operator, "dormant-accounts", 7L));
        assertThrows(NotFoundException.class, () -> JobExecutions.of(operator, "royalty-payroll", 8L));
        assertThrows(NoSuchJobExecutionException.class, () -> JobExecutions.of(operator, "royalty-payroll", 9L));
    }

    /** A job operator that knows only the executions given (id → job name). */
    private static JobOperator operatorKnowing(Map<Long, String> jobs) {
        return (JobOperator) Proxy.newProxyInstance(JobOperator.class.getClassLoader(), new Class<?>[] {JobOperator.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getJobExecution")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    long id = (Long) args[0];
                    if (!jobs.containsKey(id)) {
                        throw new NoSuchJobExecutionException("no execution " + id);
                    }
                    return execution(id, jobs.get(id));
                });
    }

    private static JobExecution execution(long id, String jobName) {
        return (JobExecution) Proxy.newProxyInstance(JobExecution.class.getClassLoader(), new Class<?>[] {JobExecution.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getExecutionId" -> id;
                    case "getJobName" -> jobName;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
