package org.allianceledger.api.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.allianceledger.api.apikey.ApiKeys;
import org.allianceledger.api.problem.ProblemResponses;
import org.allianceledger.api.problem.Problems;
import org.allianceledger.api.ratelimit.RateLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every API endpoint is born protected: reads need a PARTNER or AUDITOR key, writes a PARTNER key, partner
 * and key administration an ADMIN key. Health and the OpenAPI document are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys apiKeys, RateLimitFilter rateLimit, ProblemResponses problems,
                            MeterRegistry registry) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys), AnonymousAuthenticationFilter.class)
                .addFilterAfter(rateLimit, ApiKeyAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error", "/console", "/console/**", "/webjars/**").permitAll()
                        .requestMatchers("/api/v1/partners/**", "/api/v1/api-keys/**", "/api/v1/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(Role.PARTNER.name(), Role.AUDITOR.name())
                        .requestMatchers("/api/v1/**").hasRole(Role.PARTNER.name())
                        .anyRequest().hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(new BearerChallenge(problems, registry))
                        .accessDeniedHandler((request, response, ex) -> problems.write(response,
                                Problems.of(HttpStatus.FORBIDDEN, "forbidden-for-role",
                                        "This API key's role may not do this."))))
                .build();
    }

    /**
     * No observation of each security filter and authorization decision: in the write path's profile they cost
     * more than the commands' own validation, and the request's own observation (http.server.requests) stays.
     */
    @Bean
    SecurityObservationSettings noObservationPerSecurityFilter() {
        return SecurityObservationSettings.noObservations();
    }

    /** The rate limit runs in the security chain only (see {@link #api}), not once more as a servlet filter. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitOnlyInTheSecurityChain(RateLimitFilter rateLimit) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(rateLimit);
        registration.setEnabled(false);
        return registration;
    }

    /** A path the firewall refuses (e.g. "..", an encoded percent or NUL) is a 400 problem like any other. */
    @Bean
    RequestRejectedHandler rejectedPathIsAProblem(ProblemResponses problems) {
        return (request, response, rejected) -> problems.write(response, Problems.of(HttpStatus.BAD_REQUEST,
                "malformed-request", "the request path is not allowed: " + rejected.getMessage()));
    }
}
