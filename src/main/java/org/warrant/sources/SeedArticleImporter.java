package org.warrant.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports the seed articles (seed-data/articles, packaged on the classpath) at start-up. An article whose
 * text is already stored is skipped by its content hash, so restarts import nothing twice.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "warrant.seed.articles", havingValue = "true", matchIfMissing = true)
class SeedArticleImporter implements ApplicationRunner {

    static final String LOCATION = "classpath*:seed-data/articles/*.md";
    private static final Logger log = LoggerFactory.getLogger(SeedArticleImporter.class);

    private final ArticleWriter writer;

    SeedArticleImporter(ArticleWriter writer) {
        this.writer = writer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        int added = 0;
        for (Resource resource : resources) {
            String text = resource.getContentAsString(StandardCharsets.UTF_8);
            var seed = SeedArticleFormat.parse(resource.getFilename(), text);
            if (!writer.store(seed.draft(), seed.titleSupplied(), null).alreadyPresent()) {
                added++;
            }
        }
        log.info("Seed articles: {} found, {} imported", resources.length, added);
    }
}
