package org.warrant.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.NewAssignment;
import org.warrant.maps.MapService;
import org.warrant.security.CurrentUser;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode: the assignments in seed-data/assignments/*.json, set by the demo instructor in the demo seminar.
 * The answer key is a private copy of a demo map (the demo maps themselves are shared with everyone, so they
 * could not stay hidden). Demo students' submitted maps, where a file lists them, are started, filled and
 * submitted as those students. An assignment the seminar already has (same title) is skipped on restart.
 */
@Component
@Profile("demo")
@Order(50) // after the demo maps and the demo seminar
class DemoAssignments implements ApplicationRunner {

    static final String LOCATION = "classpath*:seed-data/assignments/*.json";
    private static final Logger log = LoggerFactory.getLogger(DemoAssignments.class);

    record DemoAssignment(String seminar, String title, List<String> articles, int dueInDays, boolean groupWork,
                          String answerKey, String prompt, List<DemoSubmission> submissions) {
    }

    /** A demo student's submitted map: the student's username and the map's file, relative to the assignment's. */
    record DemoSubmission(String student, String map) {
    }

    private final AssignmentService assignments;
    private final SeminarService seminars;
    private final MapService maps;
    private final ArticleService articles;
    private final DemoMaps demoMaps;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAssignments(AssignmentService assignments, SeminarService seminars, MapService maps, ArticleService articles,
                    DemoMaps demoMaps, TransactionTemplate transaction, Clock clock) {
        this.demoMaps = demoMaps;
        this.assignments = assignments;
        this.seminars = seminars;
        this.maps = maps;
        this.articles = articles;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            DemoAssignment demo = json.readValue(file.getContentAsString(StandardCharsets.UTF_8), DemoAssignment.class);
            CurrentUser.runAs("instructor", Role.INSTRUCTOR, () -> {
                if (assignments.mine().stream().noneMatch(a -> a.title().equals(demo.title()))) {
                    transaction.executeWithoutResult(status -> submitted(demo, file, set(demo, file.getFilename())));
                    log.info("Demo assignment '{}' set", demo.title());
                }
                return null;
            });
        }
    }

    /** The demo students' maps, each started, filled and submitted as its student would. */
    private void submitted(DemoAssignment demo, Resource file, long assignmentId) {
        for (DemoSubmission s : demo.submissions() == null ? List.<DemoSubmission>of() : demo.submissions()) {
            CurrentUser.runAs(s.student(), Role.STUDENT, () -> {
                long mapId = assignments.start(assignmentId);
                try {
                    demoMaps.fill(mapId, file.createRelative(s.map()));
                } catch (IOException e) {
                    throw new IllegalStateException(file.getFilename() + ": cannot read " + s.map(), e);
                }
                assignments.submit(assignmentId);
                return null;
            });
        }
    }

    private long set(DemoAssignment demo, String fileName) {
        long seminarId = seminars.mine().stream().filter(s -> s.name().equals(demo.seminar())).findFirst()
                .orElseThrow(() -> new IllegalStateException(fileName + ": no demo seminar “" + demo.seminar() + "”")).id();
        List<Long> articleIds = demo.articles().stream().map(title -> articles.list("").stream()
                .filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalStateException(fileName + ": no article titled “" + title + "”")).id()).toList();
        Long answerKey = null;
        if (demo.answerKey() != null) {
            long shared = maps.readableMaps().stream().filter(m -> m.title().equals(demo.answerKey())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(fileName + ": no demo map “" + demo.answerKey() + "”")).id();
            answerKey = maps.duplicate(shared);
            maps.rename(answerKey, "Answer key: " + demo.title(), "The instructor's map for the assignment, hidden until released.");
        }
        return assignments.create(seminarId, new NewAssignment(demo.title(), demo.prompt(), articleIds,
                clock.instant().plus(Duration.ofDays(demo.dueInDays())), demo.groupWork(), answerKey));
    }
}
