package org.storydesk.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that starts apps of its own beside the shared test app: each start installs
 * its own security-context strategy in Spring Security's static holder, which would leave the
 * shared app's browserless tests unauthenticated. This puts the shared app's strategy back.
 */
public class SeparateApps implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SeparateApps.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolderStrategy strategy = context.getStore(NAMESPACE).get("strategy", SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }
}
