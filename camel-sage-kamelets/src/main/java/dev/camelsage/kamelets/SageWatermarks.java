package dev.camelsage.kamelets;

import java.io.File;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Where {@code sage-source} keeps its watermark. A Kamelet passes its {@code stateFile} property as text, and Camel
 * neither converts text to a {@code File} for a bean's {@code fileStore} nor picks {@code File(String)} among
 * {@code File}'s constructors, so this factory does it.
 */
public final class SageWatermarks {

    private SageWatermarks() {
    }

    /** A file-backed repository at {@code stateFile}; in memory (lost on restart) when it is blank. */
    public static StateRepository<String, String> repository(String stateFile) {
        if (stateFile == null || stateFile.isBlank()) {
            return new MemoryStateRepository();
        }
        return FileStateRepository.fileStateRepository(new File(stateFile.trim()));
    }
}
