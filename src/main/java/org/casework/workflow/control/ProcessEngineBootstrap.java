package org.casework.workflow.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.Executor;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.ThreadPoolJobExecutor;
import org.casework.platform.boundary.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the Camunda engine inside the application, on the application's DataSource and JTA transactions: a case
 * change and its process step commit or roll back together. Bean-managed so that the engine's schema update and
 * deployment run in transactions of their own.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProcessEngineBootstrap {

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    BeanManager beanManager;

    @Inject
    @ConfigProperty(name = "casework.workflow.job-executor", defaultValue = "true")
    boolean jobExecutor;

    @Inject
    @ConfigProperty(name = "casework.workflow.history", defaultValue = ProcessEngineConfiguration.HISTORY_FULL)
    String historyLevel;

    @Inject
    @ConfigProperty(name = "casework.workflow.job-poll-millis", defaultValue = "5000")
    long jobPollMillis;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory managedThreads;

    @Resource(lookup = "java:comp/DefaultContextService")
    ContextService contextService;

    /** Camunda's defaults: three job threads, three jobs queued; more are left for the next acquisition. */
    static final int JOB_THREADS = 3;
    static final int JOB_QUEUE = 3;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("casework");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager());
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(historyLevel);
        configuration.setJobExecutorActivate(jobExecutor);
        // jobs run on the server's managed threads, so a delegate's @Transactional boundary sees a proper EE context;
        // new jobs of this node are run at once (the engine hints its executor on commit); an idle executor looks
        // for others' jobs, timers and retries at least this often instead of backing off to a minute
        Executor inApplicationContext = contextService.createContextualProxy((Executor) Runnable::run, Executor.class);
        ThreadPoolJobExecutor executor = new ContextualJobExecutor(inApplicationContext);
        executor.setThreadPoolExecutor(new ThreadPoolExecutor(JOB_THREADS, JOB_THREADS, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(JOB_QUEUE), managedThreads));
        executor.setMaxWait(jobPollMillis);
        configuration.setJobExecutor(executor);
        configuration.setBeans(new CdiBeans(beanManager));
        configuration.setMetricsEnabled(false);
        // random ids instead of blocks taken from one table row: no lock shared by every request and every node
        configuration.setIdGenerator(() -> java.util.UUID.randomUUID().toString());
        if (isMariaDb()) {
            // Camunda 7.24 does not recognise the product name "MariaDB"; its MySQL dialect fits
            configuration.setDatabaseType("mysql");
        }
        engine = configuration.buildProcessEngine();
        int deployed = new WorkflowDeployment(engine.getRepositoryService()).deployAll();
        LOG.info(() -> "Process engine started (history " + historyLevel + ", job executor " + jobExecutor + "); "
                + deployed + " workflow file(s) deployed from workflows/");
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }

    private boolean isMariaDb() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("maria");
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }

    private static TransactionManager transactionManager() {
        try {
            return (TransactionManager) new InitialContext().lookup("java:appserver/TransactionManager");
        } catch (NamingException e) {
            throw new IllegalStateException("No JTA TransactionManager found", e);
        }
    }
}
