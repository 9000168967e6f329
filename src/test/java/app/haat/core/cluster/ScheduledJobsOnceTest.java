package app.haat.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.IntegrationTest;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/** A scheduled job runs once per occurrence across the nodes (ShedLock on the shedlock table, #24). */
class ScheduledJobsOnceTest extends IntegrationTest {

    /** Scheduled methods that are no jobs: they only wake this node's own dispatcher, which claims its rows. */
    private static final List<String> NOT_JOBS =
            List.of("app.haat.mail.MailDispatcher.poll", "app.haat.mail.SmsDispatcher.poll");

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    private LockingTaskExecutor node(String name) {
        LockProvider provider = new SchedulerLockConfig().lockProvider(dataSource, transactions, NodeIdentity.of(name));
        return new DefaultLockingTaskExecutor(provider);
    }

    @Test
    void theSameJobTriggeredOnTwoNodesAtOnceRunsOnce() throws Exception {
        String job = "test-job-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Void>> nodes = List.of("node-a", "node-b").stream()
                .map(name -> {
                    LockingTaskExecutor executor = node(name);
                    return CompletableFuture.runAsync(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        executor.executeWithLock(
                                (Runnable) runs::incrementAndGet,
                                new LockConfiguration(
                                        Instant.now(), job, Duration.ofMinutes(5), Duration.ofMinutes(1)));
                    });
                })
                .toList();
        go.countDown();
        for (CompletableFuture<Void> node : nodes) {
            node.get();
        }
        assertThat(runs).hasValue(1);
        // the occurrence is over on one node, but the other one, a little late, still skips it
        node("node-c")
                .executeWithLock(
                        (Runnable) runs::incrementAndGet,
                        new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ofMinutes(1)));
        assertThat(runs).hasValue(1);
    }

    @Test
    void everyScheduledJobTakesTheLockAndItsBeanIsProxiedForIt() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.haat");
        List<JavaMethod> jobs = classes.stream()
                .filter(c -> !c.getName().contains("__") && !c.getName().contains("$$"))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class))
                .filter(m -> !NOT_JOBS.contains(m.getOwner().getName() + "." + m.getName()))
                .toList();
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(5);
        for (JavaMethod job : jobs) {
            assertThat(job.isAnnotatedWith(SchedulerLock.class))
                    .as(job.getFullName() + " carries @SchedulerLock")
                    .isTrue();
            Object bean = context.getBean(job.getOwner().reflect());
            assertThat(AopUtils.isAopProxy(bean))
                    .as(job.getOwner().getName() + " is proxied, so the lock is taken")
                    .isTrue();
        }
    }
}
