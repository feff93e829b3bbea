package org.warrant.sources;

import java.util.concurrent.Executors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ImportExecutorConfig {

    /** Reads uploaded files (PDFs can take seconds) off the UI thread; one virtual thread per file. */
    @Bean(destroyMethod = "close")
    java.util.concurrent.ExecutorService importExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }
}
