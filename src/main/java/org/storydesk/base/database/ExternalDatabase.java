package org.storydesk.base.database;

import org.springframework.core.env.Environment;

/** An operator who sets {@code spring.datasource.url} brings their own PostgreSQL; nothing is embedded then. */
public final class ExternalDatabase {

    static final String URL_PROPERTY = "spring.datasource.url";

    private ExternalDatabase() {
    }

    public static boolean isConfigured(Environment environment) {
        String url = environment.getProperty(URL_PROPERTY);
        return url != null && !url.isBlank();
    }
}
