package dev.camelsage.sage.internal.quota;

import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.test.appender.ListAppender;

/** Collects what the quota package logs, at every level, while a test runs. */
final class QuotaLogCapture implements AutoCloseable {

    private static final String PACKAGE = "dev.camelsage.sage.internal.quota";

    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final ListAppender appender = new ListAppender("quota-capture");

    QuotaLogCapture() {
        appender.start();
        LoggerConfig config = new LoggerConfig(PACKAGE, Level.ALL, true);
        config.addAppender(appender, Level.ALL, null);
        context.getConfiguration().addLogger(PACKAGE, config);
        context.updateLoggers();
    }

    List<LogEvent> events() {
        return appender.getEvents();
    }

    List<String> messagesAt(Level level) {
        return events().stream().filter(e -> e.getLevel() == level)
                .map(e -> e.getMessage().getFormattedMessage()).toList();
    }

    @Override
    public void close() {
        context.getConfiguration().removeLogger(PACKAGE);
        context.updateLoggers();
        appender.stop();
    }
}
