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
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
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

    /** How long a node may hold a job before another node takes it (a node killed mid-job holds it that long). */
    @Inject
    @ConfigProperty(name = "casework.workflow.job-lock-millis", defaultValue = "300000")
    int jobLockMillis;

    /** This node's name in the engine's job log and job locks; the engine's own default is the same on every node. */
    @Inject
    @ConfigProperty(name = "casework.node")
    Optional<String> node;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory managedThreads;

    /** How long after a request's commit its new jobs are looked for ({@link UnhurriedJobExecutor}); 0: at once. */
    @Inject
    @ConfigProperty(name = "casework.workflow.job-start-delay-millis", defaultValue = "500")
    long jobStartDelayMillis;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduled;

    /** Camunda's defaults: three job threads, three jobs queued; more are left for the next acquisition. */
    static final int JOB_THREADS = 3;
    static final int JOB_QUEUE = 3;

    private ProcessEngine engine;

    /**
     * Creates every application-scoped bean of Casework now, in this component's context, so that none is first
     * created on a job thread. The job threads stay without a component context on purpose: with one (a
     * ContextService proxy of this bean-managed EJB), Payara did not enlist the engine's connection in the job's
     * transaction, and a step's engine writes committed apart from its case changes. EntityManagers come from
     * {@link org.casework.platform.boundary.Persistence} for the same reason.
     */
    private void createApplicationScopedBeans() {
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getScope() == ApplicationScoped.class && bean.getBeanClass().getName().startsWith("org.casework.")
                    && bean.getBeanClass() != getClass()) {
                // a client proxy creates its instance on the first call
                beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean)).toString();
            }
        }
    }

    /**
     * A job executor whose idle acquisition waits {@code pollMillis} at most. The first wait is lowered with the
     * longest: Camunda's back-off counts no idle levels when the longest wait is below the first (5 s by default), and
     * then never waits at all. With {@code job-poll-millis=500} the acquisition queried the jobs table without pause,
     * a core's worth of server and database time on every test and benchmark server (found in the journey benchmark).
     * A request's new jobs are looked for {@code startDelayMillis} after it commits, on {@code later} (null: at once).
     */
    static ThreadPoolJobExecutor jobExecutor(long pollMillis, ScheduledExecutorService later, long startDelayMillis) {
        ThreadPoolJobExecutor executor = new UnhurriedJobExecutor(later, startDelayMillis);
        executor.setWaitTimeInMillis((int) Math.min(executor.getWaitTimeInMillis(), pollMillis));
        executor.setMaxWait(pollMillis);
        return executor;
    }

    @PostConstruct
    void start() {
        // every async step's retry cycle is parsed with a new DatatypeFactory, and without this property each one
        // searches the whole class path for a provider (a twentieth of the server's time under intake load)
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                    DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("casework");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager());
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(historyLevel);
        configuration.setJobExecutorActivate(jobExecutor);
        // jobs run on the server's managed threads, so a delegate's @Transactional boundary sees a proper EE context;
        // new jobs of this node are looked for when they are added (the engine hints its executor on commit; a
        // request's half a second later, see UnhurriedJobExecutor); an idle executor looks for others' jobs, timers
        // and retries at least every job-poll-millis instead of backing off to a minute
        createApplicationScopedBeans();
        ThreadPoolJobExecutor executor = jobExecutor(jobPollMillis, scheduled, jobStartDelayMillis);
        executor.setThreadPoolExecutor(new ThreadPoolExecutor(JOB_THREADS, JOB_THREADS, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(JOB_QUEUE), managedThreads));
        executor.setLockTimeInMillis(jobLockMillis);
        node.ifPresent(name -> {
            executor.setLockOwner(name);
            configuration.setHostname(name);
        });
        configuration.setJobExecutor(executor);
        configuration.setBeans(new CdiBeans(beanManager));
        configuration.setMetricsEnabled(false);
        // random ids instead of blocks taken from one table row: no lock shared by every request and every node
        configuration.setIdGenerator(() -> UUID.randomUUID().toString());
        if (isMariaDb()) {
            // Camunda 7.24 does not recognise the product name "MariaDB"; its MySQL dialect fits
            configuration.setDatabaseType("mysql");
        }
        engine = configuration.buildProcessEngine();
        indexEngineTables();
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

    /**
     * Indexes the engine's schema lacks (added here, after the engine has made its tables; Flyway runs before them):
     * the tasks' due date, which queues sort by; a process's variables by name, which queues filter on (team,
     * platform): the engine's own index finds all of a process's variables and reads each row to find the one named;
     * and a task's parent, which the engine looks up for sub-tasks every time a task is completed: without it every
     * completion read the whole task table (9 ms at 10,000 open cases, 90 ms at 100,000, found in the journey
     * benchmark's database log).
     */
    static void addIndexes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS CW_IDX_TASK_DUE ON ACT_RU_TASK (DUE_DATE_)");
            statement.execute("CREATE INDEX IF NOT EXISTS CW_IDX_VARIABLE_EXE_NAME ON ACT_RU_VARIABLE "
                    + "(EXECUTION_ID_, NAME_)");
            statement.execute("CREATE INDEX IF NOT EXISTS CW_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)");
        }
    }

    private void indexEngineTables() {
        try (Connection connection = dataSource.getConnection()) {
            addIndexes(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the engine's indexes", e);
        }
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
