package org.warrant.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.InterfaceLanguage;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.NewAssignment;
import org.warrant.comments.CommentService;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/**
 * Notifications in the app and by mail, through a real SMTP server (GreenMail, on a loopback port of its own): who
 * gets what, in which language, with which links, at once or as a digest, and what happens when the server is gone.
 */
@WarrantTest(profiles = "test", properties = {"warrant.mail.send-every=PT24H", "warrant.public-url=https://warrant.example.edu/seminars/"})
class NotificationMailTest {

    /** A port of its own, kept when the server is stopped and started again. */
    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The plain-text and the HTML part of a mail Warrant sent (mixed, around related, around alternative). */
    static String[] textAndHtml(MimeMessage mail) throws Exception {
        var mixed = (jakarta.mail.Multipart) mail.getContent();
        var related = (jakarta.mail.Multipart) mixed.getBodyPart(0).getContent();
        var alternative = (jakarta.mail.Multipart) related.getBodyPart(0).getContent();
        return new String[] {(String) alternative.getBodyPart(0).getContent(), (String) alternative.getBodyPart(1).getContent()};
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired NotificationService notifications;
    @Autowired OutboxSender sender;
    @Autowired Reminders reminders;
    @Autowired LiveCounts live;
    @Autowired CommentService comments;
    @Autowired AssignmentService assignments;
    @Autowired SeminarService seminars;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    @Autowired AccountService accounts;
    @Autowired InterfaceLanguage languages;
    @Autowired JdbcClient jdbc;
    Classroom room;
    long mapId;
    long claim;

    @BeforeEach
    void aStudentsMap() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        sender.sendDue(); // whatever earlier tests left in the outbox
        SMTP.purgeEmailFromAllMailboxes();
        room = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
        as(room.owner, Role.STUDENT);
        mapId = assignments.start(room.individual);
        claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality cost Iran its standing.").id();
        notifications.markAllRead(); // the classroom's two assignments were announced
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void mailTo(String user, String address, boolean digest) {
        as(user, Role.STUDENT);
        notifications.saveSettings(address, EnumSet.allOf(NotificationKind.class), digest);
    }

    @Test
    void a_comment_reaches_the_student_in_the_app_and_by_mail_in_their_language() throws Exception {
        accounts.createIfAbsent(room.owner, "Owner", "a long enough password", Role.STUDENT);
        as(room.owner, Role.STUDENT);
        languages.choose("fa");
        mailTo(room.owner, room.owner + "@example.edu", false);

        as(room.instructor, Role.INSTRUCTOR);
        comments.comment(mapId, claim, "Which paragraph says so? <script>alert(1)</script>");

        as(room.owner, Role.STUDENT);
        assertThat(notifications.unread()).isEqualTo(1);
        Notification n = notifications.recent(10).getFirst();
        assertThat(n.kind()).isEqualTo(NotificationKind.COMMENT);
        assertThat(n.link()).isEqualTo("maps/" + mapId);
        assertThat(SMTP.getReceivedMessages()).as("sent later, never in the request").isEmpty();

        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(room.owner + "@example.edu");
        assertThat(mail.getSubject()).startsWith("وارانت:").contains("نظر داد");
        String[] body = textAndHtml(mail);
        assertThat(body[0]).contains("https://warrant.example.edu/seminars/maps/" + mapId).contains("<script>alert(1)</script>");
        assertThat(body[1]).contains("href=\"https://warrant.example.edu/seminars/maps/" + mapId + "\"").contains("dir=\"rtl\"")
                .doesNotContain("<script>").contains("&lt;script&gt;");

        notifications.markAllRead();
        assertThat(notifications.unread()).isZero();
    }

    @Test
    void the_commenter_and_strangers_are_not_notified() {
        as(room.instructor, Role.INSTRUCTOR);
        comments.comment(mapId, claim, "A first remark.");
        assertThat(notifications.recent(10)).noneMatch(n -> n.link().equals("maps/" + mapId));
        as(room.other, Role.STUDENT);
        assertThat(notifications.recent(10)).noneMatch(n -> n.link().equals("maps/" + mapId));
        as(room.owner, Role.STUDENT);
        Notification mine = notifications.recent(10).getFirst();
        assertThat(mine.kind()).isEqualTo(NotificationKind.COMMENT);
        as(room.other, Role.STUDENT);
        notifications.markRead(mine.id());
        as(room.owner, Role.STUDENT);
        assertThat(notifications.unread()).as("someone else's id changes nothing").isEqualTo(1);
    }

    @Test
    void a_digest_user_gets_one_mail_with_everything_and_nothing_twice() throws Exception {
        mailTo(room.owner, room.owner + "@example.edu", true);
        as(room.instructor, Role.INSTRUCTOR);
        comments.comment(mapId, claim, "First remark.");
        comments.comment(mapId, claim, "Second remark.");
        assertThat(sender.sendDue()).isZero();

        reminders.sendDigests();
        reminders.sendDigests();
        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Warrant: 2 notifications today");
        assertThat(textAndHtml(mail)[0]).contains("First remark.").contains("Second remark.");
    }

    @Test
    void a_failed_send_is_kept_and_retried_later() throws Exception {
        mailTo(room.owner, room.owner + "@example.edu", false);
        as(room.instructor, Role.INSTRUCTOR);
        SMTP.stop();
        try {
            comments.comment(mapId, claim, "While the mail server is down.");
            assertThat(sender.sendDue()).isZero();
        } finally {
            SMTP.start();
        }
        var row = jdbc.sql("SELECT attempts, last_error, next_attempt_at FROM mail_outbox WHERE recipient = ? AND sent_at IS NULL")
                .param(room.owner + "@example.edu").query((rs, n) -> List.of(rs.getInt(1), String.valueOf(rs.getString(2)),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant())).single();
        assertThat(row.get(0)).isEqualTo(1);
        assertThat((Instant) row.get(2)).isAfter(Instant.now().plusSeconds(30));
        assertThat(sender.sendDue()).as("not before its time").isZero();

        jdbc.sql("UPDATE mail_outbox SET next_attempt_at = ? WHERE recipient = ? AND sent_at IS NULL")
                .params(java.time.OffsetDateTime.now().minusSeconds(1), room.owner + "@example.edu").update();
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(textAndHtml(SMTP.getReceivedMessages()[0])[0]).contains("While the mail server is down.");
    }

    @Test
    void students_who_have_not_handed_in_are_reminded_once_of_a_deadline_within_a_day() {
        as(room.instructor, Role.INSTRUCTOR);
        long soon = assignments.create(room.seminarA, new NewAssignment("Due soon " + room.suffix, "Map it.", List.of(room.articleId),
                Instant.now().plus(Duration.ofHours(12)), false, null));
        as(room.owner, Role.STUDENT);
        assignments.start(soon);
        assignments.submit(soon);

        reminders.remindOfDeadlines();
        reminders.remindOfDeadlines();

        as(room.mate, Role.STUDENT);
        assertThat(notifications.recent(20)).filteredOn(n -> n.kind() == NotificationKind.DUE_SOON && n.link().equals("assignments/" + soon)).hasSize(1);
        assertThat(notifications.recent(20)).filteredOn(n -> n.kind() == NotificationKind.ASSIGNMENT_SET && n.link().equals("assignments/" + soon)).hasSize(1);
        as(room.owner, Role.STUDENT);
        assertThat(notifications.recent(20)).noneMatch(n -> n.kind() == NotificationKind.DUE_SOON && n.link().equals("assignments/" + soon));
        as(room.instructor, Role.INSTRUCTOR);
        assertThat(notifications.recent(20)).anyMatch(n -> n.kind() == NotificationKind.HANDED_IN && n.link().equals("assignments/" + soon));
    }

    @Test
    void an_open_bell_hears_the_new_count_once_the_comment_is_committed() {
        List<Long> heard = new CopyOnWriteArrayList<>();
        Runnable stop = live.subscribe(room.owner, heard::add);
        try {
            as(room.instructor, Role.INSTRUCTOR);
            comments.comment(mapId, claim, "Heard live.");
        } finally {
            stop.run();
        }
        assertThat(heard).containsExactly(1L);
    }

    @Test
    void an_address_that_is_not_one_is_refused() {
        as(room.owner, Role.STUDENT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifications.saveSettings("not an address", EnumSet.noneOf(NotificationKind.class), false))
                .hasMessageContaining("is not an email address");
        assertThat(notifications.settings().email()).isNull();
    }
}
