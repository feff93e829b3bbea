package org.warrant.demo;

import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.warrant.accounts.Role;
import org.warrant.security.CurrentUser;
import org.warrant.seminars.SeminarService;

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
        CurrentUser.runAs("instructor", Role.INSTRUCTOR, () -> {
            if (seminars.mine().stream().noneMatch(s -> s.name().equals(NAME))) {
                transaction.executeWithoutResult(status -> create());
                log.info("Demo seminar '{}' created", NAME);
            }
            return null;
        });
    }

    private void create() {
        long id = seminars.create(NAME, "Demo term");
        String code = seminars.open(id).joinCode();
        STUDENTS.forEach(student -> CurrentUser.runAs(student, Role.STUDENT, () -> seminars.join(code)));
        seminars.randomGroups(id, STUDENTS.size(), new Random(1)); // one group of all three
    }
}
