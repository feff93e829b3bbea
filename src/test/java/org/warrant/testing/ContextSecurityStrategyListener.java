package org.warrant.testing;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global holder at the security-context strategy of the test's own application
 * context before each test. Vaadin gives every application context its own strategy (with its own
 * thread-local) and makes the global holder point at whichever context started last, so once a second
 * context (say a real server for browser tests) has started, a user set with {@code @WithMockUser} or
 * {@link SecurityContextHolder} would not reach the services of the first. Registered in
 * META-INF/spring.factories; runs before Spring Security's own test listener.
 */
public class ContextSecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
