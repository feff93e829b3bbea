package org.warrant.security;

import java.util.List;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.warrant.accounts.AccountService;
import org.warrant.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requests) throws Exception {
        // Plain HTTP endpoints beside the views; the services they call decide what each user may read.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/maps/*/graph.json", "/maps/*/articles/*/reader.json",
                "/maps/*/outline.md", "/maps/*/map.argdown", "/maps/*/map.aif.json", "/maps/*/diagram.svg", "/maps/*/diagram.png",
                "/maps/*/essay.pdf", "/maps/*/essay.html", "/admin/backups/*").authenticated());
        // LTI (decision 0025): the platform's login initiation and launch come from the LMS's pages, signed by the
        // platform instead of carrying our CSRF token; Warrant's public keys are for anyone.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/lti/login", "/lti/launch", "/lti/jwks").permitAll()
                .requestMatchers("/lti/deep-link/answer").authenticated());
        // CSRF everywhere but Vaadin's own requests (which carry Vaadin's token) and the LTI launch: Vaadin's configurer
        // would also exempt the sign-in form, and a page elsewhere could then sign a visitor in as the attacker (login
        // CSRF). The sign-in form sends the token the page's <meta name="_csrf"> names.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requests::isFrameworkInternalRequest)
                .ignoringRequestMatchers("/lti/login", "/lti/launch"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Sign-in by password, throttled (decision 0009). */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    UserDetailsService userDetailsService(AccountService accounts) {
        return username -> accounts.findForSignIn(username)
                .map(a -> User.withUsername(a.username())
                        .password(a.passwordHash())
                        .authorities(List.of(new SimpleGrantedAuthority(a.role().authority())))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
