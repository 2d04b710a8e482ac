package dev.camelsage.sage.internal.paging;

import java.util.List;

import dev.camelsage.sage.BoundedWait;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SagePagingProgressTest {

    private static final String LOGGER = SagePager.class.getName();

    private final ListAppender appender = new ListAppender("paging-progress");

    @BeforeEach
    void captureThePagerLog() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        appender.start();
        configuration.addAppender(appender);
        LoggerConfig logger = new LoggerConfig(LOGGER, Level.DEBUG, false);
        logger.addAppender(appender, Level.DEBUG, null);
        configuration.addLogger(LOGGER, logger);
        context.updateLoggers();
    }

    @AfterEach
    void releaseThePagerLog() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().removeLogger(LOGGER);
        context.updateLoggers();
        appender.stop();
    }

    @Test
    void logsEveryPageAtDebugAndEveryNthAtInfo() {
        FakeSageList sage = new FakeSageList().seed(2_050);

        BoundedWait.join(new SagePager<>(sage, "Customer", 10).collect(Plans.forList(null, null, null, null)));

        List<String> info = appender.getEvents().stream().filter(event -> event.getLevel() == Level.INFO)
                .map(event -> event.getMessage().getFormattedMessage()).toList();
        assertThat(info).containsExactly(
                "Sage Customer list: page 10, 1000 of 2050 records received",
                "Sage Customer list: page 20, 2000 of 2050 records received");
        assertThat(appender.getEvents()).hasSize(21);
        assertThat(appender.getEvents().get(0).getMessage().getFormattedMessage())
                .isEqualTo("Sage Customer list: page 1, 100 of 2050 records received");
    }

    @Test
    void anIntervalOfZeroLogsNothingAtInfo() {
        FakeSageList sage = new FakeSageList().seed(2_050);

        BoundedWait.join(new SagePager<>(sage, "Customer", 0).collect(Plans.forList(null, null, null, null)));

        assertThat(appender.getEvents()).hasSize(21).allMatch(event -> event.getLevel() == Level.DEBUG);
    }
}
