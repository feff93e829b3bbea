package org.warrant.database;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.stereotype.Component;

/**
 * Spring Data JDBC quotes table and column names by default, which makes them case-sensitive; the Flyway
 * migrations use ordinary unquoted SQL names (stored upper-case by H2). Turning quoting off makes both agree.
 * Done before the mapping context initialises, since it builds identifiers for known entities eagerly.
 */
@Component
class UnquotedIdentifiers implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RelationalMappingContext context) {
            context.setForceQuote(false);
        }
        return bean;
    }
}
