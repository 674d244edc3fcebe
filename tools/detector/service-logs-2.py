"""Writes a service log with no PHI, as three Spring Boot services of a home-care back office
print it on the console over a day: start-ups (one that fails), Hikari and JDBC, Flyway,
Hibernate, HTTP access lines, Kafka, schedulers, caches, circuit breakers, stack traces with
causes and suppressed exceptions, shutdowns. Hosts and Redis/DB nodes are named after streets
and presidents ("node-lincoln-2"), as many clusters are. Deterministic (seeded).

Line format (Spring Boot's console format with the MDC shown as host, trace and span ids):
  2026-11-30T08:14:03.512Z  INFO 48213 --- [scheduling-service] [           main] [node-lincoln-2 - -] o.s.b.w.e.tomcat.TomcatWebServer         : message
Lines that do not start with a timestamp continue the event above (stack traces, banners).

Usage: python3 tools/detector/service-logs-2.py > logging/src/test/resources/logs/service-log-no-phi.log
"""
import datetime
import random

random.seed(20261130)

SERVICES = [
    ("scheduling-service", "SchedulingServiceApplication", "com.backofficecare.scheduling", 8080),
    ("billing-service", "BillingServiceApplication", "com.backofficecare.billing", 8081),
    ("payroll-exporter", "PayrollExporterApplication", "com.backofficecare.payroll", 8082),
]
HOSTS = ["node-lincoln-2", "node-madison-1", "node-jefferson-3", "node-franklin-1", "node-grant-4"]
DB_HOSTS = ["db-lincoln-1.internal", "pg-primary.madison.internal", "db-washington-2.internal"]
REDIS = ["redis-jackson-0.internal", "redis-monroe-1.internal"]
KAFKA = ["kafka-0.internal", "kafka-1.internal", "kafka-2.internal"]
TENANTS = ["sunrise-home-care", "bluebird-agency", "harbor-nursing", "maple-grove-care", "evergreen-hh"]
TOPICS = ["visits.events", "shifts.assigned", "evv.checkins", "claims.submitted", "payroll.runs"]
CACHES = ["agencies", "payers", "serviceCodes", "holidayCalendar", "rateTables"]
JOBS = ["payroll-export", "evv-sync", "claims-batch", "authorization-expiry-check", "nightly-reindex"]

