package org.warrant.lti.ui;

import static org.warrant.ui.Text.t;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.core.annotation.Order;
import org.warrant.lti.CourseRosters;
import org.warrant.seminars.Seminar;
import org.warrant.seminars.SeminarPageSection;
import org.warrant.ui.Dates;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;

/** On the page of a seminar made for an LMS course, for its instructors: the course, and its roster brought in. */
@org.springframework.stereotype.Component
@Order(10)
class CourseSection implements SeminarPageSection {

    private final CourseRosters rosters;

    CourseSection(CourseRosters rosters) {
        this.rosters = rosters;
    }

    @Override
    public Optional<Component> section(Seminar seminar) {
        if (!seminar.instructs()) {
            return Optional.empty();
        }
        List<CourseRosters.CourseLink> courses = rosters.courses(seminar.id());
        if (courses.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div(new H2(t("lti.course.title")));
        section.addClassName("lms-course");
        Notice notice = new Notice();
        for (CourseRosters.CourseLink c : courses) {
            section.add(new Paragraph(t("lti.course.linked", c.courseTitle(), c.platformName()) + " " + (c.rosterSyncedAt() == null
                    ? t("lti.course.never-synced") : t("lti.course.synced", Dates.dateAndTime().format(c.rosterSyncedAt())))));
        }
        Button sync = new Button(t("lti.course.sync"), e -> {
            try {
                int added = rosters.sync(seminar.id());
                notice.done(t("lti.course.synced-now", Text.number(added)));
            } catch (IllegalArgumentException refused) {
                notice.problem(Text.problem(refused));
            }
        });
        sync.setEnabled(courses.stream().anyMatch(CourseRosters.CourseLink::hasRoster));
        section.add(notice, sync);
        return Optional.of(section);
    }
}
