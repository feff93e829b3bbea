package org.warrant.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.warrant.shared.RetrySchedule;

/**
 * Sends the outbox's mail through the operator's SMTP server, off any request. A failed send is logged and tried
 * again on the {@link RetrySchedule}, then given up (kept in the table with its last error). Each mail is
 * claimed first, so two instances never send one twice.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final Clock clock;

    OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mail, @Value("${warrant.mail.from}") String from, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.from = from;
        this.clock = clock;
    }

    /** Sends what is due; returns how many went. */
    @Scheduled(fixedDelayString = "${warrant.mail.send-every:PT15S}", initialDelayString = "PT20S")
    int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Outbox.Mail m : outbox.due(clock.instant(), 50)) {
            if (outbox.claim(m, clock.instant()) && send(sender, m)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, Outbox.Mail m) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(m.recipient());
            helper.setSubject(m.subject());
            helper.setText(m.text(), m.html());
            sender.send(message);
            outbox.sent(m.id(), clock.instant());
            log.info("Sent mail {} to {}", m.id(), m.recipient());
            return true;
        } catch (MailException | MessagingException e) {
            Instant retry = RetrySchedule.after(m.attempts() + 1, clock.instant()).orElse(null);
            outbox.failed(m.id(), String.valueOf(e.getMessage()), retry);
            if (retry == null) {
                log.error("Gave up mail {} to {} after {} attempts: {}", m.id(), m.recipient(), m.attempts() + 1, e.getMessage());
            } else {
                log.warn("Mail {} to {} failed (attempt {}), trying again at {}: {}", m.id(), m.recipient(), m.attempts() + 1, retry, e.getMessage());
            }
            return false;
        }
    }
}
