package org.storydesk.base.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** An operator who sets {@code spring.datasource.url} brings their own PostgreSQL; nothing is embedded then. */
public final class ExternalDatabase {

    static final String URL_PROPERTY = "spring.datasource.url";

    private ExternalDatabase() {
    }

    public static boolean isConfigured(Environment environment) {
        String url = environment.getProperty(URL_PROPERTY);
        return url != null && !url.isBlank();
    }

    /** For beans that only an external database needs. */
    static class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isConfigured(context.getEnvironment());
        }
    }
}
