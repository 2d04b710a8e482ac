package dev.camelsage.examples.sync;

import java.io.File;

import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * The two files the sync keeps its state in, under {@code sync.work-dir}: the CRM ids of the customers already
 * imported, and the invoice consumer's watermark. Declared in Java because Camel has no String-to-File conversion
 * for a YAML bean's {@code fileStore}. Camel Main binds them from {@code camel.main.configuration-classes}.
 */
public class SyncRepositories implements CamelConfiguration {

    @BindToRegistry("importedCustomers")
    public IdempotentRepository importedCustomers(@PropertyInject("sync.work-dir") String workDir) {
        return FileIdempotentRepository.fileIdempotentRepository(new File(workDir, "imported-customers.txt"));
    }

    @BindToRegistry("invoiceWatermarks")
    public StateRepository<String, String> invoiceWatermarks(@PropertyInject("sync.work-dir") String workDir) {
        return FileStateRepository.fileStateRepository(new File(workDir, "invoice-watermarks.dat"));
    }
}
