package org.storydesk.base.security;

import java.io.IOException;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.api.Problems;
import org.storydesk.base.database.ExternalDatabase;
import org.storydesk.base.ui.LoginView;

/**
 * Two doors to the same accounts: the dashboard (a login form, Vaadin's view access control)
 * and {@code /api/**} for scripts and integrations (API tokens as {@code Bearer}, or HTTP Basic;
 * no session; reading needs any account, writing needs an editor). Both doors share one password
 * check behind the login throttle. Every answer carries headers that keep the desk out of other
 * sites' frames and scripts (see docs/adr/0003-headers.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * What the dashboard's pages may load and from where: only the desk itself. Vaadin Flow's client
     * runs inline bootstrap scripts and evaluates the UI's JavaScript calls, and Lumo sets inline styles,
     * so scripts and styles allow 'unsafe-inline' (and scripts 'unsafe-eval'); what the policy still
     * refuses is any other origin: no script, style, image, connection, form target or frame elsewhere.
     */
    static final String DASHBOARD_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** The API answers data, never pages: nothing in it may load anything or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager users(StoryDeskProperties properties, Environment environment, PasswordEncoder encoder) {
        boolean embedded = !ExternalDatabase.isConfigured(environment);
        return new InMemoryUserDetailsManager(Accounts.resolve(properties.accounts(), embedded).stream()
                .map(account -> Accounts.toUser(account, encoder))
                .toList());
    }

    /** The one password check, for the login form and HTTP Basic alike, behind the throttle. */
    @Bean
    AuthenticationManager logins(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledPasswords(passwords, throttle));
    }

    /** Readiness for load balancers and docker compose: anyone may ask whether the node is up, and learn nothing else. */
    @Bean
    @Order(0)
    SecurityFilterChain health(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> common(headers, API_POLICY))
                .build();
    }

    /**
     * The API's description (OpenAPI 3 at {@code /api/docs}, and a page to read it at {@code /api/docs/ui}): for anyone
     * logged in, whether through the dashboard (its session) or as a script (a token, or HTTP Basic). Only reading.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocs(HttpSecurity http, AuthenticationManager logins, ApiTokenHolders tokens, UserDetailsService users,
                                ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        return http.securityMatcher("/api/docs", "/api/docs/**")
                .authenticationManager(logins)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/docs", "/api/docs/**").hasAnyRole(Roles.EDITOR, Roles.VIEWER)
                        .anyRequest().denyAll())
                .addFilterBefore(new BearerTokens(tokens, users,
                        () -> contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::apiLogin))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::apiLogin))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> common(headers, DASHBOARD_POLICY))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager logins, ApiTokenHolders tokens, UserDetailsService users,
                            ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationManager(logins)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(Roles.EDITOR, Roles.VIEWER)
                        .anyRequest().hasRole(Roles.EDITOR))
                // The security context as this app keeps it (Vaadin's strategy, once Vaadin has installed it).
                .addFilterBefore(new BearerTokens(tokens, users,
                        () -> contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::apiLogin))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::apiLogin)
                        .accessDeniedHandler((request, response, e) ->
                                Problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Only editors can change the story")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Tokens and Basic credentials are sent by the caller on every request, never carried by a cookie: nothing to forge.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> common(headers, API_POLICY))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain dashboard(HttpSecurity http, AuthenticationManager logins, RequestUtil vaadinRequests) throws Exception {
        // Vaadin's configurer comes first: it names the login view before the form login is set up, so Spring's own
        // generated login page never appears.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                // A path no view answers is Vaadin's "not found" for whoever is logged in (not a bare 403).
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.authenticationManager(logins)
                .authorizeHttpRequests(requests -> requests
                        // The error page answers whatever failed, for whoever asked.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/styles/**", "/images/**").permitAll())
                // Vaadin guards its own requests with its own token; everything else, the login form included, needs Spring's.
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .formLogin(form -> form.failureHandler(LOGIN_FAILED))
                .headers(headers -> common(headers, DASHBOARD_POLICY))
                .build();
    }

    /** The login form says why it refused: a wrong password, or too many of them. */
    private static final AuthenticationFailureHandler LOGIN_FAILED = (request, response, e) -> {
        String query = e instanceof LoginLocked locked ? "locked=" + locked.lockout().seconds() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    };

    private static void common(HeadersConfigurer<HttpSecurity> headers, String policy) {
        // Written before the request is answered: Vaadin's page is written by a servlet the security filter forwards to,
        // and headers added only when the response commits were lost on it.
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // Written on answers over HTTPS only: a browser that saw one keeps to HTTPS for a year.
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /** A script that must log in: 401 with how, or 429 with when it may try again. */
    private static void apiLogin(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof LoginLocked locked) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.lockout().seconds()));
            Problems.write(request, response, 429, locked.lockout().message(),
                    java.util.Map.of("retryAfter", locked.lockout().seconds()));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Story Desk\"");
        Problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                "Log in with a Story Desk account (HTTP Basic) or an API token (Authorization: Bearer …)");
    }
}
