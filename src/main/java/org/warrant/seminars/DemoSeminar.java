package org.warrant.seminars;

import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: a seminar taught by the demo instructor, with the three demo students in one group. Made
 * through the seminar service as those users, once: a restart finds it and adds nothing.
 */
@Component
@Profile("demo")
@Order(40) // after the demo accounts
class DemoSeminar implements ApplicationRunner {

    static final String NAME = "Iran and Azerbaijan: reading the sources";
    static final List<String> STUDENTS = List.of("student1", "student2", "student3");
    private static final Logger log = LoggerFactory.getLogger(DemoSeminar.class);

    private final SeminarService seminars;
    private final TransactionTemplate transaction;

    DemoSeminar(SeminarService seminars, TransactionTemplate transaction) {
        this.seminars = seminars;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            as("instructor", "ROLE_INSTRUCTOR");
            if (seminars.mine().stream().anyMatch(s -> s.name().equals(NAME))) {
                return;
            }
            transaction.executeWithoutResult(status -> {
                long id = seminars.create(NAME, "Demo term");
                String code = seminars.open(id).joinCode();
                STUDENTS.forEach(student -> {
                    as(student, "ROLE_STUDENT");
                    seminars.join(code);
                });
                as("instructor", "ROLE_INSTRUCTOR");
                seminars.randomGroups(id, STUDENTS.size(), new Random(1)); // one group of all three
            });
            log.info("Demo seminar '{}' created", NAME);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static void as(String username, String authority) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(authority))));
    }
}
