/**
 * Jakarta Batch jobs of the portal. Each job lives in its own package: a job XML in
 * META-INF/batch-jobs, small named artifacts, and a launcher EJB that starts it (so the job runs
 * in this deployment module, whoever asks for it). Job state is kept in MariaDB by JBeret's JDBC
 * job repository (wildfly-config/cli/40-batch-repository.cli).
 */
package vn.ttdt.portal.batch;
