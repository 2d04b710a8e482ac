package dev.camelsage.sage;

import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.test.appender.ListAppender;

/** Collects what one logger (a class or a package) logs, at every level, while a test runs. */
public final class LogCapture implements AutoCloseable {

    private final String logger;
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final ListAppender appender;

    public LogCapture(String logger) {
        this.logger = logger;
        this.appender = new ListAppender("capture-" + logger);
        appender.start();
        LoggerConfig config = new LoggerConfig(logger, Level.ALL, true);
        config.addAppender(appender, Level.ALL, null);
        context.getConfiguration().addLogger(logger, config);
        context.updateLoggers();
    }

    public LogCapture(Class<?> type) {
        this(type.getName());
    }

    public List<LogEvent> events() {
        return appender.getEvents();
    }

    public List<String> messagesAt(Level level) {
        return events().stream().filter(e -> e.getLevel() == level)
                .map(e -> e.getMessage().getFormattedMessage()).toList();
    }

    @Override
    public void close() {
        context.getConfiguration().removeLogger(logger);
        context.updateLoggers();
        appender.stop();
    }
}
