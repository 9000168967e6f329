package app.haat.core.startup;

import app.haat.core.api.ProblemResponses;
import app.haat.core.i18n.Translator;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The start-up gate's filter (before Spring Security and Vaadin) and its health indicator "startup". */
@Configuration(proxyBeanMethods = false)
class StartupConfig {

    @Bean
    FilterRegistrationBean<StartupGateFilter> startupGateFilter(
            StartupGate gate, ProblemResponses problems, Translator translator) {
        FilterRegistrationBean<StartupGateFilter> registration =
                new FilterRegistrationBean<>(new StartupGateFilter(gate, problems, translator));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Part of the readiness group (application.properties): out of service until the gate opens. */
    @Bean
    HealthIndicator startupHealthIndicator(StartupGate gate) {
        return () -> gate.isOpen()
                ? Health.up().build()
                : Health.outOfService()
                        .withDetail("waitingFor", gate.waitingFor())
                        .build();
    }
}
