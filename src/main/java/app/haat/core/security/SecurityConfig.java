package app.haat.core.security;

import app.haat.core.api.ProblemResponses;
import app.haat.core.web.ExpiredForms;
import app.haat.core.web.PublicPages;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    /** A client that wants the Basic challenge (to show a browser's password dialog) sends this header. */
    public static final String CHALLENGE_HEADER = "X-Haat-Challenge";

    /** The sign-in page, and where its form posts. */
    public static final String SIGN_IN = "/login";

    /**
     * The JSON API: HTTP Basic with the portal's accounts, stateless, CSRF off only here (the guard refuses what a
     * browser could send from another site instead), errors as problem details. A 401 carries no Basic challenge
     * unless asked for, so a browser never offers to remember the password for the portal.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemResponses problems,
            SecondFactor secondFactor,
            @Value("${haat.base-url:}") String baseUrl)
            throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiRequestGuard(problems, baseUrl), BasicAuthenticationFilter.class)
                .addFilterAfter(SecondFactorGate.forApi(secondFactor, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        (request, response, e) -> signInRequired(problems, request, response)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(
                                (request, response, e) -> signInRequired(problems, request, response))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "Forbidden",
                                "Your role may not use this endpoint.")))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/docs", "/api/docs/**")
                        .permitAll()
                        // the public record of a draw: anyone checks it, without an account
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/exhibitions/*/draw")
                        .permitAll()
                        // one-time codes: asked for and checked without an account (a change of number needs one,
                        // which the service checks)
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/otp", "/api/otp/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .build();
    }

    private static void signInRequired(
            ProblemResponses problems, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("basic".equalsIgnoreCase(request.getHeader(CHALLENGE_HEADER))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Haat\", charset=\"UTF-8\"");
        }
        problems.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "Sign-in required",
                "Send HTTP Basic credentials of a Haat account.");
    }

    /**
     * The Vaadin UI: form sign-in on the server-rendered sign-in page ({@link SignInController}), view access by
     * annotations. Every request checks that the session's account has not changed since it signed in. CSRF: Vaadin
     * would exempt the sign-in form's POST; here only Vaadin's own requests are exempt (they carry Vaadin's security
     * key instead), so a form posted without its token is refused. An account that asks for a code after its
     * password is held back until the code ({@link SecondFactorGate}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(
            HttpSecurity http,
            AccountVersions versions,
            SecondFactor secondFactor,
            ProblemResponses problems,
            RequestUtil vaadinRequests,
            PublicPages pages)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // the pages before sign-in (server-rendered, no Vaadin bundle)
                .requestMatchers(SecurityHeadersFilter.PUBLIC_PAGES.stream()
                        .flatMap(page -> java.util.stream.Stream.of(page, page + "/**"))
                        .toArray(String[]::new))
                .permitAll()
                .requestMatchers("/styles.css", "/fonts/**", "/images/**")
                .permitAll()
                // the centre's public calendar feeds (session times and topics; calendar apps do not sign in)
                .requestMatchers("/calendar/**")
                .permitAll()
                // the public exhibitor catalogue (published exhibitions only, no personal data)
                .requestMatchers("/catalogue", "/catalogue/**")
                .permitAll()
                // a training certificate's public record, opened by the QR code on the certificate
                .requestMatchers("/certificates/*")
                .permitAll());
        http.addFilterAfter(new SessionVersionFilter(versions), SecurityContextHolderFilter.class);
        http.addFilterAfter(SecondFactorGate.forPages(secondFactor, problems), SessionVersionFilter.class);
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                new ExpiredForms(pages, SecurityHeadersFilter.PUBLIC_PAGES, new AccessDeniedHandlerImpl())));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(SIGN_IN).enableCsrfConfiguration(false))
                .build();
    }

    /** Security headers on every answer, before Spring Security's filters run (see {@link SecurityHeadersFilter}). */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
