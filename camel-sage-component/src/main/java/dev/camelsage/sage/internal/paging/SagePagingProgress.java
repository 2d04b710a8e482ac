package dev.camelsage.sage.internal.paging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a long list as it moves: every page at DEBUG, every {@code interval} pages at INFO. */
final class SagePagingProgress {

    private static final Logger LOG = LoggerFactory.getLogger(SagePager.class);

    private final String entity;
    private final int interval;
    private int pages;

    SagePagingProgress(String entity, int interval) {
        this.entity = entity;
        this.interval = interval;
    }

    void pageReceived(long recordsSoFar, long expectedTotal) {
        pages++;
        if (interval > 0 && pages % interval == 0 && LOG.isInfoEnabled()) {
            LOG.info("Sage {} list: page {}, {} of {} records received", entity, pages, recordsSoFar, expectedTotal);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("Sage {} list: page {}, {} of {} records received", entity, pages, recordsSoFar, expectedTotal);
        }
    }
}
