package org.warrant.testing;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** The warnings Warrant's own code logs while it is attached, for tests that check refusals are logged. */
public final class RefusalLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("org.warrant");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public RefusalLog() {
        appender.start();
        logger.addAppender(appender);
    }

    public synchronized List<String> warnings() {
        return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    public void clear() {
        appender.list.clear();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
