package app.haat.core.security;

import app.haat.core.api.ProblemResponses;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    /** The JSON API: HTTP Basic with the portal's accounts, stateless, CSRF off only here, errors as problem details. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign-in required",
                                "Send HTTP Basic credentials of a Haat account.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign-in required",
                                        "Send HTTP Basic credentials of a Haat account."))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
                                        "Your role may not use this endpoint.")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/docs", "/api/docs/**").permitAll()
                        // the public record of a draw: anyone checks it, without an account
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/exhibitions/*/draw").permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    /** The Vaadin UI: form sign-in on the login view, view access by annotations. */
    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles.css", "/fonts/**", "/images/**").permitAll()
                // the centre's public calendar feeds (session times and topics; calendar apps do not sign in)
                .requestMatchers("/calendar/**").permitAll()
                // the public exhibitor catalogue (published exhibitions only, no personal data)
                .requestMatchers("/catalogue", "/catalogue/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
