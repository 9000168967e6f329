package app.haat.core.config;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class JooqConfig {

    /**
     * Names are generated in upper case from the migrations; rendering them unquoted lets H2 (upper case) and
     * PostgreSQL (lower case) each fold them their own way, so one set of generated classes serves both.
     */
    @Bean
    DefaultConfigurationCustomizer haatJooqSettings() {
        return configuration -> configuration
                .settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteWithOptimisticLocking(true);
    }
}
