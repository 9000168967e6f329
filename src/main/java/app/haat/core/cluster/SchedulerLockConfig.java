package app.haat.core.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Scheduled jobs run once per occurrence across the nodes: each job's method carries ShedLock's
 * {@code @SchedulerLock}, and the lock is a row of the {@code shedlock} table taken with a conditional update on the
 * database's own clock (so the nodes' clocks need not agree). A job that finds the lock taken skips that occurrence;
 * a node killed while holding it frees it after the job's lockAtMostFor.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class SchedulerLockConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource, PlatformTransactionManager transactions, NodeIdentity node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTransactionManager(transactions)
                .withLockedByValue(node.id())
                .usingDbTime()
                .build());
    }
}
