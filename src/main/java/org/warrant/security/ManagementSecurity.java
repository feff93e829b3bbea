package org.warrant.security;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Health, readiness and metrics (Spring Boot Actuator) for operators, never for anonymous users. By default they
 * are served on a management port of their own, bound to the loopback address (application.properties): whoever
 * reaches that port is on the server or let through by its operator, as a load balancer's health check is. If an
 * operator puts them on the application's port instead, only admins see them.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    /** The header the backup command sends (backup.BackupCommand.COMMAND_HEADER). */
    static final String COMMAND_HEADER = "X-Warrant-Command";

    @Bean
    @Order(1)
    SecurityFilterChain managementEndpoints(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> {
                    if (ownPort) {
                        auth.anyRequest().permitAll();
                    } else {
                        auth.anyRequest().hasRole("ADMIN");
                    }
                })
                .httpBasic(basic -> { })
                // plain statuses for programs (balancers, the backup command), not an error page (whose request the sign-in
                // page's chain would redirect)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value())))
                // The one write, POST /actuator/backup, comes from ./warrant backup with a header a browser can't send
                // to another site without the site's consent; a page elsewhere can't make an admin's browser call it.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> !"GET".equals(request.getMethod())
                        && request.getHeader(COMMAND_HEADER) == null));
        return http.build();
    }
}
