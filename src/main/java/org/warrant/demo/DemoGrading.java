package org.warrant.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.warrant.grading.Grade;
import org.warrant.grading.GradeDraft;
import org.warrant.grading.GradeSheet;
import org.warrant.grading.GradingService;
import org.warrant.grading.Rubric;
import org.warrant.grading.RubricDraft;
import org.warrant.grading.RubricService;
import org.warrant.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo grading ({@code seed-data/grading/}): the instructor's rubric, attached to a demo assignment, with a grade for
 * some of its handed-in maps, released or not; so a student sees feedback, and the instructor a half-graded class, at
 * once. Done once: an assignment already graded on a rubric is left as it is.
 */
@Component
@Profile("demo")
@Order(60) // after the demo assignments and their submissions
class DemoGrading implements ApplicationRunner {

    static final String LOCATION = "classpath*:seed-data/grading/*.json";
    private static final Logger log = LoggerFactory.getLogger(DemoGrading.class);

    record DemoRubric(String title, List<RubricDraft.CriterionDraft> criteria) {
    }

    record DemoGrade(String student, List<Integer> levels, List<String> comments, String overall, boolean released) {
    }

    record DemoGrades(String assignment, DemoRubric rubric, List<DemoGrade> grades) {
    }

    private final AssignmentService assignments;
    private final RubricService rubrics;
    private final GradingService grading;
    private final TransactionTemplate transaction;

    DemoGrading(AssignmentService assignments, RubricService rubrics, GradingService grading, TransactionTemplate transaction) {
        this.assignments = assignments;
        this.rubrics = rubrics;
        this.grading = grading;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            DemoGrades demo = json.readValue(file.getContentAsString(StandardCharsets.UTF_8), DemoGrades.class);
            CurrentUser.runAs("instructor", Role.INSTRUCTOR, () -> {
                assignments.mine().stream().filter(a -> a.title().equals(demo.assignment())).findFirst().ifPresent(a -> {
                    if (grading.sheet(a.id()).rubric() == null) {
                        transaction.executeWithoutResult(status -> grade(a.id(), demo));
                        log.info("Demo grading of '{}' done", demo.assignment());
                    }
                });
                return null;
            });
        }
    }

    private void grade(long assignmentId, DemoGrades demo) {
        long rubricId = rubrics.mine().stream().filter(r -> r.title().equals(demo.rubric().title())).findFirst().map(Rubric::id)
                .orElseGet(() -> rubrics.create(new RubricDraft(demo.rubric().title(), demo.rubric().criteria())));
        grading.useRubric(assignmentId, rubricId);
        GradeSheet sheet = grading.sheet(assignmentId);
        for (DemoGrade g : demo.grades()) {
            GradeSheet.Row row = sheet.rows().stream().filter(r -> r.work().usernames().contains(g.student()) && r.work().id() != null)
                    .findFirst().orElseThrow(() -> new IllegalStateException("No handed-in work of " + g.student()));
            Map<Long, Grade.Mark> marks = new LinkedHashMap<>();
            for (int i = 0; i < sheet.rubric().criteria().size(); i++) {
                marks.put(sheet.rubric().criteria().get(i).id(), new Grade.Mark(g.levels().get(i), g.comments().get(i)));
            }
            grading.save(assignmentId, row.work().id(), new GradeDraft(marks, g.overall(), Map.of(), 0));
            if (g.released()) {
                grading.release(assignmentId, row.work().id(), true);
            }
        }
    }
}
