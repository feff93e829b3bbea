package org.warrant.testing;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Points the tests' application at PostgreSQL when the build runs them with {@code -Dwarrant.test.database=postgresql}
 * (the pom's second test run): one database on the JVM's {@link PostgresServer}, shared by every test context as
 * they share the H2 file otherwise. A test that names its own datasource keeps it.
 */
public class TestDatabase implements EnvironmentPostProcessor {

    public static final String PROPERTY = "warrant.test.database";

    private static String sharedUrl;

    public static boolean postgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!postgres()) {
            return;
        }
        var source = new MapPropertySource("warrantTestDatabase", Map.of(
                "spring.datasource.url", url(),
                "spring.datasource.username", PostgresServer.user(),
                "spring.datasource.password", ""));
        // Below the tests' own properties and system properties, above application.properties.
        environment.getPropertySources().addBefore(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
    }

    private static synchronized String url() {
        if (sharedUrl == null) {
            sharedUrl = PostgresServer.get().newDatabase("warrant_tests");
        }
        return sharedUrl;
    }
}
