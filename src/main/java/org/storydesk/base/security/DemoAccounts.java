package org.storydesk.base.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.database.ExternalDatabase;

/**
 * Whether the desk runs with the demo accounts ({@code editor}/{@code editor}, {@code viewer}/{@code viewer}),
 * whose passwords its login page shows. While it does, it listens on 127.0.0.1 only: the demo is
 * for the person at this computer, and nobody else on the network may log in with passwords
 * anyone can read. Configuring accounts opens it to the network.
 */
@Component
public class DemoAccounts implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final boolean active;
    private final String configuredAddress;

    DemoAccounts(StoryDeskProperties properties, Environment environment) {
        this.active = properties.accounts().isEmpty() && !ExternalDatabase.isConfigured(environment);
        this.configuredAddress = environment.getProperty("server.address", "");
    }

    public boolean active() {
        return active;
    }

    @Override
    public void customize(ConfigurableServletWebServerFactory server) {
        if (!active) {
            return;
        }
        try {
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            if (!configuredAddress.isBlank() && !InetAddress.getByName(configuredAddress).isLoopbackAddress()) {
                log.warn("server.address {} is ignored while the demo accounts are active", configuredAddress);
            }
            server.setAddress(loopback);
            log.info("The demo accounts are active: listening on 127.0.0.1 only. Configure storydesk.accounts to serve other computers.");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After Spring Boot has applied server.address, so that this has the last word. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