clock = datetime.datetime(2026, 11, 30, 5, 58, 11, 204000, tzinfo=datetime.timezone.utc)
lines = []


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def tick(ms_max=900):
    global clock
    clock += datetime.timedelta(milliseconds=random.randint(1, ms_max))
    return clock.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (clock.microsecond // 1000)


def abbreviate(logger, width=39):
    """Logback's %logger{39}: leading packages shortened to their first letter."""
    parts = logger.split(".")
    i = 0
    while len(".".join(parts)) > width and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    return ".".join(parts)


class Instance:
    def __init__(self, service, host):
        self.app, self.main, self.pkg, self.port = service
        self.host = host
        self.pid = random.randint(1000, 99999)
        self.version = "2.%d.%d" % (random.randint(3, 19), random.randint(0, 12))

    def log(self, level, thread, logger, message, trace=None, traced=False):
        mdc = "%s %s %s" % (self.host, hexs(32) if traced else "-", hexs(16) if traced else "-")
        # Logback's %15.15t and %-40.40logger keep the right-hand end of what is too long
        lines.append("%s %5s %d --- [%s] [%s] [%s] %s : %s" % (
            tick(), level, self.pid, self.app, thread[-15:].rjust(15), mdc, abbreviate(logger)[-40:].ljust(40), message))
        if trace:
            lines.extend(trace)


def frames(pkg, n, common=None):
    own = [
        "\tat %s.visit.VisitService.checkIn(VisitService.java:%d)" % (pkg, random.randint(40, 400)),
        "\tat %s.visit.VisitController.checkIn(VisitController.java:%d)" % (pkg, random.randint(30, 200)),
        "\tat %s.shift.ShiftAssigner.assign(ShiftAssigner.java:%d)" % (pkg, random.randint(30, 300)),
        "\tat %s.export.ExportJob.run(ExportJob.java:%d)" % (pkg, random.randint(30, 300)),
    ]
    spring = [
        "\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)",
        "\tat org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
        "\tat org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:728)",
        "\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
        "\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
        "\tat org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)",
        "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeRecordListener(KafkaMessageListenerContainer.java:2947)",
        "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:138)",
        "\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1769)",
        "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)",
        "\tat org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)",
        "\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)",
        "\tat jdk.internal.reflect.GeneratedMethodAccessor%d.invoke(Unknown Source)" % random.randint(10, 400),
        "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
        "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
        "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
        "\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
    ]
    out = random.sample(own, 2) + random.sample(spring, n - 2)
    if common:
        out.append("\t... %d common frames omitted" % common)
    return out


ERRORS = [
    lambda p: ["org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"visit_pkey\"] [insert into visit (agency_id,shift_id,status,id) values (?,?,?,?)]; SQL [insert into visit (agency_id,shift_id,status,id) values (?,?,?,?)]; constraint [visit_pkey]"]
    + frames(p, 6)
    + ["Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"visit_pkey\""]
    + frames(p, 4, random.randint(20, 90)),
    lambda p: ["org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://payer-gateway.internal/v2/claims\": Read timed out"]
    + frames(p, 5)
    + ["Caused by: java.net.SocketTimeoutException: Read timed out"]
    + frames(p, 3, random.randint(10, 60)),
    lambda p: ["java.lang.NullPointerException: Cannot invoke \"%s.shift.Shift.getStartsAt()\" because \"shift\" is null" % p]
    + frames(p, 7),
    lambda p: ["org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [%s.shift.Shift#%d]" % (p, random.randint(1000, 99999))]
    + frames(p, 6),
    lambda p: ["org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction"]
    + frames(p, 4)
    + ["Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30001ms (total=10, active=10, idle=0, waiting=4)"]
    + frames(p, 3, random.randint(10, 40))
    + ["Caused by: java.net.ConnectException: Connection refused"]
    + frames(p, 3, random.randint(10, 40)),
    lambda p: ["org.springframework.web.client.HttpClientErrorException$NotFound: 404 Not Found: \"{\"error\":\"not_found\",\"path\":\"/v1/authorizations/%d\"}\"" % random.randint(1000, 99999)]
    + frames(p, 5),
    lambda p: ["java.util.concurrent.TimeoutException: Did not observe any item or terminal signal within 5000ms in 'flatMap' (and no fallback has been configured)"]
    + frames(p, 4),
    lambda p: ["java.lang.IllegalStateException: Visit window overlaps an existing shift"]
    + frames(p, 5)
    + ["\tSuppressed: java.io.UncheckedIOException: failed to release lock evv-sync"]
    + ["\t" + f for f in frames(p, 3, random.randint(5, 30))],
    lambda p: ["org.apache.kafka.common.errors.RecordTooLargeException: The message is 1204417 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration."]
    + frames(p, 4),
    lambda p: ["io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'payerGateway' is OPEN and does not permit further calls"]
    + frames(p, 4),
]


def startup(inst, fail=False):
    m = "main"
    b = "org.springframework.boot"
    inst.log("INFO", m, "%s.%s" % (inst.pkg, inst.main),
             "Starting %s v%s using Java 17.0.%d with PID %d (/opt/app/%s.jar started by app in /opt/app)"
             % (inst.main, inst.version, random.randint(9, 15), inst.pid, inst.app))
    inst.log("INFO", m, "%s.%s" % (inst.pkg, inst.main),
             'The following 2 profiles are active: "prod", "aws"' if random.random() < 0.7
             else 'No active profile set, falling back to 1 default profile: "default"')
    inst.log("INFO", m, "org.springframework.data.repository.config.RepositoryConfigurationDelegate",
             "Bootstrapping Spring Data JPA repositories in DEFAULT mode.")
    inst.log("INFO", m, "org.springframework.data.repository.config.RepositoryConfigurationDelegate",
             "Finished Spring Data repository scanning in %d ms. Found %d JPA repository interfaces."
             % (random.randint(80, 400), random.randint(6, 30)))
    inst.log("INFO", m, b + ".web.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port %d (http)" % inst.port)
    inst.log("INFO", m, "org.apache.catalina.core.StandardService", "Starting service [Tomcat]")
    inst.log("INFO", m, "org.apache.catalina.core.StandardEngine", "Starting Servlet engine: [Apache Tomcat/10.1.%d]" % random.randint(20, 40))
    inst.log("INFO", m, "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]", "Initializing Spring embedded WebApplicationContext")
    inst.log("INFO", m, b + ".web.servlet.context.ServletWebServerApplicationContext",
             "Root WebApplicationContext: initialization completed in %d ms" % random.randint(900, 4000))
    inst.log("INFO", m, "org.flywaydb.core.FlywayExecutor", "Database: jdbc:postgresql://%s:5432/%s (PostgreSQL 16.%d)"
             % (random.choice(DB_HOSTS), inst.app.split("-")[0], random.randint(1, 6)))
    inst.log("INFO", m, "org.flywaydb.core.internal.command.DbValidate",
             "Successfully validated %d migrations (execution time 00:00.%03ds)" % (random.randint(20, 80), random.randint(10, 400)))
    if random.random() < 0.4:
        v = random.randint(20, 80)
        inst.log("INFO", m, "org.flywaydb.core.internal.command.DbMigrate", 'Migrating schema "public" to version "%d - add visit geofence"' % v)
        inst.log("INFO", m, "org.flywaydb.core.internal.command.DbMigrate",
                 'Successfully applied 1 migration to schema "public", now at version v%d (execution time 00:00.%03ds)' % (v, random.randint(10, 400)))
    else:
        inst.log("INFO", m, "org.flywaydb.core.internal.command.DbMigrate", 'Schema "public" is up to date. No migration necessary.')
    inst.log("INFO", m, "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting...")
    inst.log("INFO", m, "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(8))
    inst.log("INFO", m, "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.")
    inst.log("INFO", m, "org.hibernate.jpa.internal.util.LogHelper", "HHH000204: Processing PersistenceUnitInfo [name: default]")
    inst.log("INFO", m, "org.hibernate.Version", "HHH000412: Hibernate ORM core version 6.6.%d.Final" % random.randint(1, 9))
    inst.log("INFO", m, "org.hibernate.cache.internal.RegionFactoryInitiator", "HHH000026: Second-level cache disabled")
    inst.log("INFO", m, "org.hibernate.orm.connections.pooling",
             "HHH10001005: Database info:", [
                 "\tDatabase JDBC URL [Connecting through datasource 'HikariDataSource (HikariPool-1)']",
                 "\tDatabase driver: undefined/unknown",
                 "\tDatabase version: 16.%d" % random.randint(1, 6),
                 "\tAutocommit mode: undefined/unknown",
                 "\tIsolation level: undefined/unknown",
                 "\tMinimum pool size: undefined/unknown",
                 "\tMaximum pool size: undefined/unknown"])
    inst.log("INFO", m, "org.hibernate.engine.transaction.jta.platform.internal.JtaPlatformInitiator",
             "HHH000489: No JTA platform available (set 'hibernate.transaction.jta.platform' to enable JTA platform integration)")
    inst.log("INFO", m, "org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean",
             "Initialized JPA EntityManagerFactory for persistence unit 'default'")
    inst.log("WARN", m, b + ".autoconfigure.orm.jpa.JpaBaseConfiguration$JpaWebConfiguration",
             "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning")
    inst.log("INFO", m, "io.lettuce.core.RedisClient", "Connected to Redis at %s:6379 (Lettuce 6.4.%d.RELEASE)" % (random.choice(REDIS), random.randint(0, 3)))
    inst.log("INFO", m, "org.apache.kafka.common.utils.AppInfoParser", "Kafka version: 3.8.%d" % random.randint(0, 1))
    inst.log("INFO", m, "org.apache.kafka.common.utils.AppInfoParser", "Kafka commitId: %s" % hexs(16))
    inst.log("INFO", m, "org.apache.kafka.common.utils.AppInfoParser", "Kafka startTimeMs: %d" % (1764482291000 + random.randint(0, 10**7)))
    if fail:
        inst.log("WARN", m, b + ".web.servlet.context.AnnotationConfigServletWebServerApplicationContext",
                 "Exception encountered during context initialization - cancelling refresh attempt: "
                 "org.springframework.context.ApplicationContextException: Failed to start bean 'webServerStartStop'")
        inst.log("INFO", m, "org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean",
                 "Closing JPA EntityManagerFactory for persistence unit 'default'")
        inst.log("INFO", m, "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated...")
        inst.log("INFO", m, "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed.")
        inst.log("INFO", m, b + ".autoconfigure.logging.ConditionEvaluationReportLogger",
                 "", ["", "Error starting ApplicationContext. To display the condition evaluation report re-run your application with 'debug' enabled."])
        inst.log("ERROR", m, b + ".diagnostics.LoggingFailureAnalysisReporter", "", [
            "", "***************************", "APPLICATION FAILED TO START", "***************************", "",
            "Description:", "",
            "Web server failed to start. Port %d was already in use." % inst.port, "",
            "Action:", "",
            "Identify and stop the process that's listening on port %d or configure this application to listen on another port." % inst.port, ""])
        return
    inst.log("INFO", m, "org.springframework.security.web.DefaultSecurityFilterChain",
             "Will secure any request with [org.springframework.security.web.session.DisableEncodeUrlFilter@%s, "
             "org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter@%s]" % (hexs(8), hexs(8)))
    inst.log("INFO", m, "org.hibernate.validator.internal.util.Version", "HV000001: Hibernate Validator 8.0.%d.Final" % random.randint(1, 2))
    inst.log("INFO", m, b + ".availability.ApplicationAvailabilityBean", "Application availability state LivenessState changed to CORRECT")
    inst.log("INFO", m, b + ".actuate.endpoint.web.EndpointLinksResolver", "Exposing %d endpoints beneath base path '/actuator'" % random.randint(4, 16))
    inst.log("INFO", m, "org.apache.coyote.http11.Http11NioProtocol", 'Starting ProtocolHandler ["http-nio-%d"]' % inst.port)
    inst.log("INFO", m, b + ".web.embedded.tomcat.TomcatWebServer", "Tomcat started on port %d (http) with context path '/'" % inst.port)
    inst.log("INFO", m, "com.netflix.discovery.DiscoveryClient", "Registered instance %s/%s:%d with status UP" % (inst.app.upper(), inst.host, inst.port))
    inst.log("INFO", m, b + ".availability.ApplicationAvailabilityBean", "Application availability state ReadinessState changed to ACCEPTING_TRAFFIC")
    inst.log("INFO", m, "%s.%s" % (inst.pkg, inst.main),
             "Started %s in %d.%03d seconds (process running for %d.%03d)" % (inst.main, random.randint(5, 30), random.randint(0, 999), random.randint(6, 35), random.randint(0, 999)))


def first_request(inst):
    t = http_thread(inst)
    inst.log("INFO", t, "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]", "Initializing Spring DispatcherServlet 'dispatcherServlet'")
    inst.log("INFO", t, "org.springframework.web.servlet.DispatcherServlet", "Initializing Servlet 'dispatcherServlet'")
    inst.log("INFO", t, "org.springframework.web.servlet.DispatcherServlet", "Completed initialization in %d ms" % random.randint(1, 20))


def http_thread(inst):
    return "http-nio-%d-exec-%d" % (inst.port, random.randint(1, 10))


def runtime_event(inst):
    r = random.random()
    p = inst.pkg
    if r < 0.20:
        path = random.choice(["/api/v1/visits?agencyId=%d&page=%d&size=50" % (random.randint(100, 999), random.randint(0, 40)),
                              "/api/v1/shifts/%s" % "-".join([hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)]),
                              "/api/v1/claims/batches/%d" % random.randint(100, 99999),
                              "/actuator/health", "/actuator/prometheus",
                              "/api/v1/caregivers/%d/availability?week=2026-W%02d" % (random.randint(100, 99999), random.randint(1, 52)),
                              "/api/v1/evv/checkins"])
        method = "GET" if "?" in path or "actuator" in path else random.choice(["GET", "POST", "PUT", "PATCH"])
        status = random.choice([200, 200, 200, 200, 201, 204, 304, 400, 401, 403, 404, 409, 500, 503])
        inst.log("INFO", http_thread(inst), p + ".web.AccessLogFilter",
                 '%s %s HTTP/1.1 %d %d bytes %d ms ua="%s"' % (method, path, status, random.randint(0, 90000), random.randint(1, 3000),
                                                           random.choice(["okhttp/4.12.0", "Apache-HttpClient/5.4.1", "kube-probe/1.31", "ReactorNetty/1.2.1", "Prometheus/3.0.1"])),
                 traced=True)
    elif r < 0.30:
        t = random.choice(TOPICS)
        msgs = [
            "[Consumer clientId=consumer-%s-%d, groupId=%s] Setting offset for partition %s-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[%s:9092 (id: %d rack: use1-az%d)], epoch=%d}}"
            % (inst.app, random.randint(1, 3), inst.app, t, random.randint(0, 11), random.randint(10**5, 10**9), random.choice(KAFKA), random.randint(0, 2), random.randint(1, 3), random.randint(1, 40)),
            "[Consumer clientId=consumer-%s-1, groupId=%s] Successfully joined group with generation Generation{generationId=%d, memberId='consumer-%s-1-%s-%s-%s-%s-%s', protocol='range'}"
            % (inst.app, inst.app, random.randint(1, 90), inst.app, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)),
            "%s: partitions assigned: [%s-0, %s-1, %s-2]" % (inst.app, t, t, t),
            "Committed offset %d for partition %s-%d" % (random.randint(10**5, 10**9), t, random.randint(0, 11)),
            "[Producer clientId=producer-%d] Cluster ID: %s" % (random.randint(1, 4), "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22))),
            "[Consumer clientId=consumer-%s-2, groupId=%s] Request joining group due to: need to re-join with the given member-id: consumer-%s-2-%s"
            % (inst.app, inst.app, inst.app, hexs(8)),
            "Consumer lag for group %s on %s: %d records across 12 partitions" % (inst.app, t, random.randint(0, 50000)),
            "[Consumer clientId=consumer-%s-1, groupId=%s] Connection to node -1 (%s/10.42.%d.%d:9092) could not be established. Node may not be available."
            % (inst.app, inst.app, random.choice(KAFKA), random.randint(0, 9), random.randint(2, 250)),
            "[Consumer clientId=consumer-%s-1, groupId=%s] Adding newly assigned partitions: %s-0, %s-1" % (inst.app, inst.app, t, t),
            "[Consumer clientId=consumer-%s-1, groupId=%s] Found no committed offset for partition %s-%d" % (inst.app, inst.app, t, random.randint(0, 11)),
        ]
        thread = random.choice(["org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1", "kafka-producer-network-thread | producer-1", "kafka-coordinator-heartbeat-thread | " + inst.app])
        inst.log("INFO", thread, random.choice(["org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", "org.springframework.kafka.listener.KafkaMessageListenerContainer", "org.apache.kafka.clients.Metadata"]), random.choice(msgs))
    elif r < 0.40:
        job = random.choice(JOBS)
        nxt = (clock + datetime.timedelta(hours=random.randint(1, 24))).strftime("%Y-%m-%dT%H:00:00Z")
        msgs = [
            "Running job '%s' (cron 0 0 %d * * *)" % (job, random.randint(0, 23)),
            "Job '%s' finished in %d ms: %d rows read, %d written, %d skipped" % (job, random.randint(40, 90000), random.randint(0, 90000), random.randint(0, 90000), random.randint(0, 40)),
            "Locked '%s', lock will be held at most until %s" % (job, nxt),
            "Next fire time for trigger DEFAULT.%sTrigger is %s" % (job.replace("-", ""), nxt),
            "Batch job %s completed: %d rows written, %d skipped, duration PT%d.%03dS" % (job, random.randint(0, 9000), random.randint(0, 30), random.randint(1, 900), random.randint(0, 999)),
            "Scheduler quartzScheduler_$_%s%d started." % (inst.host, 1764480000000 + random.randint(0, 10**7)),
            "Skipping job '%s': previous run still in progress on %s" % (job, random.choice(HOSTS)),
        ]
        inst.log("INFO", random.choice(["scheduling-1", "QuartzScheduler_Worker-%d" % random.randint(1, 10), "task-%d" % random.randint(1, 8)]),
                 random.choice([p + ".jobs.JobRunner", "org.quartz.core.QuartzScheduler", "net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor"]), random.choice(msgs))
    elif r < 0.52:
        msgs = [
            ("INFO", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=%d)" % (10, random.randint(0, 10), random.randint(0, 10), random.randint(0, 4))),
            ("WARN", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds%dms)." % (random.randint(1, 3), random.randint(0, 59), random.randint(0, 999))),
            ("WARN", "com.zaxxer.hikari.pool.PoolBase", "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@%s (This connection has been closed.). Possibly consider using a shorter maxLifetime value." % hexs(8)),
            ("INFO", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(8)),
            ("WARN", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 23505"),
            ("ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", 'ERROR: duplicate key value violates unique constraint "shift_assignment_uq"'),
            ("WARN", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 40001"),
            ("WARN", p + ".persistence.SlowQueryLogger", "Slow query (%d ms): select v1_0.id,v1_0.agency_id,v1_0.starts_at from visit v1_0 where v1_0.agency_id=? and v1_0.starts_at between ? and ?" % random.randint(500, 9000)),
            ("INFO", "org.springframework.jdbc.datasource.DriverManagerDataSource", "Loaded JDBC driver: org.postgresql.Driver"),
            ("INFO", p + ".persistence.ReplicaRouter", "Routing read-only transactions to jdbc:postgresql://%s:5432/%s?sslmode=require&ApplicationName=%s" % (random.choice(DB_HOSTS), inst.app.split("-")[0], inst.app)),
        ]
        level, logger, msg = random.choice(msgs)
        inst.log(level, random.choice([http_thread(inst), "HikariPool-1 housekeeper", "scheduling-1"]), logger, msg)
    elif r < 0.64:
        c = random.choice(CACHES)
        msgs = [
            "Cache '%s' hit ratio %d%% over the last 5 minutes" % (c, random.randint(40, 99)),
            "Evicted %d entries from cache '%s' (size limit %d)" % (random.randint(1, 900), c, random.choice([1000, 5000, 10000])),
            "CircuitBreaker 'payerGateway' changed state from %s" % random.choice(["CLOSED to OPEN", "OPEN to HALF_OPEN", "HALF_OPEN to CLOSED"]),
            "Retry 'clearinghouse' attempt %d of 3 after 503 Service Unavailable" % random.randint(1, 3),
            "Rate limit reached for tenant %s: %d requests in 60 s" % (random.choice(TENANTS), random.randint(300, 900)),
            "Token refresh succeeded for client %s, expires in 3600 s" % inst.app,
            "Health check: db UP, redis UP, diskSpace UP (free %d GB), ping UP" % random.randint(20, 400),
            "S3 upload of s3://bo-exports-prod/%s/export-2026-11-%02d.csv.gpg completed, %d bytes, etag \"%s\"" % (random.choice(TENANTS), random.randint(1, 30), random.randint(1000, 10**8), hexs(32)),
            "Feature flags reloaded from config server (version %d): evv.strict=true, billing.batch.size=%d" % (random.randint(100, 999), random.choice([100, 250, 500])),
            "GC pause (G1 Evacuation Pause) %d ms, heap %dM->%dM(%dM)" % (random.randint(2, 300), random.randint(300, 900), random.randint(100, 300), 1024),
            "Published %d metrics to https://metrics.internal:9090/api/v1/write in %d ms" % (random.randint(100, 3000), random.randint(1, 300)),
            "Connected to Redis at %s:6379" % random.choice(REDIS),
            "Leader election: %s is now the leader for lock evv-sync" % random.choice(HOSTS),
            "Instance %s (%s:%d) marked DOWN after 3 missed heartbeats" % (inst.app, random.choice(HOSTS), inst.port),
            "Watching config map %s-config in namespace backoffice-prod" % inst.app,
            "Deployed build %s (commit %s) on %s" % (inst.version, hexs(7), inst.host),
            "Keycloak realm backoffice: public key rotated, kid=%s" % hexs(12),
            "Report monthly-utilization generated for period 2026-10, %d pages" % random.randint(2, 400),
            "Clearinghouse 837P batch %d submitted: %d claims, %d bytes" % (random.randint(10**5, 10**6), random.randint(1, 900), random.randint(10**4, 10**7)),
            "EVV aggregator Sandata responded 202 Accepted for batch %d in %d ms" % (random.randint(10**5, 10**6), random.randint(10, 4000)),
            "Payroll file ADP-%d.csv written with %d rows" % (random.randint(10**5, 10**6), random.randint(10, 5000)),
        ]
        inst.log(random.choice(["INFO", "INFO", "WARN", "DEBUG"]), random.choice(["scheduling-1", "task-2", "lettuce-nioEventLoop-4-1", "ForkJoinPool.commonPool-worker-3", http_thread(inst)]),
                 random.choice([p + ".ops.OpsReporter", "io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine", p + ".integration.ExportUploader", "org.springframework.cloud.kubernetes.commons.config.reload.ConfigReloadUtil"]),
                 random.choice(msgs), traced=random.random() < 0.5)
    elif r < 0.72:
        trace = random.choice(ERRORS)(p)
        header = random.choice([
            "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: %s] with root cause" % trace[0].split(":")[0],
            "Unexpected error occurred in scheduled task",
            "Error handler threw an exception",
            "Job '%s' failed after %d ms" % (random.choice(JOBS), random.randint(10, 90000)),
            "Could not submit claims batch %d, will retry in 300 s" % random.randint(10**5, 10**6),
        ])
        inst.log("ERROR", random.choice([http_thread(inst), "scheduling-1", "QuartzScheduler_Worker-3", "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1"]),
                 random.choice(["org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]", "org.springframework.scheduling.support.TaskUtils$LoggingErrorHandler", p + ".jobs.JobRunner"]),
                 header, trace, traced=True)
    elif r < 0.80:
        inst.log("DEBUG", http_thread(inst), "org.springframework.web.servlet.DispatcherServlet",
                 random.choice(["Completed 200 OK", "Completed 404 NOT_FOUND", "Completed 204 NO_CONTENT",
                                "GET \"/api/v1/visits?agencyId=%d\", parameters={masked}" % random.randint(100, 999),
                                "Mapped to %s.web.VisitController#list(Long, Pageable)" % p,
                                "Using 'application/json', given [*/*] and supported [application/json, application/*+json]",
                                "Writing [PageImpl of %d elements]" % random.randint(0, 50)]), traced=True)
    elif r < 0.88:
        inst.log("INFO", http_thread(inst), "org.springframework.security.web.authentication.AuthenticationFilter",
                 random.choice(["Authenticated service account svc-%s via client credentials" % inst.app,
                                "JWT validated: issuer https://sso.internal/realms/backoffice, audience %s, kid %s" % (inst.app, hexs(12)),
                                "Denied request to /api/v1/claims: missing scope claims:write",
                                "Session %s expired after 1800 s idle" % hexs(24)]), traced=True)
    else:
        inst.log("INFO", "main" if random.random() < 0.2 else "SpringApplicationShutdownHook", random.choice([
            "org.springframework.boot.web.embedded.tomcat.GracefulShutdown", "org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean",
            "com.zaxxer.hikari.HikariDataSource", p + ".ops.OpsReporter"]),
            random.choice(["Commencing graceful shutdown. Waiting for active requests to complete", "Graceful shutdown complete",
                           "Closing JPA EntityManagerFactory for persistence unit 'default'", "HikariPool-1 - Shutdown initiated...",
                           "HikariPool-1 - Shutdown completed.", "Received SIGTERM, starting graceful shutdown",
                           "Shutting down ExecutorService 'applicationTaskExecutor'", "Unregistering application %s with eureka with status DOWN" % inst.app.upper()]))


instances = [Instance(s, h) for s, h in zip(SERVICES * 2, HOSTS + HOSTS[:1])]
startup(instances[0])
startup(instances[1])
startup(instances[2], fail=True)
startup(instances[3])
for i in (0, 1, 3):
    first_request(instances[i])
events = 0
while sum(1 for l in lines if l.startswith("2026-")) < 1150:
    runtime_event(random.choice(instances[:2] + instances[3:]))
    if random.random() < 0.01:
        startup(Instance(random.choice(SERVICES), random.choice(HOSTS)), fail=random.random() < 0.3)
print("\n".join(lines))
