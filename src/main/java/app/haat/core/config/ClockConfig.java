package app.haat.core.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    /** One clock for every time rule (lock-outs, token expiry, windows), so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
