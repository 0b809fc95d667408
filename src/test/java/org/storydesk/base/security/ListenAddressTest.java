package org.storydesk.base.security;

import java.net.InetAddress;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.storydesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo accounts' passwords are on the login page, so while they are active only this computer may reach the desk. */
@IntegrationTest
class ListenAddressTest {

    @Autowired
    WebServerApplicationContext app;
    @Autowired
    DemoAccounts demo;

    @Test
    void withTheDemoAccountsTheDeskListensOn127001Only() {
        assertThat(demo.active()).isTrue();
        assertThat(listensOn(app)).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(listensOn(app).getHostAddress()).isEqualTo("127.0.0.1");
    }

    /** Where the app's HTTP connector listens; null for every interface. */
    static InetAddress listensOn(WebServerApplicationContext app) {
        Connector connector = ((TomcatWebServer) app.getWebServer()).getTomcat().getConnector();
        return (InetAddress) connector.getProperty("address");
    }
}
